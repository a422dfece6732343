import { RECOMMENDATION_STATUSES } from '@kinerja/domain';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { reads } from '../../query/columns.js';
import { enumType } from '../../query/list-types.js';
import { RecommendationType } from '../../schema/recommendation.js';

type HistoryRow = {
  recommendation_id: number;
  from_status: string | null;
  to_status: string;
  changed_by: string | null;
  changed_at: Date;
  note: string | null;
};

/** The list's own status enum (made by the recommendations list first; same name, same values). */
const status = () => enumType('RecommendationStatus', RECOMMENDATION_STATUSES, 'RecommendationStatus values.');

const StatusChangeType = builder.objectRef<HistoryRow>('RecommendationStatusChange').implement({
  description: 'One change of a recommendation’s status, with who and why (REC-1..5).',
  fields: (t) => ({
    from: t.field({
      type: status(),
      nullable: true,
      description: 'The status before (null when it was made).',
      resolve: (h) => h.from_status,
    }),
    to: t.field({ type: status(), description: 'The status after.', resolve: (h) => h.to_status }),
    by: t.string({
      nullable: true,
      description: 'Who changed it (username).',
      resolve: (h) => h.changed_by,
    }),
    at: t.string({ description: 'When (ISO timestamp).', resolve: (h) => new Date(h.changed_at).toISOString() }),
    note: t.string({ nullable: true, description: 'Why.', resolve: (h) => h.note }),
  }),
});

/** The status history of every recommendation asked at one level, in one statement. */
const loadHistory = (ctx: Context, id: number) =>
  ctx
    .loader('recommendationHistory', async (ids: readonly number[]) => {
      const rows = await ctx.db
        .selectFrom('recommendation_status_history as h')
        .leftJoin('app_user as u', 'u.id', 'h.changed_by_id')
        .select([
          'h.recommendation_id',
          'h.from_status',
          'h.to_status',
          'u.username as changed_by',
          'h.changed_at',
          'h.note',
        ])
        .where('h.recommendation_id', 'in', [...new Set(ids)])
        .orderBy('h.changed_at')
        .orderBy('h.id')
        .execute();
      return ids.map((i) => rows.filter((r) => r.recommendation_id === i) as HistoryRow[]);
    })
    .load(id);

builder.objectFields(RecommendationType, (t) => ({
  version: t.exposeInt('version', {
    ...reads('version'),
    description: 'The version to send back with accept, dismiss or complete (a stale one is a CONFLICT).',
  }),
  history: t.field({
    ...reads('id'),
    type: [StatusChangeType],
    description: 'Every change of status, oldest first, with who and why.',
    resolve: (r, _args, ctx) => loadHistory(ctx, r.id),
  }),
}));
