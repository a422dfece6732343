import { useQuery } from '@apollo/client/react';
import { Alert, Loader, NativeSelect, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartCard } from '../../components/chart-card/ChartCard.js';
import { Page } from '../../components/page/Page.js';
import { graphql } from '../../gql/index.js';
import {
  jpRows,
  PREDIKAT_KEYS,
  predikatRows,
  promotionDueRows,
  recommendationRows,
  talentRows,
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
  query TalentMovement($year: Int!, $previousYear: Int!) {
    current: employeeYears(first: 1, filter: { year: { eq: $year } }) {
      groupedAggregates(groupBy: [TALENT_BOX]) {
        keys
        count
      }
    }
    previous: employeeYears(first: 1, filter: { year: { eq: $previousYear } }) {
      groupedAggregates(groupBy: [TALENT_BOX]) {
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

/** The 9-box counts of a year against the year before (MERIT-4), one request. */
export const TalentChart = ({ year }: { year: number }) => {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TalentMovementQuery, {
    variables: { year, previousYear: year - 1 },
  });
  const rows = data ? talentRows(data.current.groupedAggregates, data.previous.groupedAggregates) : [];
  return (
    <Loaded loading={loading && !data} error={error}>
      <ChartCard
        title={`${t('dashboards.talent')} ${year - 1}–${year}`}
        description={t('dashboards.talentDescription')}
        kind="bar"
        data={rows}
        category={{ key: 'box', label: t('dashboards.box') }}
        series={[
          { key: 'previous', label: t('dashboards.previousYear', { year: year - 1 }) },
          { key: 'current', label: t('dashboards.currentYear', { year }) },
          { key: 'change', label: t('dashboards.change') },
        ]}
        fileName={`talenta-${year}`}
      />
    </Loaded>
  );
};

/** Recommendations by status and age bucket, one request. */
export const RecommendationsChart = () => {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(RecommendationAgeQuery);
  const { ages, rows } = recommendationRows(data?.recommendations.groupedAggregates ?? []);
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
