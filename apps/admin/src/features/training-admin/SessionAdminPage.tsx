import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type EnrolmentStatus, TALENT_BOXES } from '@kinerja/domain';
import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog/ConfirmDialog.js';
import { type DataColumn, DataTable } from '../../components/data-table/DataTable.js';
import { NO_PAGES } from '../../components/data-table/page-info.js';
import { tableStateCodec, useUrlState } from '../../components/data-table/use-url-state.js';
import { Page } from '../../components/page/Page.js';
import type {
  EnrolEmployeesMutation,
  PickerEmployeeRowFragment,
  SessionEnrolmentRowFragment,
} from '../../gql/graphql.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { PerangkatDaerahQuery } from '../employees/EmployeesPage.js';
import { NotFoundPage } from '../misc/StatusPages.js';
import { AttendanceGrid } from './AttendanceGrid.js';
import type { GridRow } from './attendance-grid.js';
import { type AttendanceApi, saveAttendance } from './attendance-save.js';
import { pickerVariables, SHORTFALL_OPTIONS } from './enrol-picker.js';
import {
  EnrolEmployeesMutation as EnrolEmployeesDoc,
  PickerEmployeesQuery,
  RecordAttendanceMutation,
  RecordCompletionsMutation,
  SessionAdminQuery,
  WithdrawEnrolmentMutation,
} from './training-ops.js';
import { userErrorText } from './user-errors.js';

const PAGE_SIZES = [10, 25, 50] as const;
/** The picker's list state in the URL, prefixed `pk.`. */
export const pickerUrl = tableStateCodec({
  prefix: 'pk',
  filterIds: ['q', 'unit', 'shortfall', 'box', 'year'],
  sortIds: ['name'],
  pageSizes: PAGE_SIZES,
  defaultPageSize: 10,
});
const THIS_YEAR = new Date().getFullYear();
const YEARS = [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2];

type EnrolResult = NonNullable<EnrolEmployeesMutation['enrolEmployees']['results']>[number];
const OUTCOME_COLOR = { ENROLLED: 'green', WAITLISTED: 'yellow', REFUSED: 'red' } as const;

/**
 * One session of a program, for the admin: enrol employees picked by unit, JP shortfall and 9-box (a result per
 * person: enrolled, waitlisted or refused with the reason), record attendance and completion in the grid, and the
 * waitlist in its order (DEV-3).
 */
export const SessionAdminPage = () => {
  const { t } = useTranslation('workflows');
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  const client = useApolloClient();
  const params = useParams();
  const programId = params.id ?? '';
  const sessionId = params.sessionId ?? '';
  const session = useQuery(SessionAdminQuery, { variables: { id: sessionId }, fetchPolicy: 'cache-and-network' });
  const [state, setState] = useUrlState(pickerUrl);
  const year = Number(state.filters.year ?? THIS_YEAR) || THIS_YEAR;
  const picker = useQuery(PickerEmployeesQuery, { variables: pickerVariables(state, year) });
  const units = useQuery(PerangkatDaerahQuery);
  const [enrol] = useMutation(EnrolEmployeesDoc);
  const [attend] = useMutation(RecordAttendanceMutation);
  const [complete] = useMutation(RecordCompletionsMutation);
  const [withdraw] = useMutation(WithdrawEnrolmentMutation);
  const [results, setResults] = useState<readonly EnrolResult[] | null>(null);
  const [enrolErrors, setEnrolErrors] = useState<string[]>([]);
  const [leaving, setLeaving] = useState<SessionEnrolmentRowFragment | null>(null);
  const [leaveError, setLeaveError] = useState<string | null>(null);

  const node = session.data?.node?.__typename === 'TrainingSession' ? session.data.node : null;
  const enrolments = node?.enrolments.nodes ?? [];
  const participants = enrolments.filter((e) => e.status !== 'WAITLISTED');
  const waitlist = enrolments
    .filter((e) => e.status === 'WAITLISTED')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const list = (picker.data ?? picker.previousData)?.employees;

  const unitOptions = useMemo(
    () => (units.data?.units.nodes ?? []).map((u) => ({ value: u.id, label: u.name })),
    [units.data],
  );
  const columns = useMemo<DataColumn<PickerEmployeeRowFragment>[]>(
    () => [
      { id: 'nip', header: t('enrol.nip'), value: (r) => r.nip },
      { id: 'name', header: t('enrol.name'), value: (r) => r.name, sortable: true },
      {
        id: 'unit',
        header: t('enrol.unit'),
        value: (r) => r.unit.name,
        filter: { kind: 'select', options: unitOptions },
      },
      {
        id: 'jpDone',
        header: t('enrol.jpDone', { year }),
        value: (r) => r.years.nodes[0]?.jpDone ?? null,
        align: 'right',
      },
      {
        id: 'shortfall',
        header: t('enrol.shortfall', { year }),
        value: (r) => r.years.nodes[0]?.jpShortfall ?? null,
        align: 'right',
        filter: {
          kind: 'select',
          options: SHORTFALL_OPTIONS.map((n) => ({ value: String(n), label: t('enrol.atLeastJp', { count: n }) })),
        },
      },
      {
        id: 'box',
        header: t('enrol.talentBox', { year }),
        value: (r) => r.years.nodes[0]?.talentBox ?? null,
        align: 'right',
        filter: { kind: 'select', options: TALENT_BOXES.map((n) => ({ value: String(n), label: String(n) })) },
      },
    ],
    [t, unitOptions, year],
  );

  if (session.loading && !node) return <Text>{t('training.loading')}</Text>;
  if (session.error && !node)
    return (
      <Alert color="red" role="alert">
        {tc('common.error', { message: session.error.message })}
      </Alert>
    );
  if (!node) return <NotFoundPage />;
  const back = `/pelatihan/${encodeURIComponent(programId)}`;

  const refetchSession = () => client.refetchQueries({ include: [SessionAdminQuery] });

  const runEnrol = async (rows: readonly PickerEmployeeRowFragment[]) => {
    setEnrolErrors([]);
    const { data } = await enrol({ variables: { input: { sessionId: node.id, employeeIds: rows.map((r) => r.id) } } });
    const payload = data?.enrolEmployees;
    setEnrolErrors((payload?.userErrors ?? []).map(userErrorText));
    setResults(payload?.results ?? null);
    await refetchSession();
  };

  const api: AttendanceApi = {
    attend: async (batch) => {
      const { data } = await attend({ variables: { input: { enrolments: batch.map((b) => ({ ...b })) } } });
      const p = data?.recordAttendance;
      return { changed: p?.enrolments ?? [], userErrors: p?.userErrors ?? [] };
    },
    complete: async (batch) => {
      const { data } = await complete({
        variables: {
          input: {
            completions: batch.map((b) => ({
              id: b.id,
              version: b.version,
              outcome: b.outcome,
              ...(b.score === null ? {} : { score: b.score }),
            })),
          },
        },
      });
      const p = data?.recordCompletions;
      return { changed: p?.enrolments ?? [], userErrors: p?.userErrors ?? [] };
    },
    withdraw: async (e) => {
      const { data } = await withdraw({ variables: { input: e } });
      const p = data?.withdrawEnrolment;
      return { changed: p?.enrolment ? [p.enrolment] : [], userErrors: p?.userErrors ?? [] };
    },
  };

  const gridRows: GridRow[] = participants.map((e) => ({
    id: e.id,
    nip: e.employee.nip,
    name: e.employee.name,
    status: e.status as EnrolmentStatus,
    score: e.score,
  }));
  const versions = Object.fromEntries(participants.map((e) => [e.id, e.version]));
  const gridKey = participants.map((e) => `${e.id}:${e.version}`).join(',');

  const confirmLeave = async () => {
    if (!leaving) return;
    const answer = await api.withdraw({ id: leaving.id, version: leaving.version });
    setLeaveError(answer.userErrors.length > 0 ? answer.userErrors.map(userErrorText).join(' ') : null);
    setLeaving(null);
    await refetchSession();
  };

  const taken = participants.filter((e) => e.status !== 'WITHDRAWN').length;

  return (
    <Page
      title={t('session.title', { program: node.program.name, start: node.startDate })}
      description={t('session.facts', {
        start: node.startDate,
        end: node.endDate,
        place: node.place ?? node.link ?? '—',
        capacity: node.capacity,
        taken,
        waiting: waitlist.length,
      })}
    >
      <Group gap="md">
        <Anchor component={Link} to={back}>
          {t('training.backToProgram')}
        </Anchor>
        {node.cancelled && <Badge color="red">{t('session.cancelled')}</Badge>}
      </Group>

      <Card withBorder component="section" aria-labelledby="enrol-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="enrol-title">
            {t('enrol.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('enrol.intro')}
          </Text>
          <NativeSelect
            label={t('enrol.year')}
            w={160}
            value={String(year)}
            data={YEARS.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(e) =>
              setState((s) => ({ ...s, cursor: null, filters: { ...s.filters, year: e.currentTarget.value } }), {
                replace: true,
              })
            }
          />
          <DataTable
            caption={t('enrol.caption')}
            columns={columns}
            rows={list?.nodes ?? []}
            rowId={(r) => r.id}
            rowLabel={(r) => r.name}
            state={state}
            onStateChange={setState}
            pageInfo={list?.pageInfo ?? NO_PAGES}
            pageSizes={PAGE_SIZES}
            totalCount={list?.totalCount ?? null}
            loading={picker.loading}
            search={{ id: 'q', label: t('enrol.search') }}
            bulkActions={[
              {
                id: 'enrol',
                label: t('enrol.action'),
                confirmTitle: t('enrol.confirmTitle'),
                confirmMessage: (count) => t('enrol.confirmMessage', { count, capacity: node.capacity, taken }),
                run: runEnrol,
              },
            ]}
          />
          {enrolErrors.length > 0 && (
            <Alert color="red" role="alert" title={t('form.notSaved')}>
              {enrolErrors.join(' ')}
            </Alert>
          )}
          {results && (
            <Table withTableBorder aria-live="polite">
              <Table.Caption>{t('enrol.resultsCaption', { count: results.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('enrol.name')}</Table.Th>
                  <Table.Th scope="col">{t('enrol.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('enrol.detail')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.map((r, i) => (
                  <Table.Tr key={r.employee?.id ?? `refused-${i}`}>
                    <Table.Th scope="row" fw={400}>
                      {r.employee ? `${r.employee.name} (${r.employee.nip})` : t('enrol.unknownEmployee')}
                    </Table.Th>
                    <Table.Td>
                      <Badge color={OUTCOME_COLOR[r.outcome]} variant="light" c="bright">
                        {label('EnrolmentOutcome', r.outcome)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {r.reason
                        ? userErrorText(r.reason)
                        : r.outcome === 'WAITLISTED'
                          ? t('enrol.position', { position: r.enrolment?.waitlistPosition ?? '?' })
                          : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>

      <Card withBorder component="section" aria-labelledby="attendance-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="attendance-title">
            {t('session.attendanceTitle')}
          </Title>
          <AttendanceGrid
            key={gridKey}
            caption={t('session.attendanceCaption', { count: gridRows.length })}
            rows={gridRows}
            onSave={async (changes) => {
              const outcomes = await saveAttendance(changes, versions, api, {
                code: 'INVALID_INPUT',
                field: null,
                message: t('grid.scoreNeedsCompletion'),
                rule: 'DEV-3',
              });
              if (outcomes.every((o) => o.errors.length === 0)) await refetchSession();
              return outcomes;
            }}
          />
        </Stack>
      </Card>

      <Card withBorder component="section" aria-labelledby="waitlist-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="waitlist-title">
            {t('waitlist.title')}
          </Title>
          {leaveError && (
            <Alert color="red" role="alert">
              {leaveError}
            </Alert>
          )}
          <Table withTableBorder>
            <Table.Caption>{t('waitlist.caption', { count: waitlist.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('waitlist.position')}</Table.Th>
                <Table.Th scope="col">{t('enrol.name')}</Table.Th>
                <Table.Th scope="col">{t('enrol.nip')}</Table.Th>
                <Table.Th scope="col">{t('saved.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {waitlist.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed" ta="center">
                      {t('waitlist.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {waitlist.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.waitlistPosition ?? ''}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {e.employee.name}
                  </Table.Th>
                  <Table.Td>{e.employee.nip}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setLeaving(e)}
                      aria-label={t('waitlist.withdrawNamed', { name: e.employee.name })}
                    >
                      {t('waitlist.withdraw')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('waitlist.hint')}
          </Text>
        </Stack>
      </Card>

      <ConfirmDialog
        opened={leaving !== null}
        title={t('waitlist.confirmTitle')}
        message={t('waitlist.confirmMessage', {
          name: leaving?.employee.name ?? '',
          status: label('EnrolmentStatus', 'WITHDRAWN'),
        })}
        confirmLabel={t('waitlist.withdraw')}
        danger
        onConfirm={confirmLeave}
        onCancel={() => setLeaving(null)}
      />
    </Page>
  );
};
