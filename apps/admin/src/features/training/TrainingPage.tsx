import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../components/data-table/DataTable.js';
import { tableStateCodec, useUrlState } from '../../components/data-table/use-url-state.js';
import { AwaitingApi, Page } from '../../components/page/Page.js';

/** A training program as the list shows it (the API's fragment will replace this shape). */
type ProgramRow = {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly jp: number;
  readonly sessions: number;
};

const PAGE_SIZES = [10, 25, 50, 100] as const;
const programsUrl = tableStateCodec({
  filterIds: ['q'],
  sortIds: ['name', 'jp', 'sessions'],
  pageSizes: PAGE_SIZES,
  defaultPageSize: 25,
  defaultSort: [{ id: 'name', desc: false }],
});
const NO_ROWS: readonly ProgramRow[] = [];
const NO_PAGES = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };

/** Pelatihan: the training programs, filtered, sorted and paged by the server. */
export const TrainingPage = () => {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(programsUrl);
  const columns = useMemo<DataColumn<ProgramRow>[]>(
    () => [
      { id: 'name', header: t('training.columns.name'), value: (r) => r.name, sortable: true },
      { id: 'kind', header: t('training.columns.kind'), value: (r) => r.kind },
      { id: 'jp', header: t('training.columns.jp'), value: (r) => r.jp, sortable: true, align: 'right' },
      {
        id: 'sessions',
        header: t('training.columns.sessions'),
        value: (r) => r.sessions,
        sortable: true,
        align: 'right',
      },
    ],
    [t],
  );
  return (
    <Page title={t('nav.training')} description={t('screens.training.description')}>
      <AwaitingApi />
      <DataTable
        caption={t('training.caption')}
        columns={columns}
        rows={NO_ROWS}
        rowId={(r) => r.id}
        rowLabel={(r) => r.name}
        state={state}
        onStateChange={setState}
        pageInfo={NO_PAGES}
        pageSizes={PAGE_SIZES}
        search={{ id: 'q', label: t('training.search') }}
        csv={{ fileName: t('training.csvFile') }}
      />
    </Page>
  );
};
