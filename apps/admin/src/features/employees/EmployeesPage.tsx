import { EMPLOYMENT_TYPES } from '@kinerja/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../components/data-table/DataTable.js';
import { tableStateCodec, useUrlState } from '../../components/data-table/use-url-state.js';
import { AwaitingApi, Page } from '../../components/page/Page.js';

/** An employee as the list shows it (the API's fragment will replace this shape). */
type EmployeeRow = {
  readonly id: string;
  readonly nip: string;
  readonly name: string;
  readonly unit: string;
  readonly employmentType: string;
  readonly pangkat: string;
};

const PAGE_SIZES = [10, 25, 50, 100] as const;
/** `q` is also what the global search in the header fills (NIP or name). */
const employeesUrl = tableStateCodec({
  filterIds: ['q', 'unit', 'employmentType'],
  sortIds: ['name', 'nip', 'unit'],
  pageSizes: PAGE_SIZES,
  defaultPageSize: 25,
  defaultSort: [{ id: 'name', desc: false }],
});
const NO_ROWS: readonly EmployeeRow[] = [];
const NO_PAGES = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };

/** Pegawai: the employees, with the analyst filters, searched by NIP or name. */
export const EmployeesPage = () => {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(employeesUrl);
  const columns = useMemo<DataColumn<EmployeeRow>[]>(
    () => [
      { id: 'nip', header: t('employees.columns.nip'), value: (r) => r.nip, sortable: true },
      { id: 'name', header: t('employees.columns.name'), value: (r) => r.name, sortable: true },
      {
        id: 'unit',
        header: t('employees.columns.unit'),
        value: (r) => r.unit,
        sortable: true,
        filter: { kind: 'text' },
      },
      {
        id: 'employmentType',
        header: t('employees.columns.employmentType'),
        value: (r) => r.employmentType,
        filter: { kind: 'select', options: EMPLOYMENT_TYPES.map((e) => ({ value: e, label: e })) },
      },
      { id: 'pangkat', header: t('employees.columns.pangkat'), value: (r) => r.pangkat },
    ],
    [t],
  );
  return (
    <Page title={t('nav.employees')} description={t('screens.employees.description')}>
      <AwaitingApi />
      <DataTable
        caption={t('employees.caption')}
        columns={columns}
        rows={NO_ROWS}
        rowId={(r) => r.id}
        rowLabel={(r) => `${r.name} (${r.nip})`}
        state={state}
        onStateChange={setState}
        pageInfo={NO_PAGES}
        pageSizes={PAGE_SIZES}
        search={{ id: 'q', label: t('employees.search'), placeholder: t('shell.search.placeholder') }}
        csv={{ fileName: t('employees.csvFile') }}
      />
    </Page>
  );
};
