import { useApolloClient, useQuery } from '@apollo/client/react';
import { ENROLMENT_STATUSES } from '@kinerja/domain';
import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type DataColumn, DataTable } from '../../components/data-table/DataTable.js';
import { everyPage } from '../../components/data-table/every-page.js';
import { NO_PAGES } from '../../components/data-table/page-info.js';
import { tableStateCodec, useUrlState } from '../../components/data-table/use-url-state.js';
import { Page } from '../../components/page/Page.js';
import type { ProgramEnrolmentRowFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { NotFoundPage } from '../misc/StatusPages.js';
import { ProgramAdminLinks, SessionAdminLink } from '../training-admin/links.js';
import { enrolmentFilter, enrolmentListVariables, enrolmentOrder, sessionSeats } from './program-detail.js';
import { competencyAreaLabel } from './program-list-variables.js';

/** A program with its sessions, each with its enrolments counted by status (places taken, waitlist: DEV-3). */
export const ProgramDetailQuery = graphql(`
  query ProgramDetail($id: ID!) {
    node(id: $id) {
      ... on TrainingProgram {
        id
        code
        name
        kind
        competencyArea
        jp
        provider
        isIt
        retired
        description
        sessions(first: 100, orderBy: [START_DATE_ASC]) {
          totalCount
          nodes {
            id
            startDate
            endDate
            place
            link
            capacity
            enrolments(first: 1) {
              groupedAggregates(groupBy: [STATUS]) {
                keys
                count
              }
            }
          }
        }
      }
    }
  }
`);

/** The fields one row of the program's enrolments shows. */
export const ProgramEnrolmentRow = graphql(`
  fragment ProgramEnrolmentRow on Enrolment {
    id
    status
    waitlistPosition
    jpCredited
    score
    completedOn
    session {
      id
      startDate
    }
    employee {
      id
      nip
      name
    }
  }
`);

export const ProgramEnrolmentsQuery = graphql(`
  query ProgramEnrolments(
    $filter: EnrolmentFilter
    $orderBy: [EnrolmentOrderBy!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    enrolments(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageInfoFields @unmask
      }
      nodes {
        ...ProgramEnrolmentRow @unmask
      }
    }
  }
`);

const PAGE_SIZES = [10, 25, 50, 100] as const;
/** The enrolment list's URL, prefixed `e.` so it never mixes with another list. */
export const enrolmentsUrl = tableStateCodec({
  prefix: 'e',
  filterIds: ['status', 'session'],
  sortIds: ['waitlist', 'score', 'completedOn'],
  pageSizes: PAGE_SIZES,
  defaultPageSize: 25,
});

const Fact = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm">{value}</Text>
  </div>
);

/** One training program: its facts, its sessions by date with places, and its enrolments (DEV-2, DEV-3). */
export const ProgramPage = () => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  const id = useParams().id ?? '';
  const { data, loading, error } = useQuery(ProgramDetailQuery, {
    variables: { id },
  });
  const [state, setState] = useUrlState(enrolmentsUrl);
  const enrolments = useQuery(ProgramEnrolmentsQuery, { variables: enrolmentListVariables(id, state) });
  const program = data?.node?.__typename === 'TrainingProgram' ? data.node : null;
  const sessions = program?.sessions.nodes ?? [];
  const list = (enrolments.data ?? enrolments.previousData)?.enrolments;

  const sessionOptions = useMemo(
    () => sessions.map((s) => ({ value: s.id, label: `${s.startDate} – ${s.endDate}` })),
    [sessions],
  );
  const columns = useMemo<DataColumn<ProgramEnrolmentRowFragment>[]>(
    () => [
      {
        id: 'nip',
        header: t('employees.columns.nip'),
        value: (r) => r.employee.nip,
        cell: (r) => (
          <Anchor component={Link} to={`/pegawai/${r.employee.nip}`}>
            {r.employee.nip}
          </Anchor>
        ),
      },
      { id: 'name', header: t('employees.columns.name'), value: (r) => r.employee.name },
      {
        id: 'session',
        header: t('training.enrolments.session'),
        value: (r) => r.session.startDate as string,
        filter: { kind: 'select', options: sessionOptions },
      },
      {
        id: 'status',
        header: t('training.enrolments.status'),
        value: (r) => label('EnrolmentStatus', r.status),
        filter: {
          kind: 'select',
          options: ENROLMENT_STATUSES.map((s) => ({ value: s, label: label('EnrolmentStatus', s) })),
        },
      },
      {
        id: 'waitlist',
        header: t('training.enrolments.waitlist'),
        value: (r) => r.waitlistPosition,
        sortable: true,
        align: 'right',
      },
      { id: 'score', header: t('training.enrolments.score'), value: (r) => r.score, sortable: true, align: 'right' },
      {
        id: 'jpCredited',
        header: t('training.enrolments.jpCredited'),
        value: (r) => r.jpCredited,
        align: 'right',
      },
      {
        id: 'completedOn',
        header: t('training.enrolments.completedOn'),
        value: (r) => (r.completedOn as string | null) ?? '',
        sortable: true,
      },
    ],
    [t, label, sessionOptions],
  );

  if (!loading && !error && !program) return <NotFoundPage />;
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));

  /** Every enrolment of the filtered set, 100 a request, for the CSV. */
  const allRows = () =>
    everyPage(async (after) => {
      const page = await client.query({
        query: ProgramEnrolmentsQuery,
        variables: {
          filter: enrolmentFilter(id, state.filters),
          orderBy: enrolmentOrder(state.sort),
          first: 100,
          ...(after ? { after } : {}),
        },
        fetchPolicy: 'network-only',
      });
      return page.data?.enrolments ?? null;
    });

  return (
    <Page
      title={program?.name ?? t('common.loading')}
      {...(program?.description ? { description: program.description } : {})}
    >
      {error && (
        <Alert color="red" role="alert">
          {t('common.error', { message: error.message })}
        </Alert>
      )}
      <Anchor component={Link} to="/pelatihan" size="sm">
        {t('training.backToList')}
      </Anchor>
      {program && (
        <Card withBorder padding="md" component="section" aria-label={t('training.facts')}>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Fact label={t('training.columns.code')} value={program.code} />
            <Fact label={t('training.columns.kind')} value={label('TrainingKind', program.kind)} />
            <Fact label={t('training.columns.area')} value={competencyAreaLabel(program.competencyArea)} />
            <Fact label={t('training.columns.jp')} value={String(program.jp)} />
            <Fact label={t('training.columns.provider')} value={program.provider} />
            <Fact label={t('training.isIt')} value={yesNo(program.isIt)} />
            <Fact label={t('training.retired')} value={yesNo(program.retired)} />
          </SimpleGrid>
          <ProgramAdminLinks programId={program.id} />
        </Card>
      )}

      <Stack gap="xs" component="section" aria-labelledby="sessions-title">
        <Title order={2} size="h3" id="sessions-title">
          {t('training.sessions.title')}
        </Title>
        <Table striped withTableBorder captionSide="top">
          <Table.Caption>{t('training.sessions.caption', { count: program?.sessions.totalCount ?? 0 })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('training.sessions.dates')}</Table.Th>
              <Table.Th scope="col">{t('training.sessions.place')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('training.sessions.capacity')}
              </Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('training.sessions.enrolled')}
              </Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('training.sessions.free')}
              </Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('training.sessions.waitlisted')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {loading ? t('dataTable.loading') : t('training.sessions.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              sessions.map((s) => {
                const seats = sessionSeats(s.capacity, s.enrolments.groupedAggregates);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {/* a column, so that the admin link is its own block, not a link inside a line of text */}
                      <Stack gap={2} align="flex-start">
                        <span>
                          {String(s.startDate)} – {String(s.endDate)}
                        </span>
                        <SessionAdminLink programId={program?.id ?? id} sessionId={s.id} start={String(s.startDate)} />
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {s.place ?? ''}
                      {s.link && (
                        <Group gap={4}>
                          <Badge size="xs" variant="light">
                            {t('training.sessions.online')}
                          </Badge>
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{s.capacity}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{seats.enrolled}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{seats.free}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{seats.waitlisted}</Table.Td>
                  </Table.Tr>
                );
              })
            )}
          </Table.Tbody>
        </Table>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="enrolments-title">
        <Title order={2} size="h3" id="enrolments-title">
          {t('training.enrolments.title')}
        </Title>
        {enrolments.error && (
          <Alert color="red" role="alert">
            {t('common.error', { message: enrolments.error.message })}
          </Alert>
        )}
        <DataTable
          caption={t('training.enrolments.caption')}
          columns={columns}
          rows={list?.nodes ?? []}
          rowId={(r) => r.id}
          rowLabel={(r) => `${r.employee.name} (${r.employee.nip})`}
          state={state}
          onStateChange={setState}
          pageInfo={list?.pageInfo ?? NO_PAGES}
          pageSizes={PAGE_SIZES}
          totalCount={list?.totalCount ?? null}
          loading={enrolments.loading}
          csv={{ fileName: t('training.enrolments.csvFile'), rows: allRows }}
        />
      </Stack>
    </Page>
  );
};
