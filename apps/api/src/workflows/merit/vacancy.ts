import {
  date,
  type IsoDate,
  lastCompletedYear,
  type ManagerialTarget,
  proposeCandidate,
  type RankedCandidate,
  rankCandidates,
  rankCandidatesPage,
  trainingStatus,
  type VacancyCandidate,
} from '@kinerja/domain';
import { requireAdminOf } from '../../auth/access.js';
import { hasRole } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { lockRow, type TxContext } from '../../mutation/run.js';
import { fail, fromDomainError, UserFault } from '../../mutation/user-error.js';
import { inputError } from '../../query/errors.js';
import { loadUnscoped } from '../../query/load.js';
import { CheckType } from '../../schema/decision.js';
import { EmployeeType, ManagerialTargetEnum } from '../../schema/employee.js';
import { toOneField } from '../../schema/entity.js';
import { Predikat as PredikatEnum } from '../../schema/enums.js';
import { policyFor } from '../../schema/facts.js';
import { implementNode, nodeRef } from '../../schema/node.js';
import type { DbRow } from '../../schema/rows.js';
import { UnitType } from '../../schema/unit.js';
import { loadCandidateFacts } from './candidate-facts.js';
import { keyOf, optionalText, requiredNote } from './common.js';

type VacancyRow = DbRow<'vacancy'>;

/** MERIT-6: one candidate on a vacancy's list: the domain's ranking and reasons (the employee loads per page). */
type CandidateRow = RankedCandidate;

const VacancyStatus = builder.enumType('VacancyStatus', {
  description: 'Where a managerial vacancy stands (MERIT-6).',
  values: {
    OPEN: { description: 'Open: candidates are being considered.' },
    FILLED: { description: 'A candidate was selected (the decision is recorded).' },
    CLOSED: { description: 'Closed without a selection.' },
  },
});

const CandidateType = builder.objectRef<CandidateRow>('VacancyCandidate').implement({
  description:
    'An employee considered for a managerial vacancy (MERIT-6): eligible or not for its level (MERIT-3), in the succession group or not (MERIT-5), with every check.',
  fields: (t) => ({
    employee: t.field({
      type: EmployeeType,
      description: 'The employee.',
      // Only the candidates returned are loaded whole, in one statement for the page.
      resolve: async (c, _, ctx) => {
        const row = await loadUnscoped(ctx, 'employee', 'id', Number(c.id));
        if (!row) throw new Error(`candidate ${c.id} is not an employee`);
        return row as DbRow<'employee'>;
      },
    }),
    rank: t.int({
      nullable: true,
      description: '1-based place among the eligible; null for an ineligible candidate.',
      resolve: (c) => c.rank,
    }),
    eligible: t.exposeBoolean('eligible', { description: 'Meets every requirement of the level (MERIT-3).' }),
    successionMember: t.exposeBoolean('successionMember', { description: 'In the succession group (MERIT-5).' }),
    talentBox: t.int({ nullable: true, description: 'Talent box 1-9 (MERIT-4).', resolve: (c) => c.talentBox }),
    latestPredikat: t.field({
      type: PredikatEnum,
      nullable: true,
      description: 'The annual predikat of the last completed year.',
      resolve: (c) => c.latestPredikat,
    }),
    potentialScore: t.float({
      nullable: true,
      description: 'Latest potential score.',
      resolve: (c) => c.potentialScore,
    }),
    competencyMatch: t.float({
      nullable: true,
      description: 'The latest competency score (how well the candidate matches, 0-100).',
      resolve: (c) => c.competencyMatch,
    }),
    serviceYears: t.exposeInt('serviceYears', { description: 'Whole years of service.' }),
    checks: t.field({
      type: [CheckType],
      description: 'MERIT-6’s own check first, then every check of MERIT-3 and MERIT-5, held or not.',
      resolve: (c) => [...c.checks],
    }),
  }),
});

/**
 * MERIT-6: every PNS of the vacancy's instansi who holds a pangkat, as the domain's candidates, on the facts loaded
 * per fact table for the whole instansi in one statement each (`loadCandidateFacts`). Competence is judged against
 * the standard of the vacancy's level in the candidate's job family when there is one, otherwise by the latest
 * assessment's own verdict.
 */
const candidatesFor = async (ctx: Context, vacancy: VacancyRow, on: IsoDate) => {
  const target = vacancy.target as ManagerialTarget;
  const lastYear = lastCompletedYear(on);
  const [facts, standards, policy] = await Promise.all([
    loadCandidateFacts(ctx, vacancy.instansi_id, lastYear),
    ctx.db
      .selectFrom('competency_standard')
      .select(['competency_area', 'min_score'])
      .where('instansi_id', '=', vacancy.instansi_id)
      .where('jabatan_level', '=', target)
      .execute(),
    policyFor(ctx, vacancy.instansi_id, on),
  ]);
  const minScoreOf = new Map(standards.map((s) => [s.competency_area, Number(s.min_score)]));
  const candidates = facts.map(({ employee: e, competency, ...f }): VacancyCandidate => {
    const min = minScoreOf.get(e.competencyArea);
    const { year, jpDone, jpTarget, met } = trainingStatus({
      year: lastYear,
      employment: e.employment,
      enrolments: f.enrolments,
      policy,
    });
    return {
      id: String(e.id),
      birthDate: date(e.birthDate),
      education: e.education,
      pangkat: e.pangkat,
      jabatanHistory: f.jabatanHistory,
      serviceStart: date(e.serviceStart),
      annualPredikats: f.annualPredikats,
      competencyMeetsStandard:
        competency === null ? null : min !== undefined ? competency.score >= min : competency.meetsStandard,
      sanctions: f.sanctions,
      potentialScore: f.potentialScore,
      competencyMatch: competency?.score ?? null,
      trainingLastYear: { year, jpDone, jpTarget, met },
    };
  });
  return {
    /** A page of the whole list (`rankCandidatesPage`: the ineligible judged only when the page reaches them). */
    page: (page: { readonly first: number; readonly eligibleOnly: boolean }) =>
      rankCandidatesPage(target, candidates, on, policy, page),
    /** The candidate with this id judged alone (never ranked: the rank of an eligible one is the list's). */
    alone: (id: string) =>
      rankCandidates(
        target,
        candidates.filter((c) => c.id === id),
        on,
        policy,
      ),
    count: candidates.length,
  };
};

/** MERIT-6: the first `first` entries of a vacancy's candidate list on a date (of its eligible part, `eligibleOnly`). */
const candidatesOf = async (
  ctx: Context,
  vacancy: VacancyRow,
  on: IsoDate,
  page: { readonly first: number; readonly eligibleOnly: boolean },
): Promise<readonly CandidateRow[]> => (await candidatesFor(ctx, vacancy, on)).page(page);

/**
 * MERIT-6: the part of the candidate list a selection of `employeeId` is decided on: every eligible candidate,
 * ranked as on the whole list, and the employee asked about when they are an ineligible candidate (with their
 * reasons); the same entry `proposeCandidate` finds on the whole list.
 */
const selectionListOf = async (
  ctx: Context,
  vacancy: VacancyRow,
  on: IsoDate,
  employeeId: string,
): Promise<readonly RankedCandidate[]> => {
  const list = await candidatesFor(ctx, vacancy, on);
  const eligible = list.page({ first: list.count, eligibleOnly: true });
  return eligible.some((c) => c.id === employeeId) ? eligible : [...eligible, ...list.alone(employeeId)];
};

export const VacancyType = nodeRef<VacancyRow>('Vacancy', 'vacancy');
implementNode(
  VacancyType,
  'vacancy',
  'A managerial post to fill (MERIT-6): its level, the ranked candidates with their reasons, and the recorded decision.',
  (t) => ({
    target: t.field({
      type: ManagerialTargetEnum,
      description: 'The managerial level (MERIT-3).',
      resolve: (v: VacancyRow) => v.target,
    }),
    title: t.exposeString('title', { description: 'The position (nama jabatan).' }),
    unit: toOneField(t, UnitType, 'unit', 'unit_id', 'The unit the post is in.'),
    openedOn: t.field({
      type: 'Date',
      description: 'Opened on; candidates are judged on this day (registration).',
      resolve: (v: VacancyRow) => v.opened_on,
    }),
    status: t.field({
      type: VacancyStatus,
      description: 'OPEN, FILLED or CLOSED.',
      resolve: (v: VacancyRow) => v.status,
    }),
    selected: toOneField(t, EmployeeType, 'employee', 'selected_employee_id', 'The candidate selected.', true),
    selectionChecks: t.field({
      type: [CheckType],
      nullable: true,
      description: 'The selected candidate’s checks when the decision was made.',
      resolve: (v: VacancyRow) => (v.selection_checks as unknown as readonly never[] | null) ?? null,
    }),
    decisionNote: t.string({
      nullable: true,
      description: 'Why this decision (the selection or the closing).',
      resolve: (v: VacancyRow) => v.decision_note,
    }),
    decidedAt: t.string({
      nullable: true,
      description: 'When the selection was recorded (ISO timestamp).',
      resolve: (v: VacancyRow) => (v.decided_at ? new Date(v.decided_at as unknown as string).toISOString() : null),
    }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Filled or closed on.',
      resolve: (v: VacancyRow) => v.closed_on,
    }),
    version: t.exposeInt('version', { description: 'The version, for edits (a stale one is a CONFLICT).' }),
    candidates: t.field({
      type: [CandidateType],
      description:
        'The candidate list (MERIT-6), for the instansi’s administrators (FORBIDDEN to others): eligible candidates first in rank order (succession group, talent box, latest predikat, potential, competency, service), then the ineligible ones, each with every check.',
      args: {
        on: t.arg({ type: 'Date', required: false, description: 'Judge on this day (default: the opening day).' }),
        eligibleOnly: t.arg.boolean({ required: false, description: 'Only the eligible candidates.' }),
        first: t.arg.int({ required: false, description: 'At most this many (default 100, at most 1000).' }),
      },
      resolve: async (
        v: VacancyRow,
        args: { on?: string | null; eligibleOnly?: boolean | null; first?: number | null },
        ctx: Context,
      ) => {
        // Every candidate's checks are personal data: the instansi's administrators decide, and only they read them.
        if (!hasRole(ctx.viewer, 'ADMIN') || ctx.viewer.instansiId !== v.instansi_id)
          throw inputError('only an administrator of the instansi may read the candidate list', 'FORBIDDEN');
        const first = Math.min(Math.max(args.first ?? 100, 0), 1000);
        return candidatesOf(ctx, v, date(args.on ?? v.opened_on), { first, eligibleOnly: args.eligibleOnly ?? false });
      },
    }),
  }),
);

builder.queryFields((t) => ({
  vacancies: t.field({
    type: [VacancyType],
    description:
      'The managerial vacancies of your instansi, newest first (MERIT-6); for its administrators (empty for other roles).',
    args: {
      status: t.arg({ type: VacancyStatus, required: false, description: 'Only those in this status.' }),
    },
    resolve: async (_root, args, ctx) => {
      if (!hasRole(ctx.viewer, 'ADMIN')) return [];
      let q = ctx.db.selectFrom('vacancy').selectAll().where('instansi_id', '=', ctx.viewer.instansiId);
      if (args.status) q = q.where('status', '=', args.status);
      return q.orderBy('opened_on', 'desc').orderBy('id', 'desc').execute();
    },
  }),
}));

/** Locks a vacancy and checks the version the user read and that it is still OPEN; ADMIN of its instansi. */
const lockOpenVacancy = async (tx: TxContext, globalId: string, version: number): Promise<VacancyRow> => {
  const id = keyOf(globalId, 'Vacancy', ['vacancyId']);
  const row =
    ((await lockRow(tx, 'vacancy', id)) as VacancyRow | null) ??
    fail('NOT_FOUND', `vacancy ${id} does not exist`, ['input', 'vacancyId']);
  requireAdminOf(tx, row.instansi_id);
  if (row.version !== version)
    fail(
      'CONFLICT',
      `vacancy ${id} was changed by someone else (version ${row.version}, you had ${version}): reload it`,
      ['input', 'version'],
    );
  if (row.status !== 'OPEN') fail('INVALID_STATE', `vacancy ${id} is ${row.status}, not OPEN`, ['input', 'vacancyId']);
  return row;
};

defineMutation({
  name: 'openVacancy',
  description:
    'Opens a managerial vacancy in a unit for a level (MERIT-6); its candidate list is computed by the domain. ADMIN of the unit’s instansi.',
  input: (t) => ({
    unitId: t.id({ required: true, description: 'The unit the post is in.' }),
    target: t.field({ type: ManagerialTargetEnum, required: true, description: 'The managerial level.' }),
    title: t.string({ required: true, description: 'The position (nama jabatan).' }),
    openedOn: t.field({
      type: 'Date',
      required: false,
      description: 'The registration day the candidates are judged on (default: today; not in the future).',
    }),
  }),
  run: async (tx, input) => {
    const unitId = keyOf(String(input.unitId), 'Unit', ['unitId']);
    const unit =
      (await tx.db.selectFrom('unit').select(['id', 'instansi_id']).where('id', '=', unitId).executeTakeFirst()) ??
      fail('NOT_FOUND', `unit ${unitId} does not exist`, ['input', 'unitId']);
    requireAdminOf(tx, unit.instansi_id);
    const title = requiredNote(input.title, ['title'], 'the title of the position');
    if (title.length > 200) fail('INVALID_INPUT', 'at most 200 characters', ['input', 'title']);
    const openedOn = input.openedOn ?? tx.today;
    if (openedOn > tx.today)
      fail('INVALID_INPUT', `a vacancy cannot open after today (${tx.today})`, ['input', 'openedOn']);
    const vacancy = await tx.db
      .insertInto('vacancy')
      .values({
        instansi_id: unit.instansi_id,
        unit_id: unit.id,
        target: input.target,
        title,
        opened_on: openedOn,
        opened_by_id: tx.viewer.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'vacancy', entityId: vacancy.id, new: vacancy }]);
    return { vacancy };
  },
  payload: (t) => ({
    vacancy: t.field({
      type: VacancyType,
      nullable: true,
      description: 'The vacancy opened.',
      resolve: (p) => p.vacancy,
    }),
  }),
});

defineMutation({
  name: 'recordSelection',
  description:
    'Records the selection decision for an OPEN vacancy (MERIT-6): only an eligible candidate on its list can be chosen; the choice is a person’s and is recorded with who, when, why and the candidate’s checks. ADMIN of the instansi.',
  input: (t) => ({
    vacancyId: t.id({ required: true, description: 'The vacancy.' }),
    version: t.int({ required: true, description: 'The version you read (a stale one is a CONFLICT).' }),
    employeeId: t.id({ required: true, description: 'The candidate chosen.' }),
    note: t.string({ required: true, description: 'Why this candidate (recorded with the decision).' }),
  }),
  run: async (tx, input) => {
    const vacancy = await lockOpenVacancy(tx, String(input.vacancyId), input.version);
    const employeeId = keyOf(String(input.employeeId), 'Employee', ['employeeId']);
    const note = requiredNote(input.note, ['note'], 'why this candidate is chosen');
    const list = await selectionListOf(tx, vacancy, date(vacancy.opened_on), String(employeeId));
    const proposed = proposeCandidate(list, String(employeeId));
    if (!proposed.ok)
      throw new UserFault([
        {
          ...fromDomainError(
            proposed.error,
            proposed.error.code === 'UNKNOWN_REFERENCE' ? 'NOT_FOUND' : 'RULE_VIOLATION',
            ['input', 'employeeId'],
          ),
          field: ['input', 'employeeId'],
          rule: 'MERIT-6',
        },
      ]);
    const updated = await updateVersioned(tx, {
      table: 'vacancy',
      id: vacancy.id,
      version: input.version,
      set: {
        status: 'FILLED',
        selected_employee_id: employeeId,
        selection_checks: JSON.stringify(proposed.value.checks),
        decided_by_id: tx.viewer.userId,
        decided_at: new Date().toISOString(),
        decision_note: note,
        closed_on: tx.today,
      },
      reason: note,
    });
    return { vacancy: updated, candidate: list.find((c) => c.id === String(employeeId)) ?? null };
  },
  payload: (t) => ({
    vacancy: t.field({
      type: VacancyType,
      nullable: true,
      description: 'The vacancy, now FILLED.',
      resolve: (p) => p.vacancy,
    }),
    candidate: t.field({
      type: CandidateType,
      nullable: true,
      description: 'The candidate chosen, with the checks the decision was made on.',
      resolve: (p) => p.candidate,
    }),
  }),
});

defineMutation({
  name: 'closeVacancy',
  description: 'Closes an OPEN vacancy without a selection, with the reason (MERIT-6). ADMIN of the instansi.',
  input: (t) => ({
    vacancyId: t.id({ required: true, description: 'The vacancy.' }),
    version: t.int({ required: true, description: 'The version you read (a stale one is a CONFLICT).' }),
    reason: t.string({ required: true, description: 'Why it closes unfilled.' }),
  }),
  run: async (tx, input) => {
    const vacancy = await lockOpenVacancy(tx, String(input.vacancyId), input.version);
    const reason = requiredNote(input.reason, ['reason'], 'why the vacancy closes');
    const updated = await updateVersioned(tx, {
      table: 'vacancy',
      id: vacancy.id,
      version: input.version,
      set: { status: 'CLOSED', decision_note: optionalText(reason, ['reason'], 2000), closed_on: tx.today },
      reason,
    });
    return { vacancy: updated };
  },
  payload: (t) => ({
    vacancy: t.field({
      type: VacancyType,
      nullable: true,
      description: 'The vacancy, now CLOSED.',
      resolve: (p) => p.vacancy,
    }),
  }),
});
