import { checkDistribution, date, type OrgPredikat, type Predikat } from '@kinerja/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { reads } from '../query/columns.js';
import { DistributionCheckType } from './decision.js';
import { policyFor } from './facts.js';
import type { DbRow } from './rows.js';
import { loadOrgPredikats, UnitType } from './unit.js';

/** The annual predikats of the SKPs of many units for a year that the caller may read, in one statement. */
const loadUnitPredikats = (ctx: Context, year: number, unitId: number): Promise<Predikat[]> =>
  ctx
    .loader(`unitPredikats:${year}`, async (ids: readonly number[]) => {
      const rows = await ctx.db
        .selectFrom('skp as t')
        .select(['unit_id', 'annual_predikat'])
        .where(() => ctx.scope({ table: 'skp' })('t'))
        .where('year', '=', year)
        .where('unit_id', 'in', [...new Set(ids)])
        .where('annual_predikat', 'is not', null)
        .execute();
      return ids.map((id) => rows.filter((r) => r.unit_id === id).map((r) => r.annual_predikat as Predikat));
    })
    .load(unitId);

builder.objectField(UnitType, 'distribution', (t) =>
  t.field({
    type: DistributionCheckType,
    nullable: true,
    description:
      "The unit's distribution of annual predicates for a year against the limits of its organisation predikat (EVAL-10); null until that predikat is set.",
    args: { year: t.arg.int({ required: true }) },
    ...reads('id', 'instansi_id'),
    resolve: async (unit: DbRow<'unit'>, args, ctx) => {
      const [orgPredikat, predikats] = await Promise.all([
        loadOrgPredikats(ctx, args.year, unit.id),
        loadUnitPredikats(ctx, args.year, unit.id),
      ]);
      if (!orgPredikat) return null;
      return checkDistribution({
        orgPredikat: orgPredikat as OrgPredikat,
        predikats,
        policy: await policyFor(ctx, unit.instansi_id, date(`${args.year}-12-31`)),
      });
    },
  }),
);
