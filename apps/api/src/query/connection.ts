import type { Database } from '@kinerja/db';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Shape } from './columns.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { inputError } from './errors.js';
import { AliasPool, type EntityFilter, filterSql } from './filter-sql.js';
import { selectShape } from './shape-sql.js';
import type { EntitySpec, ScopeOf } from './spec.js';

/** The most rows one page of any list may ask for. */
export const MAX_PAGE = 100;

/** The pagination arguments of every connection. */
export type PageArgs = {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
};

/** The list arguments: pagination plus `filter` and `orderBy`. */
export type ListArgs = PageArgs & {
  filter?: EntityFilter | null;
  orderBy?: readonly string[] | null;
};

/** One key of an order: a column and its direction; empty values count as the greatest. */
export type OrderKey = { readonly column: string; readonly desc: boolean };

/** A page of rows, as the connection fields read it; cursors are made only when asked for. */
export type Page<Row> = {
  readonly rows: readonly Row[];
  readonly cursor: (row: Row) => string;
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
};

type Row = Record<string, unknown>;

/** Validates `first`/`last`: exactly one, from 1 to {@link MAX_PAGE}. */
export const pageSize = (args: PageArgs): { size: number; backward: boolean } => {
  const hasFirst = args.first !== undefined && args.first !== null;
  const hasLast = args.last !== undefined && args.last !== null;
  if (hasFirst && hasLast) throw inputError('give either `first` or `last`, not both', 'BAD_USER_INPUT', 'first');
  if (!hasFirst && !hasLast)
    throw inputError(`a list needs \`first\` or \`last\` (1 to ${MAX_PAGE})`, 'BAD_USER_INPUT', 'first');
  const size = (hasFirst ? args.first : args.last) as number;
  const name = hasFirst ? 'first' : 'last';
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw inputError(`\`${name}\` must be from 1 to ${MAX_PAGE}, not ${size}`, 'BAD_USER_INPUT', name);
  return { size, backward: !hasFirst };
};

/** Turns `orderBy` enum values (`NAME_ASC`) into order keys, the primary key last for a stable order. */
export const orderKeys = (spec: EntitySpec, orderBy: readonly string[] | null | undefined): OrderKey[] => {
  const keys: OrderKey[] = [];
  const requested = orderBy?.length
    ? orderBy.map((value) => {
        const desc = value.endsWith('_DESC');
        const field = orderValueToField(spec, value.replace(/_(ASC|DESC)$/, ''));
        return { field, desc };
      })
    : spec.defaultOrder.map((o) => ({ field: o.field, desc: o.desc ?? false }));
  for (const { field, desc } of requested) {
    const f = spec.fields[field];
    if (!f) throw new Error(`${spec.name}: order field ${field} is not in the spec`);
    if (!keys.some((k) => k.column === f.column)) keys.push({ column: f.column, desc });
  }
  for (const column of spec.stableKeys ?? [spec.key])
    if (!keys.some((k) => k.column === column)) keys.push({ column, desc: false });
  return keys;
};

/** `FULL_NAME` → `fullName`, as the order enum was generated from the field names. */
export const constantCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

const orderValueToField = (spec: EntitySpec, constant: string): string => {
  const field = Object.keys(spec.fields).find((f) => constantCase(f) === constant);
  if (!field) throw new Error(`${spec.name}: no field for order value ${constant}`);
  return field;
};

const col = (alias: string, column: string) => sql.ref(`${alias}.${column}`);

/**
 * `order by` for keys, reversed for backward pages. Empty values count as the greatest, PostgreSQL's own rule (last
 * ascending, first descending), so a backward page is the exact mirror and every key can be served by a plain
 * index in either direction.
 */
export const orderSql = (alias: string, keys: readonly OrderKey[], reverse = false): RawBuilder<unknown> =>
  sql.join(keys.map((k) => sql`${col(alias, k.column)} ${k.desc !== reverse ? sql`desc` : sql`asc`}`));

/**
 * The rows strictly after a cursor in the order (or strictly before when `reverse`), with NULL as the greatest
 * value: (k1 beyond v1) or (k1 = v1 and k2 beyond v2) or ...
 */
const afterSql = (alias: string, keys: readonly OrderKey[], values: readonly unknown[], reverse: boolean) => {
  const eq = (c: RawBuilder<unknown>, v: unknown) => (v === null ? sql`${c} is null` : sql`${c} = ${v}`);
  const beyond = (c: RawBuilder<unknown>, v: unknown, desc: boolean) => {
    // Forward ascending or backward descending: the rows beyond the cursor hold greater values (NULL greatest).
    if (desc === reverse) return v === null ? sql`false` : sql`(${c} > ${v} or ${c} is null)`;
    return v === null ? sql`${c} is not null` : sql`${c} < ${v}`;
  };
  const branches = keys.map((k, i) => {
    const prefix = keys.slice(0, i).map((p, j) => eq(col(alias, p.column), values[j]));
    return sql`(${sql.join([...prefix, beyond(col(alias, k.column), values[i], k.desc)], sql` and `)})`;
  });
  return sql<boolean>`(${sql.join(branches, sql` or `)})`;
};

/** What paging needs besides the requested columns: the key, the stable keys and the order keys. */
const keyColumns = (spec: EntitySpec, keys: readonly OrderKey[]) => [
  spec.key,
  ...(spec.stableKeys ?? []),
  ...keys.map((k) => k.column),
];

/** The cursor of a row: its order-key values. */
const cursorOf = (row: Row, keys: readonly OrderKey[]) =>
  encodeCursor(keys.map((k) => (row[k.column] ?? null) as unknown));

/** The conditions and order of a page request, shared by top-level and nested lists. */
export const pagePlan = (spec: EntitySpec, args: ListArgs, alias: string, aliases: AliasPool) => {
  const { size, backward } = pageSize(args);
  const keys = orderKeys(spec, args.orderBy);
  const conditions: RawBuilder<boolean>[] = [filterSql(spec, alias, args.filter, aliases)];
  if (args.after) conditions.push(afterSql(alias, keys, decodeCursor(args.after, keys.length, 'after'), false));
  if (args.before) conditions.push(afterSql(alias, keys, decodeCursor(args.before, keys.length, 'before'), true));
  return {
    size,
    backward,
    keys,
    where: sql<boolean>`${sql.join(conditions, sql` and `)}`,
    order: orderSql(alias, keys, backward),
  };
};

/** Turns the fetched rows (one more than asked) into a page. */
export const toPage = <R extends Row>(
  rows: readonly R[],
  plan: { size: number; backward: boolean; keys: readonly OrderKey[] },
  args: PageArgs,
): Page<R> => {
  const more = rows.length > plan.size;
  const taken = more ? rows.slice(0, plan.size) : rows.slice();
  if (plan.backward) taken.reverse();
  return {
    rows: taken,
    cursor: (row) => cursorOf(row, plan.keys),
    hasNextPage: plan.backward ? Boolean(args.before) : more,
    hasPreviousPage: plan.backward ? more : Boolean(args.after),
  };
};

/** One page of a top-level list: one statement. `scope` restricts the rows (the caller's visibility). */
export const fetchPage = async (
  db: Kysely<Database>,
  spec: EntitySpec,
  args: ListArgs,
  scopeOf: ScopeOf,
  today: string,
  shape: Shape,
): Promise<Page<Row>> => {
  const aliases = new AliasPool(today, scopeOf);
  const plan = pagePlan(spec, args, 't', aliases);
  const select = selectShape('t', shape, { aliases, scope: scopeOf }, keyColumns(spec, plan.keys));
  const { rows } = await sql<Row>`select ${select} from ${sql.table(spec.table)} as t
    where ${scopeOf(spec)('t')} and ${plan.where}
    order by ${plan.order} limit ${plan.size + 1}`.execute(db);
  return toPage(rows, plan, args);
};

/**
 * The first page of a nested list for many parents at once: one statement with a LATERAL sub-query per parent
 * key, served by the index on the foreign key. Returns the pages in the order of `parentIds`.
 */
export const fetchNestedPages = async (
  db: Kysely<Database>,
  spec: EntitySpec,
  parentColumn: string,
  parentIds: readonly number[],
  args: ListArgs,
  scopeOf: ScopeOf,
  today: string,
  shape: Shape,
): Promise<Page<Row>[]> => {
  const aliases = new AliasPool(today, scopeOf);
  const plan = pagePlan(spec, args, 't', aliases);
  const scope = scopeOf(spec);
  const select = selectShape('t', shape, { aliases, scope: scopeOf }, [...keyColumns(spec, plan.keys), parentColumn]);
  const ids = [...new Set(parentIds)];
  const { rows } = await sql<Row & { __parent: number }>`select p.__parent, c.* from
    (select distinct unnest(cast(${ids} as bigint[])) as __parent) as p
    cross join lateral (
      select ${select} from ${sql.table(spec.table)} as t
      where ${sql.ref(`t.${parentColumn}`)} = p.__parent and ${scope('t')} and ${plan.where}
      order by ${plan.order} limit ${plan.size + 1}
    ) as c`.execute(db);
  const byParent = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row.__parent);
    const list = byParent.get(key);
    if (list) list.push(row);
    else byParent.set(key, [row]);
  }
  return parentIds.map((id) => toPage(byParent.get(String(id)) ?? [], plan, args));
};
