import {
  type BerakhlakValue,
  type Check,
  checkSkpComplete,
  checkSkpEditable,
  type IkiAspect,
  type RhkJenis,
  type SkpAction,
  transitionSkp,
  validateSkpContent,
} from '@kinerja/domain';
import { hasRole } from '../../auth/viewer.js';
import { builder, type Types } from '../../builder.js';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation, type Payload } from '../../mutation/define.js';
import type { TxContext } from '../../mutation/run.js';
import { fail, UserFault, userError } from '../../mutation/user-error.js';
import { CheckType } from '../../schema/decision.js';
import type { DbRow } from '../../schema/rows.js';
import { BehaviourType, IkiType, RhkType, SkpType } from '../../schema/skp.js';
import { findEmployee, keyOf, requiredNote } from '../merit/common.js';
import {
  checkVersion,
  chooseEvaluator,
  lockSkp,
  now,
  orRefuse,
  policyOfYear,
  requireEmployeeOrEvaluatorOf,
  requireEvaluatorOf,
  requireOwnSkp,
  type SkpRow,
  viewerEmployee,
  workflowSubject,
} from './common.js';
import {
  evaluatorRhkIds,
  ikiOf,
  loadContent,
  refuseIssues,
  targetColumns,
  targetOf,
  validateOneRhk,
} from './content.js';
import { BerakhlakValueEnum, IkiAspectEnum, RhkJenisEnum } from './types.js';

/** EVAL-3/4/9: the plan of an SKP (results, indicators, behaviour expectations) and its way to APPROVED. */

/** The plan is open only while the SKP is DRAFT (EVAL-9). */
const requirePlanOpen = (skp: SkpRow) => orRefuse(checkSkpEditable(skp.state, 'PLAN'));

defineMutation({
  name: 'createSkp',
  description:
    'Starts the SKP of an employee for a year, as a DRAFT (EVAL-3/9). The evaluator is the head of the employee’s unit, or of the parent unit for that head (EVAL-9). The employee (for themself) or that evaluator.',
  input: (t) => ({
    employeeId: t.id({ required: true, description: 'The employee whose SKP it is.' }),
    year: t.int({ required: true, description: 'The year (tahun penilaian).' }),
  }),
  run: async (tx, input) => {
    const me = viewerEmployee(tx);
    const employee = await findEmployee(tx, keyOf(String(input.employeeId), 'Employee', ['employeeId']), [
      'employeeId',
    ]);
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
      fail('INVALID_INPUT', `${input.year} is not a year the system keeps (2000-2100)`, ['input', 'year']);
    const { unit, choice } = await chooseEvaluator(tx, employee);
    const evaluator = orRefuse(choice, ['input', 'employeeId']);
    const evaluatorId = Number(evaluator.evaluatorId);
    const self = employee.id === me && hasRole(tx.viewer, 'EMPLOYEE');
    const asEvaluator = evaluatorId === me && hasRole(tx.viewer, 'EVALUATOR');
    if (!self && !asEvaluator)
      fail('FORBIDDEN', 'only the employee (for themself) or their evaluator may start an SKP', null, 'EVAL-9');
    const existing = await tx.db
      .selectFrom('skp')
      .select('id')
      .where('employee_id', '=', employee.id)
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (existing) fail('DUPLICATE', `employee ${employee.id} already has an SKP for ${input.year}`, ['input', 'year']);
    const evaluatorRow = await findEmployee(tx, evaluatorId, ['employeeId']);
    const superior = (await chooseEvaluator(tx, evaluatorRow)).choice;
    const superiorId =
      superior.ok && ![employee.id, evaluatorId].includes(Number(superior.value.evaluatorId))
        ? Number(superior.value.evaluatorId)
        : null;
    const skp = await tx.db
      .insertInto('skp')
      .values({
        employee_id: employee.id,
        year: input.year,
        unit_id: unit.id,
        evaluator_id: evaluatorId,
        evaluator_superior_id: superiorId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'skp', entityId: skp.id, new: skp }]);
    return { skp, checks: evaluator.checks };
  },
  payload: (t) => ({
    skp: t.field({ type: SkpType, nullable: true, description: 'The new SKP, DRAFT.', resolve: (p) => p.skp }),
    checks: t.field({
      type: [CheckType],
      nullable: true,
      description: 'Why this evaluator (EVAL-9).',
      resolve: (p) => (p.checks ? [...p.checks] : null),
    }),
  }),
});

const rhkInput = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  jenis: t.field({ type: RhkJenisEnum, required: true, description: 'UTAMA or TAMBAHAN.' }),
  description: t.string({ required: true, description: 'The planned result.' }),
  parentRhkId: t.id({
    required: false,
    description: 'The evaluator’s result (RHK) of the same year this one supports (cascading); null for none.',
  }),
});

const parentKey = (id: string | number | null | undefined) =>
  id === null || id === undefined ? null : keyOf(String(id), 'Rhk', ['parentRhkId']);

/** Locks an RHK with its SKP. */
const lockRhk = (tx: TxContext, globalId: string, field = 'id') =>
  lockRhkById(tx, keyOf(globalId, 'Rhk', [field]), field);

const lockRhkById = async (tx: TxContext, id: number, field = 'id') => {
  const rhk =
    (await tx.db.selectFrom('skp_rhk').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()) ??
    fail('NOT_FOUND', `result (RHK) ${id} does not exist`, ['input', field]);
  const skp = await tx.db
    .selectFrom('skp')
    .selectAll()
    .where('id', '=', rhk.skp_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { rhk, skp };
};

/** Locks an IKI with its RHK and SKP. */
const lockIki = async (tx: TxContext, globalId: string) => {
  const id = keyOf(globalId, 'Iki', ['id']);
  const iki =
    (await tx.db.selectFrom('skp_iki').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()) ??
    fail('NOT_FOUND', `indicator (IKI) ${id} does not exist`, ['input', 'id']);
  const { rhk, skp } = await lockRhkById(tx, iki.rhk_id);
  return { iki, rhk, skp };
};

const rhkDomain = (
  rhk: { id: number; jenis: string; description: string; parent_rhk_id: number | null },
  ikis: readonly DbRow<'skp_iki'>[] = [],
) => ({
  id: String(rhk.id),
  jenis: rhk.jenis as RhkJenis,
  description: rhk.description,
  parentRhkId: rhk.parent_rhk_id === null ? null : String(rhk.parent_rhk_id),
  ikis: ikis.map((i) => ikiOf(i)),
});

defineMutation({
  name: 'addSkpResult',
  description:
    'Adds a planned result (RHK) to a DRAFT SKP, optionally supporting one of the evaluator’s results (cascading, EVAL-3). The employee or the evaluator.',
  input: (t) => ({
    skpId: t.id({ required: true, description: 'The SKP.' }),
    ...rhkInput(t),
  }),
  run: async (tx, input) => {
    const skp = await lockSkp(tx, String(input.skpId), ['skpId']);
    requireEmployeeOrEvaluatorOf(tx, skp, 'plan its results');
    requirePlanOpen(skp);
    const description = input.description.trim();
    const parentId = parentKey(input.parentRhkId);
    await validateOneRhk(
      tx,
      skp,
      rhkDomain({ id: 0, jenis: input.jenis as string, description, parent_rhk_id: parentId }),
      await policyOfYear(tx, (await findEmployee(tx, skp.employee_id, ['skpId'])).instansi_id, skp.year),
    );
    const last = await tx.db
      .selectFrom('skp_rhk')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('skp_id', '=', skp.id)
      .executeTakeFirst();
    const rhk = await tx.db
      .insertInto('skp_rhk')
      .values({
        skp_id: skp.id,
        position: Number(last?.p ?? 0) + 1,
        jenis: input.jenis as RhkJenis,
        description,
        parent_rhk_id: parentId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'skp_rhk', entityId: rhk.id, new: rhk }]);
    return { result: rhk, skp };
  },
  payload: (t) => ({
    result: t.field({ type: RhkType, nullable: true, description: 'The new result.', resolve: (p) => p.result }),
    skp: t.field({ type: SkpType, nullable: true, description: 'The SKP.', resolve: (p) => p.skp }),
  }),
});

defineMutation({
  name: 'updateSkpResult',
  description: 'Changes a result (RHK) of a DRAFT SKP (EVAL-3). The employee or the evaluator.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The result.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    ...rhkInput(t),
  }),
  run: async (tx, input) => {
    const { rhk, skp } = await lockRhk(tx, String(input.id));
    requireEmployeeOrEvaluatorOf(tx, skp, 'plan its results');
    checkVersion(rhk, input.version, `result (RHK) ${rhk.id}`);
    requirePlanOpen(skp);
    const description = input.description.trim();
    const parentId = parentKey(input.parentRhkId);
    await validateOneRhk(
      tx,
      skp,
      rhkDomain({ id: rhk.id, jenis: input.jenis as string, description, parent_rhk_id: parentId }),
      await policyOfYear(tx, (await findEmployee(tx, skp.employee_id, ['id'])).instansi_id, skp.year),
    );
    const result = await updateVersioned(tx, {
      table: 'skp_rhk',
      id: rhk.id,
      version: input.version,
      set: { jenis: input.jenis, description, parent_rhk_id: parentId },
    });
    return { result };
  },
  payload: (t) => ({
    result: t.field({ type: RhkType, nullable: true, description: 'The result as changed.', resolve: (p) => p.result }),
  }),
});

defineMutation({
  name: 'removeSkpResult',
  description:
    'Removes a result (RHK) and its indicators from a DRAFT SKP (EVAL-3); results that supported it no longer do. The employee or the evaluator.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The result.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
  }),
  run: async (tx, input) => {
    const { rhk, skp } = await lockRhk(tx, String(input.id));
    requireEmployeeOrEvaluatorOf(tx, skp, 'plan its results');
    checkVersion(rhk, input.version, `result (RHK) ${rhk.id}`);
    requirePlanOpen(skp);
    await tx.db.deleteFrom('skp_rhk').where('id', '=', rhk.id).execute();
    await audit(tx, [{ entity: 'skp_rhk', entityId: rhk.id, old: rhk }]);
    return { skp };
  },
  payload: (t) => ({
    skp: t.field({ type: SkpType, nullable: true, description: 'The SKP without the result.', resolve: (p) => p.skp }),
  }),
});

const ikiInput = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  aspect: t.field({ type: IkiAspectEnum, required: true, description: 'KUANTITAS, KUALITAS, WAKTU or BIAYA.' }),
  indicator: t.string({ required: true, description: 'The indicator text.' }),
  targetValue: t.float({ required: false, description: 'A quantitative target (above 0), with targetUnit.' }),
  targetUnit: t.string({ required: false, description: 'The unit of a quantitative target.' }),
  targetText: t.string({ required: false, description: 'A qualitative target, instead of a number.' }),
});

defineMutation({
  name: 'addSkpIndicator',
  description:
    'Adds an indicator (IKI) with its target to a result of a DRAFT SKP (EVAL-3). The employee or the evaluator.',
  input: (t) => ({
    resultId: t.id({ required: true, description: 'The result (RHK).' }),
    ...ikiInput(t),
  }),
  run: async (tx, input) => {
    const { rhk, skp } = await lockRhk(tx, String(input.resultId), 'resultId');
    requireEmployeeOrEvaluatorOf(tx, skp, 'plan its indicators');
    requirePlanOpen(skp);
    const target = targetOf(input);
    const indicator = input.indicator.trim();
    const policy = await policyOfYear(
      tx,
      (await findEmployee(tx, skp.employee_id, ['resultId'])).instansi_id,
      skp.year,
    );
    await validateOneRhk(
      tx,
      skp,
      {
        ...rhkDomain({ ...rhk, parent_rhk_id: null }),
        ikis: [{ aspect: input.aspect as IkiAspect, indicator, target, realisations: [] }],
      },
      policy,
    );
    const last = await tx.db
      .selectFrom('skp_iki')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('rhk_id', '=', rhk.id)
      .executeTakeFirst();
    const iki = await tx.db
      .insertInto('skp_iki')
      .values({
        rhk_id: rhk.id,
        position: Number(last?.p ?? 0) + 1,
        aspect: input.aspect as IkiAspect,
        indicator,
        ...targetColumns(target),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'skp_iki', entityId: iki.id, new: iki }]);
    return { indicator: iki, result: rhk };
  },
  payload: (t) => ({
    indicator: t.field({
      type: IkiType,
      nullable: true,
      description: 'The new indicator.',
      resolve: (p) => p.indicator,
    }),
    result: t.field({ type: RhkType, nullable: true, description: 'Its result.', resolve: (p) => p.result }),
  }),
});

defineMutation({
  name: 'updateSkpIndicator',
  description: 'Changes an indicator (IKI) of a DRAFT SKP (EVAL-3). The employee or the evaluator.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The indicator.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    ...ikiInput(t),
  }),
  run: async (tx, input) => {
    const { iki, rhk, skp } = await lockIki(tx, String(input.id));
    requireEmployeeOrEvaluatorOf(tx, skp, 'plan its indicators');
    checkVersion(iki, input.version, `indicator (IKI) ${iki.id}`);
    requirePlanOpen(skp);
    const target = targetOf(input);
    const indicator = input.indicator.trim();
    const policy = await policyOfYear(tx, (await findEmployee(tx, skp.employee_id, ['id'])).instansi_id, skp.year);
    await validateOneRhk(
      tx,
      skp,
      {
        ...rhkDomain({ ...rhk, parent_rhk_id: null }),
        ikis: [{ aspect: input.aspect as IkiAspect, indicator, target, realisations: [] }],
      },
      policy,
    );
    const indicatorRow = await updateVersioned(tx, {
      table: 'skp_iki',
      id: iki.id,
      version: input.version,
      set: { aspect: input.aspect, indicator, ...targetColumns(target) },
    });
    return { indicator: indicatorRow };
  },
  payload: (t) => ({
    indicator: t.field({
      type: IkiType,
      nullable: true,
      description: 'The indicator as changed.',
      resolve: (p) => p.indicator,
    }),
  }),
});

defineMutation({
  name: 'removeSkpIndicator',
  description: 'Removes an indicator (IKI) from a DRAFT SKP (EVAL-3). The employee or the evaluator.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The indicator.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
  }),
  run: async (tx, input) => {
    const { iki, rhk, skp } = await lockIki(tx, String(input.id));
    requireEmployeeOrEvaluatorOf(tx, skp, 'plan its indicators');
    checkVersion(iki, input.version, `indicator (IKI) ${iki.id}`);
    requirePlanOpen(skp);
    await tx.db.deleteFrom('skp_iki').where('id', '=', iki.id).execute();
    await audit(tx, [{ entity: 'skp_iki', entityId: iki.id, old: iki }]);
    return { result: rhk };
  },
  payload: (t) => ({
    result: t.field({
      type: RhkType,
      nullable: true,
      description: 'The result without the indicator.',
      resolve: (p) => p.result,
    }),
  }),
});

const ExpectationInput = builder.inputType('BehaviourExpectationInput', {
  description: 'The evaluator’s specific expectation for one BerAKHLAK value (EVAL-3/4).',
  fields: (t) => ({
    value: t.field({ type: BerakhlakValueEnum, required: true, description: 'The BerAKHLAK value.' }),
    expectation: t.string({ required: true, description: 'What the evaluator expects, specifically.' }),
    version: t.int({
      required: false,
      description: 'The version you read of the value’s current expectation; omit when it has none yet.',
    }),
  }),
});

defineMutation({
  name: 'setBehaviourExpectations',
  description:
    'Sets the evaluator’s specific expectations for BerAKHLAK values of a DRAFT SKP (EVAL-3/4). The evaluator of the SKP.',
  input: (t) => ({
    skpId: t.id({ required: true, description: 'The SKP.' }),
    expectations: t.field({
      type: [ExpectationInput],
      required: true,
      description: 'One entry per BerAKHLAK value to set.',
    }),
  }),
  run: async (tx, input) => {
    const skp = await lockSkp(tx, String(input.skpId), ['skpId']);
    requireEvaluatorOf(tx, skp, 'set its behaviour expectations');
    requirePlanOpen(skp);
    const entries = input.expectations as { value: string; expectation: string; version?: number | null }[];
    const values = entries.map((e) => e.value);
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    if (twice) fail('DUPLICATE', `${twice} is given twice`, ['input', 'expectations'], 'EVAL-4');
    const existing = await tx.db
      .selectFrom('skp_behaviour')
      .selectAll()
      .where('skp_id', '=', skp.id)
      .forUpdate()
      .execute();
    const written: DbRow<'skp_behaviour'>[] = [];
    for (const [i, e] of entries.entries()) {
      const expectation = requiredNote(
        e.expectation,
        ['expectations', String(i), 'expectation'],
        `what ${e.value} expects`,
      );
      const row = existing.find((b) => b.value === e.value);
      if (row) {
        if (e.version === null || e.version === undefined)
          fail('CONFLICT', `${e.value} already has an expectation: send its version to change it`, [
            'input',
            'expectations',
            String(i),
            'version',
          ]);
        checkVersion(row, e.version as number, `the expectation for ${e.value}`, [
          'expectations',
          String(i),
          'version',
        ]);
        written.push(
          await updateVersioned(tx, {
            table: 'skp_behaviour',
            id: row.id,
            version: e.version as number,
            set: { expectation },
          }),
        );
      } else {
        const inserted = await tx.db
          .insertInto('skp_behaviour')
          .values({ skp_id: skp.id, value: e.value as BerakhlakValue, expectation })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, [{ entity: 'skp_behaviour', entityId: inserted.id, new: inserted }]);
        written.push(inserted);
      }
    }
    return { behaviours: written, skp };
  },
  payload: (t) => ({
    behaviours: t.field({
      type: [BehaviourType],
      nullable: true,
      description: 'The expectations written.',
      resolve: (p) => (p.behaviours ? [...p.behaviours] : null),
    }),
    skp: t.field({ type: SkpType, nullable: true, description: 'The SKP.', resolve: (p) => p.skp }),
  }),
});

/** One workflow step of EVAL-9 on one SKP: who, version, the domain's transition, the new state. */
const step = async (
  tx: TxContext,
  input: { id: string | number; version: number },
  action: SkpAction,
  allowed: (skp: SkpRow) => void,
  set: (skp: SkpRow) => Promise<Record<string, unknown>>,
  reason: string | null = null,
) => {
  const skp = await lockSkp(tx, String(input.id));
  allowed(skp);
  checkVersion(skp, input.version, `SKP ${skp.id}`);
  const transition = orRefuse(transitionSkp(workflowSubject(skp), action, { id: String(viewerEmployee(tx)) }));
  const extra = await set(skp);
  const updated = await updateVersioned(tx, {
    table: 'skp',
    id: skp.id,
    version: input.version,
    set: { state: transition.to, ...extra },
    reason,
  });
  return { skp: updated, checks: transition.checks };
};

type StepResult = { skp: SkpRow; checks: readonly Check[] };

const stepPayload = (what: string) => (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<StepResult>>) => ({
  skp: t.field({ type: SkpType, nullable: true, description: what, resolve: (p) => p.skp }),
  checks: t.field({
    type: [CheckType],
    nullable: true,
    description: 'Why the step was allowed (EVAL-9).',
    resolve: (p) => (p.checks ? [...p.checks] : null),
  }),
});

defineMutation({
  name: 'submitSkp',
  description:
    'Submits a DRAFT SKP to the evaluator (EVAL-9) once the plan is complete: a UTAMA result, an indicator on every result, an expectation for each of the 7 BerAKHLAK values (EVAL-3/4). The employee.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The SKP.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
  }),
  run: (tx, input) =>
    step(
      tx,
      input,
      { type: 'SUBMIT' },
      (skp) => requireOwnSkp(tx, skp, 'submit it'),
      async (skp) => {
        const content = await loadContent(tx, skp);
        const complete = checkSkpComplete(content);
        if (!complete.ok)
          throw new UserFault(
            complete.checks
              .filter((c) => !c.ok)
              .map((c) => userError('RULE_VIOLATION', `the plan is not complete: ${c.detail}`, null, c.rule)),
          );
        const policy = await policyOfYear(tx, (await findEmployee(tx, skp.employee_id, ['id'])).instansi_id, skp.year);
        const valid = validateSkpContent(content, policy, { evaluatorRhkIds: await evaluatorRhkIds(tx, skp) });
        if (!valid.ok) refuseIssues(valid.error);
        return { submitted_at: now() };
      },
    ),
  payload: stepPayload('The SKP, SUBMITTED.'),
});

defineMutation({
  name: 'approveSkp',
  description: 'Approves a SUBMITTED SKP’s plan (EVAL-9). The evaluator of the SKP.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The SKP.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
  }),
  run: (tx, input) =>
    step(
      tx,
      input,
      { type: 'APPROVE' },
      (skp) => requireEvaluatorOf(tx, skp, 'approve it'),
      async () => ({ approved_at: now(), return_note: null }),
    ),
  payload: stepPayload('The SKP, APPROVED.'),
});

defineMutation({
  name: 'returnSkp',
  description: 'Returns a SUBMITTED SKP to DRAFT with a note saying what to change (EVAL-9). The evaluator of the SKP.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The SKP.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    note: t.string({ required: true, description: 'What the employee should change.' }),
  }),
  run: (tx, input) =>
    step(
      tx,
      input,
      { type: 'RETURN', note: input.note },
      (skp) => requireEvaluatorOf(tx, skp, 'return it'),
      async () => ({ return_note: input.note.trim() }),
      input.note.trim(),
    ),
  payload: stepPayload('The SKP, back in DRAFT.'),
});
