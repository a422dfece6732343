import { useQuery } from '@apollo/client/react';
import { TALENT_MOVES, type TalentBox, type TalentMove } from '@kinerja/domain';
import {
  Alert,
  Box,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartCard } from '../../components/chart-card/ChartCard.js';
import { type CsvColumn, downloadCsv, toCsv } from '../../components/csv/csv.js';
import { Page } from '../../components/page/Page.js';
import { ScrollRegion } from '../../components/scroll-region/ScrollRegion.js';
import { graphql } from '../../gql/index.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import {
  ARRIVAL_MOVES,
  jpRows,
  MATRIX_BOXES,
  PREDIKAT_KEYS,
  predikatRows,
  promotionDueRows,
  type RecommendationRow,
  recommendationRows,
  type TalentMatrixRow,
  type TalentTransition,
  talentArrivalRows,
  talentMatrix,
  talentMoveTotals,
  talentTransitions,
} from './dashboard-rows.js';

export const YearsQuery = graphql(`
  query DashboardYears {
    employeeYears(first: 1) {
      groupedAggregates(groupBy: [YEAR]) {
        keys
      }
    }
  }
`);

export const PredikatDistributionQuery = graphql(`
  query PredikatDistribution($year: Int!) {
    employeeYears(first: 1, filter: { year: { eq: $year } }) {
      groupedAggregates(groupBy: [PERANGKAT_DAERAH, ANNUAL_PREDIKAT]) {
        keys
        count
        unit {
          id
          name
        }
      }
    }
  }
`);

export const JpEntitlementQuery = graphql(`
  query JpEntitlement($year: Int!) {
    employeeYears(first: 1, filter: { year: { eq: $year } }) {
      groupedAggregates(groupBy: [PERANGKAT_DAERAH, JP_MET]) {
        keys
        count
        avg {
          jpDone
        }
        unit {
          id
          name
        }
      }
    }
  }
`);

export const TalentMovementQuery = graphql(`
  query TalentMovement($year: Int!) {
    employeeYears(first: 1, filter: { year: { eq: $year } }) {
      groupedAggregates(groupBy: [PREVIOUS_TALENT_BOX, TALENT_BOX]) {
        keys
        count
      }
    }
  }
`);

export const RecommendationAgeQuery = graphql(`
  query RecommendationAge {
    recommendations(first: 1) {
      groupedAggregates(groupBy: [STATUS, AGE]) {
        keys
        count
      }
    }
  }
`);

export const PromotionsDueQuery = graphql(`
  query PromotionsDue {
    employees(first: 1) {
      groupedAggregates(groupBy: [RANK_PROMOTION_DUE_MONTH]) {
        keys
        count
      }
    }
  }
`);

/** Loading and error states of one chart's request; the chart once the data is there. */
const Loaded = ({ loading, error, children }: { loading: boolean; error?: Error | undefined; children: ReactNode }) => {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red" role="alert">
        {t('common.error', { message: error.message })}
      </Alert>
    );
  }
  if (loading) return <Loader aria-label={t('common.loading')} size="sm" />;
  return children;
};

/** Predikat distribution per perangkat daerah for a year (EVAL-10's counts), one request. */
export const PredikatChart = ({ year }: { year: number }) => {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PredikatDistributionQuery, { variables: { year } });
  const rows = predikatRows(data?.employeeYears.groupedAggregates ?? []);
  return (
    <Loaded loading={loading && !data} error={error}>
      <ChartCard
        title={`${t('dashboards.predikat')} ${year}`}
        description={t('dashboards.predikatDescription')}
        kind="stacked-bar"
        data={rows}
        height={420}
        category={{ key: 'unit', label: t('dashboards.unit') }}
        series={PREDIKAT_KEYS.map((k) => ({
          key: k,
          label: k === 'NONE' ? t('dashboards.noPredikat') : t(`predikat.${k}`),
        }))}
        fileName={`predikat-${year}`}
      />
    </Loaded>
  );
};

/** JP against the 20-hour entitlement (DEV-1) per perangkat daerah for a year, one request. */
export const JpChart = ({ year }: { year: number }) => {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(JpEntitlementQuery, { variables: { year } });
  const rows = jpRows(data?.employeeYears.groupedAggregates ?? []);
  return (
    <Loaded loading={loading && !data} error={error}>
      <ChartCard
        title={`${t('dashboards.jp')} ${year}`}
        description={t('dashboards.jpDescription')}
        kind="bar"
        data={rows}
        height={420}
        category={{ key: 'unit', label: t('dashboards.unit') }}
        series={[
          { key: 'avgJp', label: t('dashboards.avgJp') },
          { key: 'metPercent', label: t('dashboards.metPercent') },
        ]}
        fileName={`jp-${year}`}
      />
    </Loaded>
  );
};

const MOVE_COLORS: Record<TalentMove, string> = {
  UP: 'var(--mantine-color-teal-filled)',
  STAYED: 'var(--mantine-color-blue-filled)',
  DOWN: 'var(--mantine-color-red-filled)',
  NEW: 'var(--mantine-color-grape-filled)',
  UNPLACED: 'var(--mantine-color-gray-filled)',
};

/** The from→to table of the 9-box (rows: last year's box; columns: this year's), with the totals per move and a CSV. */
const TalentMatrixCard = ({ year, transitions }: { year: number; transitions: readonly TalentTransition[] }) => {
  const { t } = useTranslation();
  const titleId = useId();
  const previous = year - 1;
  const matrix = talentMatrix(transitions);
  const totals = talentMoveTotals(transitions);
  const boxLabel = (box: TalentBox | null) => (box === null ? t('dashboards.noBox') : String(box));
  const title = t('dashboards.talentMatrix', { previous, year });
  const corner = t('dashboards.talentMatrixCorner', { previous, year });
  const columns: CsvColumn<TalentMatrixRow>[] = [
    { header: corner, value: (r) => boxLabel(r.from) },
    ...MATRIX_BOXES.map((box, i) => ({ header: boxLabel(box), value: (r: TalentMatrixRow) => r.to[i] })),
  ];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Box>
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('dashboards.talentMatrixDescription', { previous, year })}
            </Text>
          </Box>
          <Button
            size="xs"
            variant="default"
            onClick={() => downloadCsv(`talenta-perpindahan-${year}`, toCsv(columns, matrix))}
          >
            {t('chart.downloadCsv')}
          </Button>
        </Group>
        <SimpleGrid
          cols={{ base: 2, sm: 5 }}
          spacing="xs"
          role="group"
          aria-label={t('dashboards.talentMoves', { previous, year })}
        >
          {TALENT_MOVES.map((move) => (
            <Box key={move}>
              <Text size="xs" c="dimmed">
                {t(`dashboards.move.${move}`)}
              </Text>
              <Text fw={700}>{totals[move]}</Text>
            </Box>
          ))}
        </SimpleGrid>
        <ScrollRegion label={title}>
          <Table withTableBorder withColumnBorders fz="sm">
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{corner}</Table.Th>
                {MATRIX_BOXES.map((box) => (
                  <Table.Th key={String(box)} scope="col" ta="right">
                    {boxLabel(box)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matrix.map((row) => (
                <Table.Tr key={String(row.from)}>
                  <Table.Th scope="row">{boxLabel(row.from)}</Table.Th>
                  {row.to.map((n, i) => (
                    <Table.Td
                      key={String(MATRIX_BOXES[i])}
                      ta="right"
                      fw={MATRIX_BOXES[i] === row.from && row.from !== null ? 700 : 400}
                    >
                      {n}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Stack>
    </Card>
  );
};

/**
 * The 9-box movement since the year before (MERIT-4), one request grouped by last year's and this year's box: per
 * box, who stayed, moved up, moved down or is new (chart, table, CSV), and the full from→to table.
 */
export const TalentChart = ({ year }: { year: number }) => {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TalentMovementQuery, { variables: { year } });
  const transitions = talentTransitions(data?.employeeYears.groupedAggregates ?? []);
  const arrivals = talentArrivalRows(transitions);
  const placed = arrivals.some((r) => ARRIVAL_MOVES.some((m) => r[m] > 0));
  return (
    <Loaded loading={loading && !data} error={error}>
      <Stack>
        <ChartCard
          title={`${t('dashboards.talent')} ${year - 1}–${year}`}
          description={t('dashboards.talentDescription')}
          kind="stacked-bar"
          data={placed ? arrivals : []}
          category={{ key: 'box', label: t('dashboards.talentBox', { year }) }}
          series={ARRIVAL_MOVES.map((move) => ({
            key: move,
            label: t(`dashboards.move.${move}`),
            color: MOVE_COLORS[move],
          }))}
          fileName={`talenta-${year}`}
        />
        <TalentMatrixCard year={year} transitions={transitions} />
      </Stack>
    </Loaded>
  );
};

/** Recommendations by status (its label: the axis, the table and the CSV are the plotted rows) and age bucket, one request. */
export const RecommendationsChart = () => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { data, loading, error } = useQuery(RecommendationAgeQuery);
  const { ages, rows: byStatus } = recommendationRows(data?.recommendations.groupedAggregates ?? []);
  const rows = byStatus.map((r): RecommendationRow => ({ ...r, status: label.text('RecommendationStatus', r.status) }));
  return (
    <Loaded loading={loading && !data} error={error}>
      <ChartCard
        title={t('dashboards.recommendations')}
        description={t('dashboards.recommendationsDescription')}
        kind="stacked-bar"
        data={rows}
        category={{ key: 'status', label: t('dashboards.status') }}
        series={ages.map((age) => ({ key: age, label: t('dashboards.age', { age }) }))}
        fileName={t('dashboards.recommendations')}
      />
    </Loaded>
  );
};

/** Regular rank promotions due per month over the next year (MERIT-2, from the read model), one request. */
export const PromotionsDueChart = () => {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PromotionsDueQuery);
  const rows = promotionDueRows(data?.employees.groupedAggregates ?? []);
  return (
    <Loaded loading={loading && !data} error={error}>
      <ChartCard
        title={t('dashboards.promotionsDue')}
        description={t('dashboards.promotionsDueDescription')}
        kind="bar"
        data={rows}
        category={{ key: 'month', label: t('dashboards.month') }}
        series={[{ key: 'employees', label: t('dashboards.employeesDue') }]}
        fileName="kenaikan-pangkat"
      />
    </Loaded>
  );
};

/** Dasbor: charts for leaders and analysts, each from one request, with its table and CSV; the year in the URL. */
export const DashboardsPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const years = useQuery(YearsQuery);
  const options = (years.data?.employeeYears.groupedAggregates ?? [])
    .map((g) => g.keys[0])
    .filter((y): y is string => y != null);
  // the last completed year by default: the latest year of the data is still running
  const fallback = options.length > 1 ? options[options.length - 2] : options[0];
  const selected = params.get('year') ?? fallback;
  const year = selected ? Number.parseInt(selected, 10) : null;
  return (
    <Page title={t('nav.dashboards')} description={t('screens.dashboards.description')}>
      <Loaded loading={years.loading && !years.data} error={years.error}>
        <NativeSelect
          label={t('common.year')}
          w={160}
          data={options}
          value={selected ?? ''}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            next.set('year', e.currentTarget.value);
            setParams(next, { replace: true });
          }}
        />
        {year !== null && (
          <SimpleGrid cols={{ base: 1, xl: 2 }}>
            <PredikatChart year={year} />
            <JpChart year={year} />
            <TalentChart year={year} />
            <RecommendationsChart />
            <PromotionsDueChart />
          </SimpleGrid>
        )}
      </Loaded>
    </Page>
  );
};
