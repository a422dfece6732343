import { isPersonalArgRefused } from '../auth/scope.js';
import type { Context } from '../context.js';
import { aggregate, aggregateByParent, type Group, groupedAggregates, type HavingFilter } from './aggregate.js';
import { type Shape, shapeKey } from './columns.js';
import { fetchNestedPages, fetchPage, type ListArgs, orderKeys, pageSize, toPage } from './connection.js';
import { inputError } from './errors.js';
import type { Connection } from './list-types.js';
import type { EntitySpec } from './spec.js';

/**
 * Resolves list fields into {@link Connection}s. A top-level list is one statement for its page, and one more
 * for each of totalCount, aggregates and groupedAggregates when asked. A nested list loads the pages of all
 * its parents at one level together through a DataLoader keyed by the arguments, so a level costs the same
 * few statements whether it has 1 parent or 1,000.
 */

/**
 * A stable text key of list arguments, for batching: equal arguments give equal keys whatever their key order.
 * (A replacer array would not do: JSON.stringify applies it at every depth, dropping the filter's inner keys.)
 */
export const argsKey = (args: unknown): string =>
  JSON.stringify(args, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** Counts rows of an entity's list the request read, for the cost and the access log. */
const countRead = (ctx: Context, spec: EntitySpec, rows: number) => {
  ctx.cost.actual += rows;
  ctx.listed.set(spec.name, (ctx.listed.get(spec.name) ?? 0) + rows);
};

/** Refuses an analyst's filter or order on a personal field (the birth date: analysts see the age). */
const checkPersonalArgs = (ctx: Context, args: ListArgs) => {
  if (isPersonalArgRefused(ctx.viewer, args))
    throw inputError(
      'an analyst may not filter or order on the birth date: use the age, or the age groups of the yearly facts',
      'FORBIDDEN',
      'filter',
    );
};

/** A top-level list: the page, and lazily its count and aggregates. */
export const rootConnection = async (
  ctx: Context,
  spec: EntitySpec,
  args: ListArgs,
  shape: Shape,
): Promise<Connection> => {
  pageSize(args);
  checkPersonalArgs(ctx, args);
  const page = await fetchPage(ctx.db, spec, args, ctx.scope, ctx.today, shape);
  countRead(ctx, spec, page.rows.length);
  let aggregates: ReturnType<Connection['aggregates']> | undefined;
  const all = () => {
    aggregates ??= aggregate(ctx.db, spec, args.filter, ctx.scope, ctx.today);
    return aggregates;
  };
  return {
    page,
    totalCount: async () => (await all()).count,
    aggregates: all,
    grouped: (groupBy, having) => groupedAggregates(ctx.db, spec, groupBy, args.filter, having, ctx.scope, ctx.today),
  };
};

/** A nested list under one parent: batched with every other parent of the same level and arguments. */
export const nestedConnection = async (
  ctx: Context,
  spec: EntitySpec,
  parentColumn: string,
  parentId: number,
  args: ListArgs,
  shape: Shape,
  /** The rows already built inside the parent's statement (one more than the page), if they were. */
  prefetched?: readonly Record<string, unknown>[],
): Promise<Connection> => {
  const { size, backward } = pageSize(args);
  checkPersonalArgs(ctx, args);
  const key = `${spec.name}.${parentColumn}:${argsKey(args)}`;
  const pages = ctx.loader(`page:${key}:${shapeKey(shape)}`, async (ids: readonly number[]) => {
    const result = await fetchNestedPages(ctx.db, spec, parentColumn, ids, args, ctx.scope, ctx.today, shape);
    for (const p of result) countRead(ctx, spec, p.rows.length);
    return result;
  });
  const aggregates = ctx.loader(`aggregates:${key}`, (ids: readonly number[]) =>
    aggregateByParent(ctx.db, spec, parentColumn, ids, args.filter, ctx.scope, ctx.today),
  );
  let page: Connection['page'];
  if (prefetched) {
    page = toPage(prefetched, { size, backward, keys: orderKeys(spec, args.orderBy) }, args);
    countRead(ctx, spec, page.rows.length);
  } else page = await pages.load(parentId);
  return {
    page,
    totalCount: async () => (await aggregates.load(parentId)).count,
    aggregates: () => aggregates.load(parentId),
    grouped: (groupBy: readonly string[], having: HavingFilter | null | undefined) =>
      ctx
        .loader(`grouped:${key}:${argsKey({ groupBy, having })}`, async (ids: readonly number[]) => {
          const groups = await groupedAggregates(ctx.db, spec, groupBy, args.filter, having, ctx.scope, ctx.today, {
            column: parentColumn,
            ids,
          });
          return ids.map((id) => groups.filter((g) => g.parent === String(id)) as Group[]);
        })
        .load(parentId),
  };
};
