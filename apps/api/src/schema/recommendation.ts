import { type Check, RECOMMENDATION_KINDS, RECOMMENDATION_STATUSES, STALE_RECOMMENDATION_DAYS } from '@kinerja/domain';

import { builder } from '../builder.js';
import { reads, requestedShape } from '../query/columns.js';
import { listTypes } from '../query/list-types.js';
import { loadByKey } from '../query/load.js';
import { type EntitySpec, enumKind, toOne } from '../query/spec.js';
import { CheckType } from './decision.js';
import { EmployeeType, employeeSpec } from './employee.js';
import { rootListField, specFields, toOneField } from './entity.js';
import { implementNode, nodeRef } from './node.js';
import type { DbRow } from './rows.js';
import { SessionType } from './training.js';

/** DASH-1: the age past which an open recommendation counts as stale; the last AGE bucket starts there. */
const STALE = STALE_RECOMMENDATION_DAYS;

/** A recommendation to the instansi (REC-1..5): never an automatic sanction. */
export const recommendationSpec: EntitySpec = {
  name: 'Recommendation',
  table: 'recommendation',
  key: 'id',
  fields: {
    id: { column: 'id', kind: { type: 'ID', of: 'Recommendation' }, description: 'The recommendation.', hidden: true },
    kind: {
      column: 'kind',
      kind: enumKind('RecommendationKind', RECOMMENDATION_KINDS),
      description: 'Which rule (REC-1..5).',
      groupBy: 'KIND',
    },
    year: {
      column: 'year',
      kind: { type: 'Int' },
      description: 'The year the trigger concerns.',
      orderable: true,
      groupBy: 'YEAR',
    },
    status: {
      column: 'status',
      kind: enumKind('RecommendationStatus', RECOMMENDATION_STATUSES),
      description: 'OPEN, ACCEPTED, DISMISSED or DONE.',
      groupBy: 'STATUS',
    },
    employeeId: {
      column: 'employee_id',
      kind: { type: 'ID', of: 'Employee' },
      description: 'The employee.',
      hidden: true,
    },
  },
  relations: {
    employee: toOne(() => employeeSpec, 'employee_id', 'The employee matches.'),
  },
  groupKeys: [
    {
      name: 'AGE',
      description: `How long it has been open: 0-30, 31-${STALE} or over ${STALE} days (over ${STALE}: stale, DASH-1).`,
      sql: (a) =>
        `case when ${a}.created_at > now() - interval '30 days' then '0-30' when ${a}.created_at > now() - interval '${STALE} days' then '31-${STALE}' else '${STALE}+' end`,
    },
    {
      name: 'UNIT',
      of: 'Unit',
      description: 'The employee’s unit.',
      sql: (a) => `(select e.unit_id from employee e where e.id = ${a}.employee_id)`,
    },
  ],
  defaultOrder: [{ field: 'year', desc: true }],
};

type RecommendationRow = DbRow<'recommendation'>;

const ActionType = builder.objectRef<{ type: string; label: string; sessionId?: string }>('SuggestedAction').implement({
  description: 'What a recommendation suggests doing (e.g. enrol in a session).',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'What to do, e.g. ENROL_SESSION, GUIDANCE, DISCIPLINARY_REVIEW.' }),
    label: t.exposeString('label', { description: 'In Indonesian.' }),
    sessionId: t.string({
      nullable: true,
      description: 'The database id of the suggested training session, if any (see `session`).',
      resolve: (a) => a.sessionId ?? null,
    }),
    session: t.field({
      type: SessionType,
      nullable: true,
      description:
        'The suggested training session with its program, if any and if it is still there (loaded per level, not per row).',
      // The row holds the columns the selection reads (its shape), as every to-one relation's does.
      resolve: (a, _args, ctx, info) =>
        a.sessionId
          ? (loadByKey(
              ctx,
              'training_session',
              'id',
              Number(a.sessionId),
              requestedShape(info, ['id']),
            ) as Promise<DbRow<'training_session'> | null>)
          : null,
    }),
  }),
});

export const RecommendationType = nodeRef<RecommendationRow>('Recommendation', 'recommendation');
implementNode(
  RecommendationType,
  'recommendation',
  'A recommendation to the instansi (REC-1..5), with the reasons that triggered it.',
  (t) => ({
    ...specFields(t, recommendationSpec),
    createdAt: t.string({
      ...reads('created_at'),
      description: 'When it was made (ISO timestamp).',
      resolve: (r: RecommendationRow) => new Date(r.created_at as unknown as string).toISOString(),
    }),
    reasons: t.field({
      ...reads('reasons'),
      type: [CheckType],
      description: 'The rules and data that triggered it.',
      resolve: (r: RecommendationRow) => r.reasons as unknown as Check[],
    }),
    actions: t.field({
      ...reads('actions'),
      type: [ActionType],
      description: 'Suggested actions.',
      resolve: (r: RecommendationRow) => r.actions as unknown as { type: string; label: string }[],
    }),
    employee: toOneField(t, EmployeeType, 'employee', 'employee_id', 'The employee.'),
  }),
);

builder.queryFields((t) => ({
  recommendations: rootListField(
    t,
    listTypes(recommendationSpec, RecommendationType),
    'Recommendations, with filters, order, pages and aggregates.',
  ),
}));
