import {
  checkDistribution,
  correctFinal,
  date,
  type OrgPredikat,
  type PolicyVersion,
  type Predikat,
  parsePolicy,
  policyInForce,
  transitionSkp,
} from '@kinerja/domain';
import { requireUnitRole } from '../../auth/access.js';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { refreshFacts } from '../../mutation/refresh-facts.js';
import type { TxContext } from '../../mutation/run.js';
import { fail, UserFault } from '../../mutation/user-error.js';
import { DistributionCheckType } from '../../schema/decision.js';
import { OrgPredikat as OrgPredikatEnum, Predikat as PredikatEnum } from '../../schema/enums.js';
import { SkpType } from '../../schema/skp.js';
import { keyOf, requiredNote } from '../merit/common.js';
import { generateRecommendations } from '../recommendations/generate.js';
import {
  checkVersion,
  domainUserError,
  lockSkp,
  now,
  orRefuse,
  policyOfYear,
  viewerEmployee,
  workflowSubject,
} from './common.js';
import { unitDistribution } from './rating.js';
import { DistributionDecisionType, UnitOrgPredikatType } from './types.js';

/** EVAL-9/10: the organisation predikat of a unit, the unit head's finalisation of its year, corrections after. */

const findUnit = async (tx: TxContext, globalId: string) => {
  const id = keyOf(globalId, 'Unit', ['unitId']);
  return (
    (await tx.db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst()) ??
    fail('NOT_FOUND', `unit ${id} does not exist`, ['input', 'unitId'])
  );
};

const checkYear = (year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    fail('INVALID_INPUT', `${year} is not a year the system keeps (2000-2100)`, ['input', 'year']);
};

/** Whether any SKP of the unit's year is FINAL: then its predikats are fixed (EVAL-9). */
const isFinalised = async (tx: TxContext, unitId: number, year: number) =>
  (await tx.db
    .selectFrom('skp')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('state', '=', 'FINAL')
    .executeTakeFirst()) !== undefined;

defineMutation({
  name: 'setUnitOrgPredikat',
  description:
    'Sets the organisation predikat (Predikat Kinerja Organisasi) of a unit for a year, which bounds the distribution of its employees’ predikats (EVAL-10). A UNIT_HEAD of the parent unit; not once the unit’s year is final.',
  input: (t) => ({
    unitId: t.id({ required: true, description: 'The unit.' }),
    year: t.int({ required: true, description: 'The year.' }),
    predikat: t.field({ type: OrgPredikatEnum, required: true, description: 'The organisation predikat.' }),
    version: t.int({
      required: false,
      description: 'The version you read of the unit’s current organisation predikat; omit when it has none yet.',
    }),
  }),
  run: async (tx, input) => {
    const unit = await findUnit(tx, String(input.unitId));
    checkYear(input.year);
    if (unit.parent_id === null)
      fail(
        'FORBIDDEN',
        `${unit.name} has no parent unit whose head could set its organisation predikat`,
        null,
        'EVAL-10',
      );
    await requireUnitRole(tx, 'UNIT_HEAD', unit.parent_id as number);
    await tx.db.selectFrom('unit').select('id').where('id', '=', unit.id).forUpdate().execute();
    if (await isFinalised(tx, unit.id, input.year))
      fail('INVALID_STATE', `the year ${input.year} of ${unit.name} is final; its predikats are fixed`, null, 'EVAL-9');
    const existing = await tx.db
      .selectFrom('unit_org_predikat')
      .selectAll()
      .where('unit_id', '=', unit.id)
      .where('year', '=', input.year)
      .forUpdate()
      .executeTakeFirst();
    const setBy = viewerEmployee(tx);
    let row: Awaited<ReturnType<typeof updateVersioned<'unit_org_predikat'>>>;
    if (existing) {
      if (input.version === null || input.version === undefined)
        return fail(
          'CONFLICT',
          `${unit.name} already has an organisation predikat for ${input.year}: send its version`,
          ['input', 'version'],
        );
      checkVersion(existing, input.version, `the organisation predikat of ${unit.name}`);
      row = await updateVersioned(tx, {
        table: 'unit_org_predikat',
        id: existing.id,
        version: input.version,
        set: { predikat: input.predikat, set_by_id: setBy, set_at: now() },
      });
    } else {
      row = await tx.db
        .insertInto('unit_org_predikat')
        .values({ unit_id: unit.id, year: input.year, predikat: input.predikat as OrgPredikat, set_by_id: setBy })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(tx, [{ entity: 'unit_org_predikat', entityId: row.id, new: row }]);
    }
    return { orgPredikat: row, distribution: await unitDistribution(tx, unit.id, input.year) };
  },
  payload: (t) => ({
    orgPredikat: t.field({
      type: UnitOrgPredikatType,
      nullable: true,
      description: 'The organisation predikat as set.',
      resolve: (p) => p.orgPredikat,
    }),
    distribution: t.field({
      type: DistributionCheckType,
      nullable: true,
      description: 'The unit’s distribution for the year against it (EVAL-10).',
      resolve: (p) => p.distribution,
    }),
  }),
});

/** The policy version in force for an instansi on a day, with its id (the decision records which one judged it). */
const policyVersionIdOf = async (tx: TxContext, instansiId: number, year: number): Promise<number | null> => {
  const rows = await tx.db.selectFrom('policy_version').selectAll().where('instansi_id', '=', instansiId).execute();
  const versions: (PolicyVersion & { id: number })[] = rows.flatMap((r) => {
    const parsed = parsePolicy(r.policy);
    return parsed.ok ? [{ id: r.id, effectiveFrom: date(r.effective_from), policy: parsed.value }] : [];
  });
  const inForce = policyInForce(versions, date(`${year}-12-31`));
  return inForce.ok ? (versions.find((v) => v.policy === inForce.value)?.id ?? null) : null;
};

defineMutation({
  name: 'finaliseUnitYear',
  description:
    'Fixes the predikats of a unit for a year: every EVALUATED SKP of the unit becomes FINAL (EVAL-9), after the distribution check against the unit’s organisation predikat (EVAL-10): a violation is recorded and shown (WARN) or stops the finalisation (BLOCK, by policy). A UNIT_HEAD whose subtree holds the unit; their own SKP is left for the head above them (nobody finalises their own).',
  input: (t) => ({
    unitId: t.id({ required: true, description: 'The unit.' }),
    year: t.int({ required: true, description: 'The year.' }),
  }),
  run: async (tx, input) => {
    const unit = await findUnit(tx, String(input.unitId));
    checkYear(input.year);
    await requireUnitRole(tx, 'UNIT_HEAD', unit.id);
    const me = viewerEmployee(tx);
    const org = await tx.db
      .selectFrom('unit_org_predikat')
      .selectAll()
      .where('unit_id', '=', unit.id)
      .where('year', '=', input.year)
      .forUpdate()
      .executeTakeFirst();
    if (!org)
      return fail(
        'INVALID_STATE',
        `${unit.name} has no organisation predikat for ${input.year}: the head of the parent unit sets it first (EVAL-10)`,
        ['input', 'unitId'],
        'EVAL-10',
      );
    const skps = await tx.db
      .selectFrom('skp')
      .selectAll()
      .where('unit_id', '=', unit.id)
      .where('year', '=', input.year)
      .orderBy('id')
      .forUpdate()
      .execute();
    // Nobody finalises their own SKP (EVAL-9): a head's own SKP stays EVALUATED for the head above to finalise.
    const open = skps.filter((s) => s.state !== 'FINAL' && s.employee_id !== me);
    if (open.length === 0)
      return fail(
        'INVALID_STATE',
        skps.length === 0
          ? `${unit.name} has no SKP for ${input.year}`
          : skps.some((s) => s.state !== 'FINAL')
            ? `only your own SKP of ${input.year} is left in ${unit.name}: the head above you finalises it (EVAL-9)`
            : `the year ${input.year} of ${unit.name} is already final`,
        null,
        'EVAL-9',
      );
    const refusals = open.flatMap((s) => {
      const t = transitionSkp(workflowSubject(s, me), { type: 'FINALISE' }, { id: String(me) });
      return t.ok
        ? []
        : [{ ...domainUserError(t.error), message: `SKP of employee ${s.employee_id}: ${t.error.message}` }];
    });
    if (refusals.length > 0) throw new UserFault(refusals);

    const policy = await policyOfYear(tx, unit.instansi_id, input.year);
    const check = checkDistribution({
      orgPredikat: org.predikat as OrgPredikat,
      predikats: skps.flatMap((s) => (s.annual_predikat ? [s.annual_predikat as Predikat] : [])),
      policy,
    });
    if (check.outcome === 'BLOCK')
      return fail(
        'DISTRIBUTION_BLOCKED',
        `${check.outcomeReason}: ${check.violations.map((v) => v.detail).join('; ')}`,
        null,
        'EVAL-10',
      );
    const decision = await tx.db
      .insertInto('distribution_decision')
      .values({
        unit_id: unit.id,
        year: input.year,
        org_predikat: org.predikat,
        outcome: check.outcome,
        rated_count: check.n,
        counts: JSON.stringify(check.counts),
        violations: JSON.stringify(check.violations),
        policy_version_id: await policyVersionIdOf(tx, unit.instansi_id, input.year),
        decided_by_id: me,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'distribution_decision', entityId: decision.id, new: decision }]);
    const finalised = [];
    for (const s of open)
      finalised.push(
        await updateVersioned(tx, {
          table: 'skp',
          id: s.id,
          version: null,
          set: { state: 'FINAL', finalised_at: now() },
          reason: `the unit's year is finalised (distribution ${check.outcome})`,
        }),
      );
    // REC-1..5: a unit finalised is a trigger for its employees (recorded once per rule, employee and year).
    await generateRecommendations(
      tx,
      open.map((s) => s.employee_id),
      { kind: 'UNIT_FINALISED', year: input.year },
    );
    return { decision, distribution: check, skps: finalised };
  },
  payload: (t) => ({
    decision: t.field({
      type: DistributionDecisionType,
      nullable: true,
      description: 'The finalisation recorded, with the outcome and violations (EVAL-10).',
      resolve: (p) => p.decision,
    }),
    distribution: t.field({
      type: DistributionCheckType,
      nullable: true,
      description: 'The distribution check it was decided on.',
      resolve: (p) => p.distribution,
    }),
    skps: t.field({
      type: [SkpType],
      nullable: true,
      description: 'The SKPs made FINAL.',
      resolve: (p) => (p.skps ? [...p.skps] : null),
    }),
  }),
});

defineMutation({
  name: 'correctFinalSkp',
  description:
    'Corrects the annual predikat of a FINAL SKP, recording who, when, the old and the new value and why (EVAL-9); the read model is refreshed. A UNIT_HEAD whose subtree holds the SKP’s unit; not on their own SKP.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The SKP.' }),
    version: t.int({ required: true, description: 'The version of the SKP you read.' }),
    annualPredikat: t.field({ type: PredikatEnum, required: true, description: 'The corrected annual predikat.' }),
    reason: t.string({ required: true, description: 'Why it is corrected.' }),
  }),
  run: async (tx, input) => {
    const skp = await lockSkp(tx, String(input.id));
    await requireUnitRole(tx, 'UNIT_HEAD', skp.unit_id);
    if (viewerEmployee(tx) === skp.employee_id)
      fail('FORBIDDEN', 'nobody corrects their own SKP (nobody evaluates themselves)', null, 'EVAL-9');
    checkVersion(skp, input.version, `SKP ${skp.id}`);
    const reason = requiredNote(input.reason, ['reason'], 'why the predikat is corrected');
    const correction = orRefuse(
      correctFinal({
        state: skp.state,
        who: tx.viewer.username,
        when: now(),
        field: 'annualPredikat',
        old: skp.annual_predikat,
        new: input.annualPredikat as Predikat,
        reason,
      }),
      null,
    );
    const updated = await updateVersioned(tx, {
      table: 'skp',
      id: skp.id,
      version: input.version,
      set: {
        annual_predikat: correction.new,
        annual_predikat_override_reason:
          correction.new === skp.annual_predikat_suggested ? skp.annual_predikat_override_reason : correction.reason,
      },
      reason: correction.reason,
    });
    await refreshFacts(tx, [skp.employee_id], [skp.year]);
    // REC-1..5: a corrected annual predikat is a trigger (recorded once per rule, employee and year).
    await generateRecommendations(tx, [skp.employee_id], { kind: 'ANNUAL_PREDIKAT', year: skp.year });
    return { skp: updated };
  },
  payload: (t) => ({
    skp: t.field({ type: SkpType, nullable: true, description: 'The SKP as corrected.', resolve: (p) => p.skp }),
  }),
});
