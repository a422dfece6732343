import { date, type OrgPredikat, type Predikat, whatIfPredikats } from '@kinerja/domain';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { hasRole, unitsOf } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { Predikat as PredikatEnum, SkpState } from '../../schema/enums.js';
import { policyFor } from '../../schema/facts.js';
import { SkpType } from '../../schema/skp.js';
import { DistributionWhatIfType } from './types.js';

/** The evaluator's reads: their subordinates' SKPs, and the live distribution guard (EVAL-9/10). */

const keyOrError = (globalId: string | number, typename: string, arg: string): number => {
  try {
    const { typename: t, id } = decodeGlobalID(String(globalId));
    if (t === typename && /^\d+$/.test(id)) return Number(id);
  } catch {
    // answered below
  }
  throw new GraphQLError(`${arg}: "${String(globalId).slice(0, 40)}" is not the ID of a ${typename}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
};

builder.queryField('mySubordinateSkps', (t) =>
  t.field({
    type: [SkpType],
    description:
      'The SKPs you evaluate (you are their pejabat penilai, EVAL-9) for a year, optionally in one state, by employee name. Empty unless you hold the EVALUATOR role.',
    args: {
      year: t.arg.int({ required: true, description: 'The year.' }),
      state: t.arg({ type: SkpState, required: false, description: 'Only SKPs in this state.' }),
    },
    resolve: async (_root, args, ctx) => {
      const me = ctx.viewer?.employeeId;
      if (!me || !hasRole(ctx.viewer, 'EVALUATOR')) return [];
      let q = ctx.db
        .selectFrom('skp as s')
        .innerJoin('employee as e', 'e.id', 's.employee_id')
        .selectAll('s')
        .where('s.evaluator_id', '=', me)
        .where('s.year', '=', args.year);
      if (args.state) q = q.where('s.state', '=', args.state as never);
      return q.orderBy('e.name').orderBy('s.id').limit(1000).execute();
    },
  }),
);

const PredikatChangeInput = builder.inputType('PredikatChangeInput', {
  description: 'A pending annual predikat of one employee of the unit (EVAL-10 what-if).',
  fields: (t) => ({
    employeeId: t.id({ required: true, description: 'The employee (with an SKP in the unit that year).' }),
    predikat: t.field({ type: PredikatEnum, required: true, description: 'The predikat they would get.' }),
  }),
});

/** Whether the viewer may look at a unit's distribution: evaluator or head in its subtree, or its administrator. */
const mayWatch = async (ctx: Context, unitId: number, instansiId: number) => {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (hasRole(viewer, 'ADMIN') && viewer.instansiId === instansiId) return true;
  const roots = [...unitsOf(viewer, 'EVALUATOR'), ...unitsOf(viewer, 'UNIT_HEAD')];
  if (roots.length === 0) return false;
  const row = await ctx.db
    .selectFrom('unit_closure')
    .select('ancestor_id')
    .where('descendant_id', '=', unitId)
    .where('ancestor_id', 'in', roots)
    .executeTakeFirst();
  return row !== undefined;
};

builder.queryField('distributionWhatIf', (t) =>
  t.field({
    type: DistributionWhatIfType,
    nullable: true,
    description:
      "What a unit's distribution of annual predikats (EVAL-10) would be if these employees got these predikats: before, after, and the violations that would appear, disappear or remain, so the evaluator sees it before deciding. Null until the unit's organisation predikat for the year is set, or when you neither evaluate nor head in the unit's subtree nor administer its instansi.",
    args: {
      unitId: t.arg.id({ required: true, description: 'The unit.' }),
      year: t.arg.int({ required: true, description: 'The year.' }),
      changes: t.arg({ type: [PredikatChangeInput], required: true, description: 'The pending predikats.' }),
    },
    resolve: async (_root, args, ctx) => {
      const unitId = keyOrError(args.unitId, 'Unit', 'unitId');
      const unit = await ctx.db.selectFrom('unit').selectAll().where('id', '=', unitId).executeTakeFirst();
      if (!unit || !(await mayWatch(ctx, unit.id, unit.instansi_id))) return null;
      const org = await ctx.db
        .selectFrom('unit_org_predikat')
        .select('predikat')
        .where('unit_id', '=', unit.id)
        .where('year', '=', args.year)
        .executeTakeFirst();
      if (!org) return null;
      const skps = await ctx.db
        .selectFrom('skp')
        .select(['employee_id', 'annual_predikat'])
        .where('unit_id', '=', unit.id)
        .where('year', '=', args.year)
        .execute();
      const changes = (args.changes as { employeeId: string | number; predikat: Predikat }[]).map((c, i) => {
        const employeeId = keyOrError(c.employeeId, 'Employee', `changes.${i}.employeeId`);
        const skp = skps.find((s) => s.employee_id === employeeId);
        if (!skp)
          throw new GraphQLError(`changes.${i}: employee ${employeeId} has no SKP in ${unit.name} for ${args.year}`, {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        return { from: (skp.annual_predikat as Predikat | null) ?? null, to: c.predikat };
      });
      const result = whatIfPredikats(
        {
          orgPredikat: org.predikat as OrgPredikat,
          predikats: skps.flatMap((s) => (s.annual_predikat ? [s.annual_predikat as Predikat] : [])),
          policy: await policyFor(ctx, unit.instansi_id, date(`${args.year}-12-31`)),
        },
        changes,
      );
      if (!result.ok) throw new GraphQLError(result.error.message, { extensions: { code: 'BAD_USER_INPUT' } });
      return result.value;
    },
  }),
);
