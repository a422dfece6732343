import {
  type Check,
  checkDistribution,
  DEFAULT_POLICY,
  DISTRIBUTION_TABLE,
  type DistributionCheck,
  distributionCheckKey,
  type OrgPredikat,
  type Policy,
  PREDIKATS,
  type Predikat,
  whatIfPredikat,
} from '@kinerja/domain';
import { Alert, Badge, Card, Group, List, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDetail } from '../../i18n/check-text.js';

/** A change being entered: one employee's predikat goes from `from` (null: none yet) to `to`. */
export type PendingPredikatChange = { readonly from: Predikat | null; readonly to: Predikat };

/** Props of {@link DistributionGuard}. */
export type DistributionGuardProps = {
  readonly orgPredikat: OrgPredikat;
  /** How many employees of the unit hold each predikat now (missing: none). */
  readonly counts: Readonly<Partial<Record<Predikat, number>>>;
  /** The change being entered, if any: the guard then shows the distribution after it and what it changes. */
  readonly pendingChange?: PendingPredikatChange | null;
  readonly policy?: Pick<Policy, 'distributionMode' | 'distributionMinUnitSize'>;
  readonly titleOrder?: TitleOrder;
};

const OUTCOME_COLOR = { OK: 'green', WARN: 'yellow', BLOCK: 'red' } as const;
/** Mantine's colored alert titles (yellow above all) fall below WCAG AA contrast; the color stays in the box. */
const READABLE_TITLE = { label: { color: 'var(--mantine-color-bright)' } } as const;

/** The predikat list the domain checks, one entry per employee, from counts (whole, not negative). */
const predikatsOf = (counts: Readonly<Partial<Record<Predikat, number>>>): Predikat[] =>
  PREDIKATS.flatMap((p) => Array.from({ length: Math.max(0, Math.trunc(counts[p] ?? 0)) }, () => p));

/**
 * EVAL-10 live guard: the unit's predikat counts against the limits of its organisation predikat, each limit held
 * or violated by name, and, while a rating is entered, which limits the change would break or mend. The rule is
 * the domain's (`checkDistribution`, `whatIfPredikat`); this component only shows its verdict.
 */
export const DistributionGuard = ({
  orgPredikat,
  counts,
  pendingChange = null,
  policy = DEFAULT_POLICY,
  titleOrder = 2,
}: DistributionGuardProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const current = { orgPredikat, predikats: predikatsOf(counts), policy };
  const whatIf = pendingChange ? whatIfPredikat({ current, ...pendingChange }) : null;
  const before = checkDistribution(current);
  const shown: DistributionCheck = whatIf?.ok ? whatIf.value.after : before;

  const predikat = (p: Predikat) => t(`predikat.${p}`);
  const limitName = (c: Check): string => {
    const constraint = DISTRIBUTION_TABLE[orgPredikat].find((k) => distributionCheckKey(k) === c.check);
    if (!constraint) return t('guard.noPredikatYet');
    const groups = constraint.groups.map(predikat).join(' + ');
    switch (constraint.kind) {
      case 'AT_MOST_PERCENT':
        return t('guard.limit.atMostPercent', { groups, percent: constraint.percent });
      case 'AT_LEAST_PERCENT':
        return t('guard.limit.atLeastPercent', { groups, percent: constraint.percent });
      case 'AT_LEAST_COUNT':
        return t('guard.limit.atLeastCount', { groups, count: constraint.count });
      case 'NONE':
        return t('guard.limit.none', { groups });
      case 'LARGEST':
        return t('guard.limit.largest', { groups });
    }
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={titleOrder} size="h4" id={titleId}>
              {t('guard.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('guard.orgPredikat', { value: t(`orgPredikat.${orgPredikat}`) })}
            </Text>
          </div>
          <Badge color={OUTCOME_COLOR[shown.outcome]} variant="light" size="lg" c="bright">
            {t(`guard.outcome.${shown.outcome}`)}
          </Badge>
        </Group>

        <div aria-live="polite" aria-atomic="true">
          {shown.violations.length === 0 ? (
            <Text size="sm">{t('guard.allHeld', { count: shown.n })}</Text>
          ) : (
            <Alert
              color={OUTCOME_COLOR[shown.outcome]}
              styles={READABLE_TITLE}
              title={t('guard.violatedTitle', { count: shown.violations.length })}
            >
              <List size="sm">
                {shown.violations.map((v) => (
                  <List.Item key={v.check}>{limitName(v)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {whatIf && !whatIf.ok && (
            <Alert
              color="red"
              styles={READABLE_TITLE}
              title={t('guard.unknownFrom', { from: pendingChange?.from ? predikat(pendingChange.from) : '' })}
            >
              {whatIf.error.message}
            </Alert>
          )}
          {whatIf?.ok && pendingChange && (
            <Stack gap={4} mt="xs">
              <Text size="sm" fw={600}>
                {t('guard.pending', {
                  from: pendingChange.from ? predikat(pendingChange.from) : t('guard.noneYet'),
                  to: predikat(pendingChange.to),
                })}
              </Text>
              {whatIf.value.appeared.map((c) => (
                <Text size="sm" c="red" key={`appeared-${c.check}`}>
                  {t('guard.wouldBreak', { limit: limitName(c) })}
                </Text>
              ))}
              {whatIf.value.disappeared.map((c) => (
                <Text size="sm" c="green" key={`disappeared-${c.check}`}>
                  {t('guard.wouldMend', { limit: limitName(c) })}
                </Text>
              ))}
              {whatIf.value.appeared.length === 0 && whatIf.value.disappeared.length === 0 && (
                <Text size="sm">{t('guard.noEffect')}</Text>
              )}
            </Stack>
          )}
        </div>

        <Table withTableBorder>
          <Table.Caption>{t('guard.countsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('guard.predikat')}</Table.Th>
              {whatIf?.ok && <Table.Th scope="col">{t('guard.before')}</Table.Th>}
              <Table.Th scope="col">{whatIf?.ok ? t('guard.after') : t('guard.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PREDIKATS.map((p) => (
              <Table.Tr key={p}>
                <Table.Th scope="row" fw={400}>
                  {predikat(p)}
                </Table.Th>
                {whatIf?.ok && <Table.Td>{before.counts[p]}</Table.Td>}
                <Table.Td>{shown.counts[p]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>

        <Stack gap={6}>
          <Title order={Math.min(titleOrder + 1, 6) as TitleOrder} size="h5">
            {t('guard.limitsTitle')}
          </Title>
          <List spacing={6} listStyleType="none" p={0}>
            {shown.checks.map((c) => (
              <List.Item key={c.check}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge color={c.ok ? 'green' : 'red'} variant="light" miw={96} c="bright" style={{ flexShrink: 0 }}>
                    {c.ok ? t('guard.held') : t('guard.violated')}
                  </Badge>
                  <div>
                    <Text size="sm">{limitName(c)}</Text>
                    <Text size="xs" c="dimmed">
                      {checkDetail(t, c)}
                    </Text>
                  </div>
                </Group>
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" lang="en">
            {shown.outcomeReason}
          </Text>
        </Stack>
      </Stack>
    </Card>
  );
};
