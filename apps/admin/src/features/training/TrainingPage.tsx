import { useApolloClient, useQuery } from '@apollo/client/react';
import { TRAINING_KINDS } from '@kinerja/domain';
import { Alert, Anchor, Button, Group } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DataColumn, DataTable } from '../../components/data-table/DataTable.js';
import { everyPage } from '../../components/data-table/every-page.js';
import { NO_PAGES } from '../../components/data-table/page-info.js';
import { tableStateCodec, useUrlState } from '../../components/data-table/use-url-state.js';
import { Page } from '../../components/page/Page.js';
import { SavedViewsMenu } from '../../components/saved-views/SavedViewsMenu.js';
import type { TrainingProgramRowFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { NewProgramButton } from '../training-admin/links.js';
import { trainingSchedulePath } from '../training-schedule/paths.js';
import {
  competencyAreaLabel,
  PROGRAM_FILTER_IDS,
  PROGRAM_SORT_IDS,
  programFilter,
  programListVariables,
  programOrder,
} from './program-list-variables.js';

/** The fields one row of the program list shows; the list owns this fragment. */
export const TrainingProgramRow = graphql(`
  fragment TrainingProgramRow on TrainingProgram {
    id
    code
    name
    kind
    competencyArea
    jp
    provider
    retired
    sessions(first: 1) {
      totalCount
    }
  }
`);

export const TrainingProgramListQuery = graphql(`
  query TrainingProgramList(
    $filter: TrainingProgramFilter
    $orderBy: [TrainingProgramOrderBy!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    trainingPrograms(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageInfoFields @unmask
      }
      nodes {
        ...TrainingProgramRow @unmask
      }
    }
  }
`);

/** The competency areas the programs name, for the area filter. */
export const CompetencyAreasQuery = graphql(`
  query CompetencyAreaOptions {
    trainingPrograms(first: 1) {
      groupedAggregates(groupBy: [COMPETENCY_AREA]) {
        keys
        count
      }
    }
  }
`);

const PAGE_SIZES = [10, 25, 50, 100] as const;
/** The program list's URL: `q` (name or code), `kind`, `area`, sort and page. */
export const programsUrl = tableStateCodec({
  filterIds: PROGRAM_FILTER_IDS,
  sortIds: PROGRAM_SORT_IDS,
  pageSizes: PAGE_SIZES,
  defaultPageSize: 25,
  defaultSort: [{ id: 'name', desc: false }],
});

/**
 * Pelatihan: the training programs (DEV-2), filtered by kind, competency area and text, sorted and paged by the
 * server with the state in the URL; saved views on this browser; CSV of the whole filtered set.
 *
 * FORMS: "new program" and "edit program" (react-hook-form + zod, the domain's rules) go in the header's action
 * group below once the API has the training mutations.
 */
export const TrainingPage = () => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  const [state, setState] = useUrlState(programsUrl);
  const { data, previousData, loading, error } = useQuery(TrainingProgramListQuery, {
    variables: programListVariables(state),
  });
  const areas = useQuery(CompetencyAreasQuery);
  const list = (data ?? previousData)?.trainingPrograms;
  const areaOptions = useMemo(
    () =>
      (areas.data?.trainingPrograms.groupedAggregates ?? []).flatMap((g) => {
        const area = g.keys[0];
        return area ? [{ value: area, label: `${competencyAreaLabel(area)} (${g.count})` }] : [];
      }),
    [areas.data],
  );
  const columns = useMemo<DataColumn<TrainingProgramRowFragment>[]>(
    () => [
      { id: 'code', header: t('training.columns.code'), value: (r) => r.code, sortable: true },
      {
        id: 'name',
        header: t('training.columns.name'),
        value: (r) => r.name,
        cell: (r) => (
          <Anchor component={Link} to={`/pelatihan/${encodeURIComponent(r.id)}`}>
            {r.name}
          </Anchor>
        ),
        sortable: true,
      },
      {
        id: 'kind',
        header: t('training.columns.kind'),
        value: (r) => label('TrainingKind', r.kind),
        filter: { kind: 'select', options: TRAINING_KINDS.map((k) => ({ value: k, label: label('TrainingKind', k) })) },
      },
      {
        id: 'area',
        header: t('training.columns.area'),
        value: (r) => competencyAreaLabel(r.competencyArea),
        sortable: true,
        filter: { kind: 'select', options: areaOptions },
      },
      { id: 'jp', header: t('training.columns.jp'), value: (r) => r.jp, sortable: true, align: 'right' },
      { id: 'provider', header: t('training.columns.provider'), value: (r) => r.provider, sortable: true },
      {
        id: 'sessions',
        header: t('training.columns.sessions'),
        value: (r) => r.sessions.totalCount,
        align: 'right',
      },
    ],
    [t, label, areaOptions],
  );

  /** Every program of the filtered set, 100 a request, for the CSV. */
  const allRows = () =>
    everyPage(async (after) => {
      const page = await client.query({
        query: TrainingProgramListQuery,
        variables: {
          filter: programFilter(state.filters),
          orderBy: programOrder(state.sort),
          first: 100,
          ...(after ? { after } : {}),
        },
        fetchPolicy: 'network-only',
      });
      return page.data?.trainingPrograms ?? null;
    });

  return (
    <Page title={t('nav.training')} description={t('screens.training.description')}>
      {error && (
        <Alert color="red" role="alert">
          {t('common.error', { message: error.message })}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button component={Link} to={trainingSchedulePath} size="sm" variant="default">
          {t('training.schedule.open')}
        </Button>
        <NewProgramButton />
        <SavedViewsMenu
          storageKey="kinerja.saved-views.training-programs"
          codec={programsUrl}
          state={state}
          onApply={(next) => setState(next)}
        />
      </Group>
      <DataTable
        caption={t('training.caption')}
        columns={columns}
        rows={list?.nodes ?? []}
        rowId={(r) => r.id}
        rowLabel={(r) => r.name}
        state={state}
        onStateChange={setState}
        pageInfo={list?.pageInfo ?? NO_PAGES}
        pageSizes={PAGE_SIZES}
        totalCount={list?.totalCount ?? null}
        loading={loading}
        search={{ id: 'q', label: t('training.search'), placeholder: t('training.searchPlaceholder') }}
        csv={{ fileName: t('training.csvFile'), rows: allRows }}
      />
    </Page>
  );
};
