import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import type { TestApi, TestClient } from './harness.js';

/** Shared by the training workflow tests: the mutations as a client sends them, and row counts to assert on. */
export type Errors = { code: string; field: string[] | null; message: string; rule: string | null }[];
export const ERRORS = 'userErrors { code field message rule }';
const PROGRAM = 'id code name kind jp retired version';
const SESSION = 'id startDate endDate capacity cancelled cancelReason version';
export const ENROLMENT = 'id status waitlistPosition jpCredited score completedOn version employee { id }';

export const M = {
  createProgram: `mutation($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { ${PROGRAM} } ${ERRORS} } }`,
  updateProgram: `mutation($input: UpdateTrainingProgramInput!) { updateTrainingProgram(input: $input) { program { ${PROGRAM} } ${ERRORS} } }`,
  retireProgram: `mutation($input: RetireTrainingProgramInput!) { retireTrainingProgram(input: $input) { program { ${PROGRAM} } ${ERRORS} } }`,
  schedule: `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { session { ${SESSION} } ${ERRORS} } }`,
  updateSession: `mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { session { ${SESSION} } promoted { ${ENROLMENT} } ${ERRORS} } }`,
  cancelSession: `mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { session { ${SESSION} } withdrawn { ${ENROLMENT} } ${ERRORS} } }`,
  enrol: `mutation($input: EnrolEmployeesInput!) { enrolEmployees(input: $input) { session { id } results { outcome employee { id } enrolment { ${ENROLMENT} } reason { code field message rule } } ${ERRORS} } }`,
  withdraw: `mutation($input: WithdrawEnrolmentInput!) { withdrawEnrolment(input: $input) { enrolment { ${ENROLMENT} } promoted { ${ENROLMENT} } ${ERRORS} } }`,
  attend: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { enrolments { ${ENROLMENT} } ${ERRORS} } }`,
  complete: `mutation($input: RecordCompletionsInput!) { recordCompletions(input: $input) { enrolments { ${ENROLMENT} } ${ERRORS} } }`,
};

export type Program = {
  id: string;
  code: string;
  name: string;
  kind: string;
  jp: number;
  retired: boolean;
  version: number;
};
export type Session = {
  id: string;
  startDate: string;
  endDate: string;
  capacity: number;
  cancelled: boolean;
  cancelReason: string | null;
  version: number;
};
export type Enrolment = {
  id: string;
  status: string;
  waitlistPosition: number | null;
  jpCredited: number | null;
  score: number | null;
  completedOn: string | null;
  version: number;
  employee: { id: string };
};
export type EnrolResult = {
  outcome: string;
  employee: { id: string } | null;
  enrolment: Enrolment | null;
  reason: Errors[number] | null;
};

/** The one field of a mutation's data, failing loudly on a top-level error. */
export const call = async <T>(client: TestClient, query: string, input: Record<string, unknown>): Promise<T> => {
  const res = await client.gql<Record<string, T>>(query, { input });
  if (res.errors) throw new Error(`top-level errors: ${res.errors.map((e) => e.message).join('; ')}`);
  const value = Object.values(res.data ?? {})[0];
  if (value === undefined) throw new Error(`no data: ${JSON.stringify(res)}`);
  return value;
};

export const employeeGid = (id: number) => encodeGlobalID('Employee', id);
export const dbId = (gid: string) => Number(Buffer.from(gid, 'base64').toString('utf8').split(':')[1]);

/** Employees of an instansi (by code) with no enrolment on the session, in id order. */
export const employeesOf = async (api: TestApi, instansiCode: string, count: number, offset = 0): Promise<number[]> =>
  (
    await api.db
      .selectFrom('employee as e')
      .innerJoin('instansi as i', 'i.id', 'e.instansi_id')
      .select('e.id')
      .where('i.code', '=', instansiCode)
      .orderBy('e.id')
      .offset(offset)
      .limit(count)
      .execute()
  ).map((r) => r.id);

/** How many rows the training tables and the audit log hold: a refused mutation leaves them all unchanged. */
export const counts = async (api: TestApi) => {
  const { rows } = await sql<{
    programs: number;
    sessions: number;
    enrolments: number;
    audits: number;
    versions: number;
  }>`
    select (select count(*)::int from training_program) as programs,
      (select count(*)::int from training_session) as sessions,
      (select count(*)::int from enrolment) as enrolments,
      (select count(*)::int from audit_log) as audits,
      (select coalesce(sum(version), 0)::int from enrolment) + (select coalesce(sum(version), 0)::int from training_session)
        + (select coalesce(sum(version), 0)::int from training_program) as versions`.execute(api.db);
  const row = rows[0];
  if (!row) throw new Error('no counts');
  return row;
};
