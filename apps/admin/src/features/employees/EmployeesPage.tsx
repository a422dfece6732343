import { useApolloClient, useQuery } from '@apollo/client/react';
import { PANGKAT_INFO, PANGKATS, PREDIKATS } from '@kinerja/domain';
import { Alert, Anchor } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DataColumn, DataTable } from '../../components/data-table/DataTable.js';
import { everyPage } from '../../components/data-table/every-page.js';
import { NO_PAGES } from '../../components/data-table/page-info.js';
import { tableStateCodec, useUrlState } from '../../components/data-table/use-url-state.js';
import { Page } from '../../components/page/Page.js';
import type { EmployeeListRowFragment, Pangkat } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { EMPLOYEE_SORT_IDS, employeeFilter, employeeListVariables, employeeOrder } from './employee-list-variables.js';

/** The fields one row of the list shows; the list owns this fragment. */
export const EmployeeListRow = graphql(`
  fragment EmployeeListRow on Employee {
    id
    nip
    name
    currentPangkat
    latestPredikat
    latestPredikatYear
    unit {
      id
      name
    }
  }
`);

export const EmployeeListQuery = graphql(`
  query EmployeeList(
    $filter: EmployeeFilter
    $orderBy: [EmployeeOrderBy!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    employees(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageInfoFields @unmask
      }
      nodes {
        ...EmployeeListRow @unmask
      }
    }
  }
`);

/** The perangkat daerah offered by the unit filter: the units right under each instansi's root. */
export const PerangkatDaerahQuery = graphql(`
  query PerangkatDaerahOptions {
    units(first: 100, filter: { parent: { parentId: { isNull: true } } }, orderBy: [NAME_ASC]) {
      nodes {
        id
        name
      }
    }
  }
`);

const PAGE_SIZES = [10, 25, 50, 100] as const;
/** `q` is also what the global search in the header fills (NIP or name). */
const employeesUrl = tableStateCodec({
  filterIds: ['q', 'unit', 'pangkat', 'predikat'],
  sortIds: EMPLOYEE_SORT_IDS,
  pageSizes: PAGE_SIZES,
  defaultPageSize: 25,
  defaultSort: [{ id: 'name', desc: false }],
});

/** A pangkat as people write it: `Penata Muda Tingkat I (III/b)`. */
export const pangkatLabel = (p: Pangkat | null) => (p ? `${PANGKAT_INFO[p].name} (${PANGKAT_INFO[p].golongan})` : '');

/** Pegawai: the employees with the analyst filters, on the server, state in the URL, CSV of the filtered set. */
export const EmployeesPage = () => {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [state, setState] = useUrlState(employeesUrl);
  const variables = employeeListVariables(state);
  const { data, previousData, loading, error } = useQuery(EmployeeListQuery, { variables });
  const units = useQuery(PerangkatDaerahQuery);
  const list = (data ?? previousData)?.employees;
  const unitOptions = useMemo(
    () => (units.data?.units.nodes ?? []).map((u) => ({ value: u.id, label: u.name })),
    [units.data],
  );
  const columns = useMemo<DataColumn<EmployeeListRowFragment>[]>(
    () => [
      {
        id: 'nip',
        header: t('employees.columns.nip'),
        value: (r) => r.nip,
        cell: (r) => (
          <Anchor component={Link} to={`/pegawai/${r.nip}`}>
            {r.nip}
          </Anchor>
        ),
        sortable: true,
      },
      { id: 'name', header: t('employees.columns.name'), value: (r) => r.name, sortable: true },
      {
        id: 'unit',
        header: t('employees.columns.unit'),
        value: (r) => r.unit.name,
        filter: { kind: 'select', options: unitOptions },
      },
      {
        id: 'pangkat',
        header: t('employees.columns.pangkat'),
        value: (r) => pangkatLabel(r.currentPangkat),
        sortable: true,
        filter: { kind: 'select', options: PANGKATS.map((p) => ({ value: p, label: pangkatLabel(p) })) },
      },
      {
        id: 'predikat',
        header: t('employees.columns.latestPredikat'),
        value: (r) => (r.latestPredikat ? `${t(`predikat.${r.latestPredikat}`)} (${r.latestPredikatYear ?? ''})` : ''),
        filter: { kind: 'select', options: PREDIKATS.map((p) => ({ value: p, label: t(`predikat.${p}`) })) },
      },
    ],
    [t, unitOptions],
  );

  /** Every row of the filtered set, 100 a request, for the CSV. */
  const allRows = () =>
    everyPage(async (after) => {
      const page = await client.query({
        query: EmployeeListQuery,
        variables: {
          filter: employeeFilter(state.filters),
          orderBy: employeeOrder(state.sort),
          first: 100,
          ...(after ? { after } : {}),
        },
        fetchPolicy: 'network-only',
      });
      return page.data?.employees ?? null;
    });

  return (
    <Page title={t('nav.employees')} description={t('screens.employees.description')}>
      {error && (
        <Alert color="red" role="alert">
          {t('common.error', { message: error.message })}
        </Alert>
      )}
      <DataTable
        caption={t('employees.caption')}
        columns={columns}
        rows={list?.nodes ?? []}
        rowId={(r) => r.id}
        rowLabel={(r) => `${r.name} (${r.nip})`}
        state={state}
        onStateChange={setState}
        pageInfo={list?.pageInfo ?? NO_PAGES}
        pageSizes={PAGE_SIZES}
        totalCount={list?.totalCount ?? null}
        loading={loading}
        search={{ id: 'q', label: t('employees.search'), placeholder: t('shell.search.placeholder') }}
        csv={{ fileName: t('employees.csvFile'), rows: allRows }}
      />
    </Page>
  );
};
