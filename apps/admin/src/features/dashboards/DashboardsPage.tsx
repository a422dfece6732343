import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../components/chart-card/ChartCard.js';
import { AwaitingApi, Page } from '../../components/page/Page.js';

/** The dashboards of issue 7 §5; each will run from one GraphQL request. */
const DASHBOARDS = ['predikat', 'jp', 'talent', 'promotions', 'recommendations'] as const;
const NO_DATA: readonly { readonly category: string; readonly value: number }[] = [];

/** Dasbor: charts for leaders and analysts, each with its table and CSV. */
export const DashboardsPage = () => {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.dashboards')} description={t('screens.dashboards.description')}>
      <AwaitingApi />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {DASHBOARDS.map((d) => (
          <ChartCard
            key={d}
            title={t(`dashboards.${d}`)}
            kind="bar"
            data={NO_DATA}
            category={{ key: 'category', label: t('dashboards.category') }}
            series={[{ key: 'value', label: t('dashboards.value') }]}
            fileName={t(`dashboards.${d}`)}
          />
        ))}
      </SimpleGrid>
    </Page>
  );
};
