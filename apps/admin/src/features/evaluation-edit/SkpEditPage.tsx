import { useMutation, useQuery } from '@apollo/client/react';
import {
  BERAKHLAK_VALUES,
  type BerakhlakValue,
  DEFAULT_POLICY,
  type OrgPredikat,
  PREDIKATS,
  type Predikat,
  periodsOfYear,
  type Rating,
  type RhkJenis,
} from '@kinerja/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog/ConfirmDialog.js';
import { DistributionGuard } from '../../components/distribution-guard/DistributionGuard.js';
import { Page } from '../../components/page/Page.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { hasAnyRole } from '../../session/session.js';
import { useSession } from '../../session/session-context.js';
import { NotFoundPage } from '../misc/StatusPages.js';
import { userErrorText } from '../training-admin/user-errors.js';
import { RatingForm } from './RatingForm.js';
import { ResultForm } from './ResultForm.js';
import type { RatingFormValues, RatingPreview } from './rating-form.js';
import { SkpActions } from './SkpActions.js';
import {
  AddSkpResultMutation,
  DistributionWhatIfQuery,
  FinaliseUnitYearMutation,
  RateSkpMutation,
  SetAnnualPredikatMutation,
  SkpEditQuery,
  UnitOrgPredikatQuery,
  UpdateSkpResultMutation,
} from './skp-ops.js';

const OFF = { on: false, rating: '' as const, reason: '' };

/**
 * One SKP for its evaluator or the unit head: its workflow bar (submit, approve, return), edit its results (while a draft), rate each result and BerAKHLAK
 * value with the domain's suggestion and an override that asks why, the unit's EVAL-10 guard fed by the API's
 * what-if while ratings are entered, the annual predikat, and the unit's finalisation for its head.
 */
export const SkpEditPage = () => {
  const { t } = useTranslation('workflows');
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  const { viewer } = useSession();
  const id = useParams().id ?? '';
  const skpQuery = useQuery(SkpEditQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const skp = skpQuery.data?.node?.__typename === 'Skp' ? skpQuery.data.node : null;
  const [preview, setPreview] = useState<RatingPreview | null>(null);
  const org = useQuery(UnitOrgPredikatQuery, {
    variables: { id: skp?.id ?? '', year: skp?.year ?? 0 },
    skip: !skp,
  });
  const orgPredikat =
    org.data?.node?.__typename === 'Skp' ? ((org.data.node.unit.orgPredikat as OrgPredikat | null) ?? null) : null;
  const pending: Predikat | null = preview?.predikat ?? null;
  const whatIf = useQuery(DistributionWhatIfQuery, {
    variables: {
      unitId: skp?.unit.id ?? '',
      year: skp?.year ?? 0,
      changes: skp && pending ? [{ employeeId: skp.employee.id, predikat: pending }] : [],
    },
    skip: !skp || orgPredikat === null,
  });
  const [rate] = useMutation(RateSkpMutation);
  const [setAnnual] = useMutation(SetAnnualPredikatMutation);
  const [finalise] = useMutation(FinaliseUnitYearMutation);
  const [updateResult] = useMutation(UpdateSkpResultMutation);
  const [addResult] = useMutation(AddSkpResultMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [annualOverride, setAnnualOverride] = useState<Predikat | ''>('');
  const [annualReason, setAnnualReason] = useState('');
  const [annualErrors, setAnnualErrors] = useState<{ reason?: string; form?: string }>({});
  const [finalising, setFinalising] = useState(false);
  const [finaliseOutcome, setFinaliseOutcome] = useState<string | null>(null);

  if (skpQuery.loading && !skp) return <Text>{t('training.loading')}</Text>;
  if (skpQuery.error && !skp)
    return (
      <Alert color="red" role="alert">
        {tc('common.error', { message: skpQuery.error.message })}
      </Alert>
    );
  if (!skp) return <NotFoundPage />;

  const refetch = async () => {
    await skpQuery.refetch();
  };
  const periods = periodsOfYear(skp.year, DEFAULT_POLICY);
  const today = new Date().toISOString().slice(0, 10);
  const currentPeriod = periods.find((p) => p.start <= today && today <= p.end) ?? periods[periods.length - 1];
  const byValue = new Map(skp.behaviours.map((b) => [b.value, b]));
  const ratingDefaults: RatingFormValues = {
    period: String(currentPeriod?.index ?? 1),
    results: skp.results.map((r) => ({
      id: r.id,
      version: r.version,
      jenis: r.jenis as RhkJenis,
      description: r.description,
      rating: (r.rating ?? '') as Rating | '',
    })),
    behaviours: BERAKHLAK_VALUES.flatMap((value: BerakhlakValue) => {
      const b = byValue.get(value);
      return b
        ? [
            {
              value,
              version: b.version,
              expectation: b.expectation,
              rating: (b.rating ?? '') as Rating | '',
              feedback: b.feedback ?? '',
            },
          ]
        : [];
    }),
    resultsOverride: OFF,
    behaviourOverride: OFF,
  };
  const canRate = skp.availableActions.includes('EVALUATE') || skp.state === 'APPROVED' || skp.state === 'EVALUATED';
  const isDraft = skp.state === 'DRAFT';
  const isHead = viewer !== null && hasAnyRole(viewer, ['UNIT_HEAD', 'ADMIN']);
  const counts = Object.fromEntries(
    (whatIf.data?.distributionWhatIf?.before.counts ?? []).map((c) => [c.predikat, c.count]),
  ) as Partial<Record<Predikat, number>>;

  const saveAnnual = async () => {
    if (annualOverride !== '' && annualReason.trim() === '') {
      setAnnualErrors({ reason: t('rate.errors.reasonRequired') });
      return;
    }
    setAnnualErrors({});
    const { data } = await setAnnual({
      variables: {
        input: {
          id: skp.id,
          version: skp.version,
          ...(annualOverride === '' ? {} : { override: { predikat: annualOverride, reason: annualReason.trim() } }),
        },
      },
    });
    const errors = data?.setAnnualPredikat.userErrors ?? [];
    if (errors.length > 0) {
      const reason = errors.find((e) => e.field?.includes('reason'));
      setAnnualErrors({
        ...(reason ? { reason: userErrorText(reason) } : {}),
        form: errors
          .filter((e) => e !== reason)
          .map(userErrorText)
          .join(' '),
      });
      return;
    }
    const p = data?.setAnnualPredikat.skp?.annualPredikat;
    setNotice(t('skp.annualSaved', { predikat: p ? tc(`predikat.${p}`) : '' }));
    await refetch();
  };

  const runFinalise = async () => {
    const { data } = await finalise({ variables: { input: { unitId: skp.unit.id, year: skp.year } } });
    const payload = data?.finaliseUnitYear;
    const errors = payload?.userErrors ?? [];
    setFinaliseOutcome(
      errors.length > 0
        ? errors.map(userErrorText).join(' ')
        : t('skp.finalised', {
            outcome: payload?.decision?.outcome ?? '',
            count: payload?.decision?.ratedCount ?? 0,
          }),
    );
    setFinalising(false);
    await refetch();
  };

  return (
    <Page
      title={t('skp.title', { name: skp.employee.name, year: skp.year })}
      description={t('skp.intro', { unit: skp.unit.name, state: label('SkpState', skp.state) })}
    >
      <Group gap="md">
        <Anchor component={Link} to="/penilaian">
          {t('skp.back')}
        </Anchor>
      </Group>
      <SkpActions skp={skp} onReload={refetch} />
      {notice && (
        <Alert color="green" variant="light" role="status">
          {notice}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Card withBorder component="section" aria-labelledby="skp-results-title">
              <Title order={2} size="h3" id="skp-results-title" mb="sm">
                {t('skp.resultsTitle')}
              </Title>
              <Stack gap="md">
                {skp.results.map((r) => (
                  <Stack key={r.id} gap={4}>
                    {isDraft ? (
                      <ResultForm
                        defaultValues={{ jenis: r.jenis as RhkJenis, description: r.description }}
                        submitLabel={t('skp.saveResult')}
                        onSubmit={async (v) => {
                          const { data } = await updateResult({
                            variables: { input: { id: r.id, version: r.version, ...v } },
                          });
                          const errors = data?.updateSkpResult.userErrors ?? [];
                          if (errors.length === 0) await refetch();
                          return errors;
                        }}
                      />
                    ) : (
                      <Text fw={500}>
                        {r.description}{' '}
                        <Badge size="xs" variant="outline">
                          {label.text('RhkJenis', r.jenis)}
                        </Badge>
                      </Text>
                    )}
                    <List size="sm" c="dimmed">
                      {r.ikis.map((i) => (
                        <List.Item key={i.id}>
                          {label.text('IkiAspect', i.aspect)}: {i.indicator} —{' '}
                          {i.targetValue !== null ? `${i.targetValue} ${i.targetUnit ?? ''}` : (i.targetText ?? '')}
                        </List.Item>
                      ))}
                    </List>
                  </Stack>
                ))}
                {isDraft && (
                  <Card withBorder bg="var(--mantine-color-default-hover)">
                    <Title order={3} size="h5" mb="xs">
                      {t('skp.addResult')}
                    </Title>
                    <ResultForm
                      defaultValues={{ jenis: 'UTAMA', description: '' }}
                      submitLabel={t('skp.addResult')}
                      onSubmit={async (v) => {
                        const { data } = await addResult({ variables: { input: { skpId: skp.id, ...v } } });
                        const errors = data?.addSkpResult.userErrors ?? [];
                        if (errors.length === 0) await refetch();
                        return errors;
                      }}
                    />
                  </Card>
                )}
              </Stack>
            </Card>

            <Card withBorder component="section" aria-labelledby="skp-rate-title">
              <Title order={2} size="h3" id="skp-rate-title" mb="sm">
                {t('rate.title')}
              </Title>
              {canRate ? (
                <RatingForm
                  key={`${skp.id}:${skp.version}`}
                  skp={{ id: skp.id, version: skp.version, year: skp.year }}
                  defaultValues={ratingDefaults}
                  onPreview={setPreview}
                  onSubmit={async (input) => {
                    const { data } = await rate({ variables: { input } });
                    const payload = data?.rateSkp;
                    const errors = payload?.userErrors ?? [];
                    if (errors.length === 0) {
                      const p = payload?.predikat?.predikat;
                      setNotice(t('rate.saved', { predikat: p ? tc(`predikat.${p}`) : '' }));
                      await refetch();
                    }
                    return errors;
                  }}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('skp.cannotRate', { state: label('SkpState', skp.state) })}
                </Text>
              )}
            </Card>

            <Card withBorder component="section" aria-labelledby="skp-annual-title">
              <Stack gap="sm">
                <Title order={2} size="h3" id="skp-annual-title">
                  {t('skp.annualTitle')}
                </Title>
                <Text size="sm">
                  {t('skp.annualNow', {
                    suggested: skp.annualPredikatSuggested ? tc(`predikat.${skp.annualPredikatSuggested}`) : '—',
                    current: skp.annualPredikat ? tc(`predikat.${skp.annualPredikat}`) : '—',
                  })}
                </Text>
                {annualErrors.form && (
                  <Alert color="red" role="alert">
                    {annualErrors.form}
                  </Alert>
                )}
                <Group align="flex-start" grow>
                  <NativeSelect
                    label={t('skp.annualOverride')}
                    value={annualOverride}
                    data={[
                      { value: '', label: t('skp.takeSuggested') },
                      ...PREDIKATS.map((p) => ({ value: p, label: tc(`predikat.${p}`) })),
                    ]}
                    onChange={(e) => setAnnualOverride(e.currentTarget.value as Predikat | '')}
                  />
                  {annualOverride !== '' && (
                    <Textarea
                      label={t('rate.overrideReason')}
                      withAsterisk
                      rows={2}
                      value={annualReason}
                      error={annualErrors.reason}
                      onChange={(e) => setAnnualReason(e.currentTarget.value)}
                    />
                  )}
                </Group>
                <Group justify="flex-end">
                  <Button variant="light" onClick={saveAnnual}>
                    {t('skp.setAnnual')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {orgPredikat === null ? (
              <Alert color="blue" variant="light" title={tc('guard.title')}>
                {org.loading ? t('training.loading') : t('skp.noOrgPredikat', { unit: skp.unit.name, year: skp.year })}
              </Alert>
            ) : (
              <>
                <DistributionGuard
                  orgPredikat={orgPredikat}
                  counts={counts}
                  pendingChange={
                    pending ? { from: (skp.annualPredikat as Predikat | null) ?? null, to: pending } : null
                  }
                />
                <Text size="xs" c="dimmed" aria-live="polite">
                  {whatIf.data?.distributionWhatIf
                    ? t('skp.whatIfFromApi', {
                        outcome: whatIf.data.distributionWhatIf.after.outcome,
                        n: whatIf.data.distributionWhatIf.after.n,
                      })
                    : t('training.loading')}
                </Text>
              </>
            )}
            {isHead && (
              <Card withBorder component="section" aria-labelledby="skp-finalise-title">
                <Stack gap="sm">
                  <Title order={2} size="h4" id="skp-finalise-title">
                    {t('skp.finaliseTitle')}
                  </Title>
                  <Text size="sm">{t('skp.finaliseIntro', { unit: skp.unit.name, year: skp.year })}</Text>
                  {finaliseOutcome && (
                    <Alert color="blue" role="status">
                      {finaliseOutcome}
                    </Alert>
                  )}
                  <Button color="red" variant="light" onClick={() => setFinalising(true)}>
                    {t('skp.finalise', { unit: skp.unit.name, year: skp.year })}
                  </Button>
                </Stack>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={finalising}
        title={t('skp.finaliseConfirmTitle')}
        message={t('skp.finaliseConfirm', { unit: skp.unit.name, year: skp.year })}
        confirmLabel={t('skp.finaliseShort')}
        danger
        onConfirm={runFinalise}
        onCancel={() => setFinalising(false)}
      />
    </Page>
  );
};
