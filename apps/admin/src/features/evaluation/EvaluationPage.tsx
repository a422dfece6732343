import { ORG_PREDIKATS, type OrgPredikat, PREDIKATS, type Predikat } from '@kinerja/domain';
import { Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../components/chart-card/ChartCard.js';
import { DistributionGuard } from '../../components/distribution-guard/DistributionGuard.js';
import { Page } from '../../components/page/Page.js';
import { SubordinateSkps } from './SubordinateSkps.js';

const NONE = '';

/**
 * Penilaian: the subordinates' SKPs by state (read side; rating comes with the evaluation mutations), and the
 * EVAL-10 simulation: enter a unit's predikat counts and a change, and the guard says which limits hold, as it will
 * while ratings are entered.
 */
export const EvaluationPage = () => {
  const { t } = useTranslation();
  const [orgPredikat, setOrgPredikat] = useState<OrgPredikat>('BAIK');
  const [counts, setCounts] = useState<Record<Predikat, number>>({
    SANGAT_BAIK: 2,
    BAIK: 6,
    BUTUH_PERBAIKAN: 1,
    KURANG_MISCONDUCT: 0,
    SANGAT_KURANG: 0,
  });
  const [from, setFrom] = useState<Predikat | typeof NONE>(NONE);
  const [to, setTo] = useState<Predikat | typeof NONE>(NONE);
  const predikatOptions = PREDIKATS.map((p) => ({ value: p, label: t(`predikat.${p}`) }));

  return (
    <Page title={t('nav.evaluation')} description={t('screens.evaluation.description')}>
      <SubordinateSkps />
      <Card withBorder padding="md" component="section" aria-labelledby="simulation-title">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4" id="simulation-title">
              {t('evaluation.simulation.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('evaluation.simulation.description')}
            </Text>
          </div>
          <NativeSelect
            label={t('evaluation.simulation.orgPredikat')}
            value={orgPredikat}
            data={ORG_PREDIKATS.map((o) => ({ value: o, label: t(`orgPredikat.${o}`) }))}
            onChange={(e) => setOrgPredikat(e.currentTarget.value as OrgPredikat)}
            maw={320}
          />
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
            {PREDIKATS.map((p) => (
              <NumberInput
                key={p}
                label={t(`predikat.${p}`)}
                min={0}
                max={999}
                allowDecimal={false}
                allowNegative={false}
                value={counts[p]}
                onChange={(v) => setCounts((c) => ({ ...c, [p]: typeof v === 'number' ? v : Number(v) || 0 }))}
              />
            ))}
          </SimpleGrid>
          <Group gap="sm" align="flex-end">
            <NativeSelect
              label={t('evaluation.simulation.from')}
              value={from}
              data={[{ value: NONE, label: t('guard.noneYet') }, ...predikatOptions]}
              onChange={(e) => setFrom(e.currentTarget.value as Predikat | typeof NONE)}
            />
            <NativeSelect
              label={t('evaluation.simulation.to')}
              value={to}
              data={[{ value: NONE, label: t('evaluation.simulation.noChange') }, ...predikatOptions]}
              onChange={(e) => setTo(e.currentTarget.value as Predikat | typeof NONE)}
            />
          </Group>
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <DistributionGuard
          orgPredikat={orgPredikat}
          counts={counts}
          pendingChange={to === NONE ? null : { from: from === NONE ? null : from, to }}
        />
        <ChartCard
          title={t('evaluation.simulation.chartTitle')}
          kind="bar"
          data={PREDIKATS.map((p) => ({ predikat: t(`predikat.${p}`), count: counts[p] }))}
          category={{ key: 'predikat', label: t('guard.predikat') }}
          series={[{ key: 'count', label: t('guard.count') }]}
          fileName={t('evaluation.simulation.csvFile')}
        />
      </SimpleGrid>
    </Page>
  );
};
