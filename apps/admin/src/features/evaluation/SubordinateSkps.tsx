import { useApolloClient, useQuery } from '@apollo/client/react';
import { PREDIKATS } from '@kinerja/domain';
import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type DataColumn, DataTable } from '../../components/data-table/DataTable.js';
import { everyPage } from '../../components/data-table/every-page.js';
import { NO_PAGES } from '../../components/data-table/page-info.js';
import { firstPage, tableStateCodec, useUrlState } from '../../components/data-table/use-url-state.js';
import type { SubordinateSkpRowFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { useSession } from '../../session/session-context.js';
import { SkpEditLink } from '../evaluation-edit/links.js';
import {
  countsByState,
  type SkpScope,
  scopeValue,
  skpFilter,
  skpListVariables,
  skpOrder,
  skpScopes,
} from './skp-list-variables.js';

/** The fields one row of the SKP list shows. */
export const SubordinateSkpRow = graphql(`
  fragment SubordinateSkpRow on Skp {
    id
    year
    state
    resultsRating
    behaviourRating
    annualPredikat
    annualPredikatSuggested
    employee {
      id
      nip
      name
    }
    unit {
      id
      name
    }
  }
`);

export const SubordinateSkpsQuery = graphql(`
  query SubordinateSkps(
    $filter: SkpFilter
    $orderBy: [SkpOrderBy!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    skps(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageInfoFields @unmask
      }
      nodes {
        ...SubordinateSkpRow @unmask
      }
    }
  }
`);

/** How many SKPs of the scope (and the other filters) are in each state: one request. */
export const SkpStateCountsQuery = graphql(`
  query SkpStateCounts($filter: SkpFilter) {
    skps(first: 1, filter: $filter) {
      groupedAggregates(groupBy: [STATE]) {
        keys
        count
      }
    }
  }
`);

const PAGE_SIZES = [10, 25, 50, 100] as const;
/** The list's URL, prefixed `skp.` (the screen has other state). */
export const skpsUrl = tableStateCodec({
  prefix: 'skp',
  filterIds: ['q', 'year', 'state', 'predikat'],
  sortIds: ['year'],
  pageSizes: PAGE_SIZES,
  defaultPageSize: 25,
});
const SCOPE_PARAM = 'skp.scope';
/** The years the year filter offers: the seed's and the API's SKPs run from 2023. */
const yearsUpTo = (last: number) => Array.from({ length: last - 2022 }, (_, i) => String(last - i));

/** The SKP list of one scope, with its counts by state. */
const SkpList = ({ scope }: { scope: SkpScope }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  const [state, setState] = useUrlState(skpsUrl);
  const { data, previousData, loading, error } = useQuery(SubordinateSkpsQuery, {
    variables: skpListVariables(scope, state),
  });
  const counts = useQuery(SkpStateCountsQuery, {
    variables: { filter: skpFilter(scope, state.filters, { withState: false }) },
  });
  const list = (data ?? previousData)?.skps;
  const byState = countsByState((counts.data ?? counts.previousData)?.skps.groupedAggregates ?? []);
  const chosen = state.filters.state;

  const columns = useMemo<DataColumn<SubordinateSkpRowFragment>[]>(
    () => [
      { id: 'nip', header: t('employees.columns.nip'), value: (r) => r.employee.nip },
      {
        id: 'name',
        header: t('employees.columns.name'),
        value: (r) => r.employee.name,
        cell: (r) => <SkpEditLink id={r.id} name={r.employee.name} />,
      },
      { id: 'unit', header: t('employees.columns.unit'), value: (r) => r.unit.name },
      {
        id: 'year',
        header: t('common.year'),
        value: (r) => r.year,
        sortable: true,
        filter: { kind: 'select', options: yearsUpTo(new Date().getFullYear()).map((y) => ({ value: y, label: y })) },
      },
      { id: 'state', header: t('evaluation.skps.columns.state'), value: (r) => label('SkpState', r.state) },
      {
        id: 'results',
        header: t('evaluation.skps.columns.results'),
        value: (r) => (r.resultsRating ? label('Rating', r.resultsRating) : ''),
      },
      {
        id: 'behaviour',
        header: t('evaluation.skps.columns.behaviour'),
        value: (r) => (r.behaviourRating ? label('Rating', r.behaviourRating) : ''),
      },
      {
        id: 'predikat',
        header: t('evaluation.skps.columns.predikat'),
        value: (r) =>
          r.annualPredikat
            ? t(`predikat.${r.annualPredikat}`)
            : r.annualPredikatSuggested
              ? t('evaluation.skps.suggested', { predikat: t(`predikat.${r.annualPredikatSuggested}`) })
              : '',
        filter: { kind: 'select', options: PREDIKATS.map((p) => ({ value: p, label: t(`predikat.${p}`) })) },
      },
    ],
    [t, label],
  );

  /** Every SKP of the filtered set, 100 a request, for the CSV. */
  const allRows = () =>
    everyPage(async (after) => {
      const page = await client.query({
        query: SubordinateSkpsQuery,
        variables: {
          filter: skpFilter(scope, state.filters),
          orderBy: skpOrder(state.sort),
          first: 100,
          ...(after ? { after } : {}),
        },
        fetchPolicy: 'network-only',
      });
      return page.data?.skps ?? null;
    });

  const pickState = (s: string) => {
    const filters: Record<string, string> = { ...state.filters };
    if (chosen === s) delete filters.state;
    else filters.state = s;
    setState(firstPage({ ...state, filters }), { replace: true });
  };

  return (
    <Stack gap="sm">
      {(error ?? counts.error) && (
        <Alert color="red" role="alert">
          {t('common.error', { message: (error ?? counts.error)?.message ?? '' })}
        </Alert>
      )}
      <Group gap="xs" role="group" aria-label={t('evaluation.skps.byState')}>
        {byState.map(({ state: s, count }) => (
          <Button
            key={s}
            size="xs"
            variant={chosen === s ? 'filled' : 'default'}
            aria-pressed={chosen === s}
            onClick={() => pickState(s)}
          >
            {t('evaluation.skps.stateCount', { state: label('SkpState', s), count })}
          </Button>
        ))}
      </Group>
      <DataTable
        caption={t('evaluation.skps.caption')}
        columns={columns}
        rows={list?.nodes ?? []}
        rowId={(r) => r.id}
        rowLabel={(r) => `${r.employee.name} (${r.year})`}
        state={state}
        onStateChange={setState}
        pageInfo={list?.pageInfo ?? NO_PAGES}
        pageSizes={PAGE_SIZES}
        totalCount={list?.totalCount ?? null}
        loading={loading}
        search={{ id: 'q', label: t('evaluation.skps.search'), placeholder: t('shell.search.placeholder') }}
        csv={{ fileName: t('evaluation.skps.csvFile'), rows: allRows }}
        emptyMessage={t('evaluation.skps.none')}
      />
    </Stack>
  );
};

/**
 * My subordinates' SKPs by state (EVAL-9), read only: as their evaluator, or in a unit the viewer heads. Rating,
 * approving and returning come with the evaluation mutations.
 */
export const SubordinateSkps = () => {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const scopes = viewer ? skpScopes(viewer) : [];
  const scope = scopes.find((s) => scopeValue(s) === params.get(SCOPE_PARAM)) ?? scopes[0];
  return (
    <Stack gap="sm" component="section" aria-labelledby="skps-title">
      <div>
        <Title order={2} size="h3" id="skps-title">
          {t('evaluation.skps.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('evaluation.skps.description')}
        </Text>
      </div>
      {scopes.length > 1 && scope && (
        <NativeSelect
          label={t('evaluation.skps.scope')}
          maw={420}
          value={scopeValue(scope)}
          data={scopes.map((s) => ({
            value: scopeValue(s),
            label:
              s.kind === 'evaluator'
                ? t('evaluation.skps.scopeMine')
                : t('evaluation.skps.scopeUnit', { unit: s.name }),
          }))}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setParams(
              (p) => {
                const next = new URLSearchParams(p);
                next.set(SCOPE_PARAM, value);
                for (const k of [...next.keys()]) if (k.startsWith('skp.') && k !== SCOPE_PARAM) next.delete(k);
                return next;
              },
              { replace: true },
            );
          }}
        />
      )}
      {scope ? (
        <SkpList key={scopeValue(scope)} scope={scope} />
      ) : (
        <Alert color="blue" variant="light">
          {t('evaluation.skps.noScope')}
        </Alert>
      )}
    </Stack>
  );
};
