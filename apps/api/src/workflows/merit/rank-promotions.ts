import {
  addMonths,
  compareDates,
  date,
  type Education,
  firstOfMonth,
  isFirstOfMonth,
  type Pangkat,
  type RankPromotionDecision,
  rankPromotion,
} from '@kinerja/domain';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { inputError } from '../../query/errors.js';
import { decodeIdFilter } from '../../query/ids.js';
import { CheckType } from '../../schema/decision.js';
import { EmployeeType, employeeSpec } from '../../schema/employee.js';
import { Pangkat as PangkatEnum } from '../../schema/enums.js';
import { loadAnnualPredikats, loadSanctions, loadSuperiorPangkat, policyFor } from '../../schema/facts.js';
import type { DbRow } from '../../schema/rows.js';

type Due = RankPromotionDecision & { readonly employee: DbRow<'employee'> };

const RankPromotionDueType = builder.objectRef<Due>('RankPromotionDue').implement({
  description: 'An employee due a regular rank promotion on a date (MERIT-2), with every check.',
  fields: (t) => ({
    employee: t.field({ type: EmployeeType, description: 'The employee.', resolve: (d) => d.employee }),
    currentPangkat: t.field({
      type: PangkatEnum,
      description: 'The pangkat held.',
      resolve: (d) => d.employee.current_pangkat as Pangkat,
    }),
    nextPangkat: t.field({
      type: PangkatEnum,
      nullable: true,
      description: 'The pangkat it leads to.',
      resolve: (d) => d.nextPangkat,
    }),
    path: t.string({
      nullable: true,
      description: 'REGULAR or OUTSTANDING (prestasi luar biasa).',
      resolve: (d) => d.path,
    }),
    checks: t.field({ type: [CheckType], description: 'Every check (all hold).', resolve: (d) => [...d.checks] }),
  }),
});

/** The most employees one answer lists. */
const MAX_DUE = 1000;

builder.queryFields((t) => ({
  rankPromotionsDue: t.field({
    type: [RankPromotionDueType],
    description: `The employees you may see who are due a regular rank promotion on a promotion date (MERIT-2), each with the checks the domain made, by name; at most ${MAX_DUE}. Within the next twelve months the read model's rank_promotion_due_on narrows the search and the domain confirms each.`,
    args: {
      on: t.arg({ type: 'Date', required: true, description: 'The promotion date (TMT): the 1st of a month.' }),
      unitId: t.arg.id({ required: false, description: 'Only this unit and the units below it.' }),
      first: t.arg.int({ required: false, description: `At most this many (default 100, at most ${MAX_DUE}).` }),
    },
    resolve: async (_root, args, ctx: Context) => {
      const on = date(args.on);
      if (!isFirstOfMonth(on))
        throw inputError(`${on} is not the 1st of a month; promotions take effect on the 1st`, 'BAD_USER_INPUT', 'on');
      const first = Math.min(Math.max(args.first ?? 100, 0), MAX_DUE);
      const windowStart = addMonths(firstOfMonth(ctx.today), 1);
      const inWindow = compareDates(on, windowStart) >= 0 && compareDates(on, addMonths(windowStart, 11)) <= 0;
      const scope = ctx.scope(employeeSpec);
      let q = ctx.db
        .selectFrom('employee as e')
        .selectAll('e')
        .where('e.current_pangkat', 'is not', null)
        .where(() => scope('e'));
      // The read model holds the first due date within the window; eligible on `on` implies due on or before it.
      if (inWindow) q = q.where('e.rank_promotion_due_on', '<=', on);
      if (args.unitId) {
        const unitId = decodeIdFilter('Unit', String(args.unitId), 'unitId');
        q = q.where('e.unit_id', 'in', (sub) =>
          sub.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId),
        );
      }
      const employees = await q.orderBy('e.name').orderBy('e.id').execute();
      const decided = await Promise.all(
        employees.map(async (e): Promise<Due> => {
          const [annualPredikats, sanctions, superiorPangkat, policy] = await Promise.all([
            loadAnnualPredikats(ctx, e.id),
            loadSanctions(ctx, e.id),
            loadSuperiorPangkat(ctx, e),
            policyFor(ctx, e.instansi_id, on),
          ]);
          const decision = rankPromotion({
            on,
            pangkat: e.current_pangkat as Pangkat,
            pangkatSince: date(e.pangkat_since ?? e.service_start),
            education: e.education as Education,
            annualPredikats,
            superiorPangkat,
            sanctions,
            policy,
          });
          return { ...decision, employee: e };
        }),
      );
      return decided.filter((d) => d.ok).slice(0, first);
    },
  }),
}));
