import {
  ENROLMENT_STATUSES,
  type EnrolmentStatus as EnrolmentStatusValue,
  TRAINING_KINDS,
  type TrainingKind as TrainingKindValue,
} from '@kinerja/domain';
import { builder } from '../builder.js';
import { reads } from '../query/columns.js';
import { listTypes } from '../query/list-types.js';
import { type EntitySpec, enumKind, toMany, toOne } from '../query/spec.js';
import { EmployeeType, employeeSpec } from './employee.js';
import { nestedListField, rootListField, specFields, toOneField } from './entity.js';
import { implementNode, nodeRef } from './node.js';
import type { DbRow } from './rows.js';

/** The kind of the program of a session, for grouping enrolments and sessions (DEV-2). */
const programColumnOfSession = (sessionIdSql: string, column: string) =>
  `(select p.${column} from training_session s join training_program p on p.id = s.program_id where s.id = ${sessionIdSql})`;

/** A training program (program pengembangan kompetensi): kind, competency area, JP, provider (DEV-2). */
export const programSpec: EntitySpec = {
  name: 'TrainingProgram',
  table: 'training_program',
  key: 'id',
  fields: {
    id: { column: 'id', kind: { type: 'ID', of: 'TrainingProgram' }, description: 'The program.', hidden: true },
    code: { column: 'code', kind: { type: 'String' }, description: 'Code (kode program).', orderable: true },
    name: { column: 'name', kind: { type: 'String' }, description: 'Name (nama program).', orderable: true },
    kind: {
      column: 'kind',
      kind: enumKind('TrainingKind', TRAINING_KINDS),
      description: 'Kind of development (DEV-2).',
      groupBy: 'KIND',
    },
    competencyArea: {
      column: 'competency_area',
      kind: { type: 'String' },
      description: 'Competency area developed.',
      orderable: true,
      groupBy: 'COMPETENCY_AREA',
    },
    jp: { column: 'jp', kind: { type: 'Int' }, description: 'Training hours (JP).', orderable: true, aggregate: true },
    provider: {
      column: 'provider',
      kind: { type: 'String' },
      description: 'Provider (penyelenggara).',
      orderable: true,
      groupBy: 'PROVIDER',
    },
    isIt: {
      column: 'is_it',
      kind: { type: 'Boolean' },
      description: 'Information-system or IT training (technical, DEV-2).',
      groupBy: 'IS_IT',
    },
    description: { column: 'description', kind: { type: 'String' }, description: 'Description.', nullable: true },
    instansiId: {
      column: 'instansi_id',
      kind: { type: 'ID', of: 'Instansi' },
      description: 'The instansi.',
      hidden: true,
      groupBy: 'INSTANSI',
    },
  },
  relations: {
    sessions: toMany(() => sessionSpec, 'program_id', 'The sessions match.'),
  },
  defaultOrder: [{ field: 'name' }],
};

/** A scheduled session of a program: dates, place or link, capacity (DEV-3). */
export const sessionSpec: EntitySpec = {
  name: 'TrainingSession',
  table: 'training_session',
  key: 'id',
  fields: {
    id: { column: 'id', kind: { type: 'ID', of: 'TrainingSession' }, description: 'The session.', hidden: true },
    startDate: { column: 'start_date', kind: { type: 'Date' }, description: 'First day.', orderable: true },
    endDate: { column: 'end_date', kind: { type: 'Date' }, description: 'Last day.', orderable: true },
    place: { column: 'place', kind: { type: 'String' }, description: 'Place (tempat).', nullable: true },
    link: { column: 'link', kind: { type: 'String' }, description: 'Link for online sessions.', nullable: true },
    capacity: {
      column: 'capacity',
      kind: { type: 'Int' },
      description: 'Places (kapasitas).',
      orderable: true,
      aggregate: true,
    },
    programId: {
      column: 'program_id',
      kind: { type: 'ID', of: 'TrainingProgram' },
      description: 'The program.',
      hidden: true,
      groupBy: 'PROGRAM',
    },
  },
  relations: {
    program: toOne(() => programSpec, 'program_id', 'The program matches.'),
    enrolments: toMany(() => enrolmentSpec, 'session_id', 'The enrolments match.'),
  },
  groupKeys: [
    {
      name: 'MONTH',
      description: 'The month the session starts (YYYY-MM).',
      sql: (a) => `to_char(${a}.start_date, 'YYYY-MM')`,
    },
    {
      name: 'YEAR',
      description: 'The year the session starts.',
      sql: (a) => `extract(year from ${a}.start_date)::int`,
    },
    {
      name: 'TRAINING_KIND',
      description: 'The kind of the program (DEV-2).',
      sql: (a) => `(select p.kind from training_program p where p.id = ${a}.program_id)`,
    },
  ],
  defaultOrder: [{ field: 'startDate' }],
};

/** An employee in a session: status, JP credited, score (DEV-1/3). */
export const enrolmentSpec: EntitySpec = {
  name: 'Enrolment',
  table: 'enrolment',
  key: 'id',
  fields: {
    id: { column: 'id', kind: { type: 'ID', of: 'Enrolment' }, description: 'The enrolment.', hidden: true },
    status: {
      column: 'status',
      kind: enumKind('EnrolmentStatus', ENROLMENT_STATUSES),
      description: 'Status (DEV-3).',
      groupBy: 'STATUS',
    },
    waitlistPosition: {
      column: 'waitlist_position',
      kind: { type: 'Int' },
      description: 'Place on the waitlist.',
      nullable: true,
      orderable: true,
    },
    jpCredited: {
      column: 'jp_credited',
      kind: { type: 'Int' },
      description: 'JP credited on completion (DEV-1).',
      nullable: true,
      aggregate: true,
    },
    score: {
      column: 'score',
      kind: { type: 'Float' },
      description: 'Score (nilai).',
      nullable: true,
      orderable: true,
      aggregate: true,
    },
    completedOn: {
      column: 'completed_on',
      kind: { type: 'Date' },
      description: 'Completion date.',
      nullable: true,
      orderable: true,
    },
    sessionId: {
      column: 'session_id',
      kind: { type: 'ID', of: 'TrainingSession' },
      description: 'The session.',
      hidden: true,
      groupBy: 'SESSION',
    },
    employeeId: {
      column: 'employee_id',
      kind: { type: 'ID', of: 'Employee' },
      description: 'The employee.',
      hidden: true,
    },
  },
  relations: {
    session: toOne(() => sessionSpec, 'session_id', 'The session matches.'),
    employee: toOne(() => employeeSpec, 'employee_id', 'The employee matches.'),
  },
  groupKeys: [
    {
      name: 'COMPLETION_MONTH',
      description: 'The month of completion (YYYY-MM).',
      sql: (a) => `to_char(${a}.completed_on, 'YYYY-MM')`,
    },
    {
      name: 'TRAINING_KIND',
      description: 'The kind of the program (DEV-2).',
      sql: (a) => programColumnOfSession(`${a}.session_id`, 'kind'),
    },
    {
      name: 'IS_IT',
      description: 'IT or information-system training.',
      sql: (a) => programColumnOfSession(`${a}.session_id`, 'is_it'),
    },
    {
      name: 'YEAR',
      description: 'The year the session starts.',
      sql: (a) => `(select extract(year from s.start_date)::int from training_session s where s.id = ${a}.session_id)`,
    },
  ],
  defaultOrder: [],
};

export const ProgramType = nodeRef<DbRow<'training_program'>>('TrainingProgram', 'training_program');
implementNode(ProgramType, 'training_program', 'A training program (program pengembangan kompetensi), DEV-2.', (t) => ({
  ...specFields(t, programSpec),
  retired: t.boolean({
    ...reads('retired_at'),
    description: 'Retired programs take no new sessions.',
    resolve: (p: DbRow<'training_program'>) => p.retired_at !== null,
  }),
  sessions: nestedListField(t, listTypes(sessionSpec, SessionType), 'Scheduled sessions.', 'program_id'),
}));

export const SessionType = nodeRef<DbRow<'training_session'>>('TrainingSession', 'training_session');
implementNode(SessionType, 'training_session', 'A scheduled session of a training program (DEV-3).', (t) => ({
  ...specFields(t, sessionSpec),
  program: toOneField(t, ProgramType, 'training_program', 'program_id', 'The program.'),
  enrolments: nestedListField(
    t,
    listTypes(enrolmentSpec, EnrolmentType),
    'Who is enrolled, waitlisted or done.',
    'session_id',
  ),
}));

export const EnrolmentType = nodeRef<DbRow<'enrolment'>>('Enrolment', 'enrolment');
implementNode(EnrolmentType, 'enrolment', 'An employee enrolled in a training session (DEV-3).', (t) => ({
  ...specFields(t, enrolmentSpec),
  session: toOneField(t, SessionType, 'training_session', 'session_id', 'The session.'),
  employee: toOneField(t, EmployeeType, 'employee', 'employee_id', 'The employee.'),
}));

builder.queryFields((t) => ({
  trainingPrograms: rootListField(
    t,
    listTypes(programSpec, ProgramType),
    'Training programs, with filters, order, pages and aggregates.',
  ),
  trainingSessions: rootListField(
    t,
    listTypes(sessionSpec, SessionType),
    'Training sessions, with filters, order, pages and aggregates.',
  ),
  enrolments: rootListField(
    t,
    listTypes(enrolmentSpec, EnrolmentType),
    'Enrolments, with filters, order, pages and aggregates.',
  ),
}));

export type { EnrolmentStatusValue, TrainingKindValue };
