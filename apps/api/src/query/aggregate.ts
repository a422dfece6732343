import type { Database } from '@kinerja/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { AliasPool, type EntityFilter, filterSql, type ScalarFilter } from './filter-sql.js';
import type { EntitySpec, ScopeOf } from './spec.js';

/** The aggregate functions offered over numeric fields. */
export const AGGREGATE_FUNCTIONS = ['sum', 'avg', 'min', 'max'] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

/** Aggregates of a set of rows: the count and, per numeric field, sum/avg/min/max. */
export type Aggregates = {
  count: number;
} & Record<AggregateFunction, Record<string, number | null>>;

/** One group of `groupedAggregates`: its key values (as text, in the order of `groupBy`) and its aggregates. */
export type Group = Aggregates & { keys: (string | null)[]; groupBy: readonly string[] };

/** The type whose database key a group key is (`UNIT` → `Unit`), or null for a plain value. */
export const groupKeyObjectType = (spec: EntitySpec, key: string): string | null => {
  const field = Object.values(spec.fields).find((f) => f.groupBy === key);
  if (field) return field.kind.type === 'ID' ? field.kind.of : null;
  return spec.groupKeys?.find((k) => k.name === key)?.of ?? null;
};

/** A condition on a group's aggregates (`having`). */
export type HavingFilter = { count?: ScalarFilter | null } & Partial<
  Record<AggregateFunction, Record<string, ScalarFilter | null> | null>
>;

/** The most groups one `groupedAggregates` answers; past that the caller must filter. */
export const MAX_GROUPS = 5000;

export const numericFields = (spec: EntitySpec) => Object.entries(spec.fields).filter(([, f]) => f.aggregate);

const aggregateColumns = (spec: EntitySpec, alias: string) => {
  const columns: RawBuilder<unknown>[] = [sql`count(*) as ${sql.id('count')}`];
  for (const [name, f] of numericFields(spec)) {
    for (const fn of AGGREGATE_FUNCTIONS) {
      columns.push(
        sql`cast(${sql.raw(fn)}(${sql.ref(`${alias}.${f.column}`)}) as float8) as ${sql.id(`${fn}__${name}`)}`,
      );
    }
  }
  return sql.join(columns);
};

const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Reads the aggregate columns of a result row into the GraphQL shape. */
export const readAggregates = (spec: EntitySpec, row: Record<string, unknown> | undefined): Aggregates => {
  const out = { count: Number(row?.count ?? 0), sum: {}, avg: {}, min: {}, max: {} } as Aggregates;
  for (const [name] of numericFields(spec)) {
    for (const fn of AGGREGATE_FUNCTIONS) out[fn][name] = toNumber(row?.[`${fn}__${name}`]);
  }
  return out;
};

/** The SQL of a group key (a field with `groupBy` or a custom key) over an alias. */
const groupKeySql = (spec: EntitySpec, alias: string, key: string): RawBuilder<unknown> => {
  const field = Object.values(spec.fields).find((f) => f.groupBy === key);
  if (field) return sql`cast(${sql.ref(`${alias}.${field.column}`)} as text)`;
  const custom = spec.groupKeys?.find((k) => k.name === key);
  if (custom) return sql.raw(`cast((${custom.sql(alias)}) as text)`);
  throw new Error(`${spec.name} has no group key ${key}`);
};

/** All group-key names of an entity, for the GraphQL enum. */
export const groupKeyNames = (spec: EntitySpec) => [
  ...Object.values(spec.fields).flatMap((f) => (f.groupBy ? [f.groupBy] : [])),
  ...(spec.groupKeys ?? []).map((k) => k.name),
];

const havingSql = (spec: EntitySpec, alias: string, having: HavingFilter | null | undefined): RawBuilder<boolean> => {
  if (!having) return sql<boolean>`true`;
  const parts: RawBuilder<boolean>[] = [];
  const compare = (expr: RawBuilder<unknown>, f: ScalarFilter) => {
    const ops: [keyof ScalarFilter, string][] = [
      ['eq', '='],
      ['ne', '<>'],
      ['lt', '<'],
      ['lte', '<='],
      ['gt', '>'],
      ['gte', '>='],
    ];
    for (const [op, symbol] of ops) {
      const v = f[op];
      if (v !== undefined && v !== null) parts.push(sql<boolean>`${expr} ${sql.raw(symbol)} ${v}`);
    }
  };
  if (having.count) compare(sql`count(*)`, having.count);
  for (const fn of AGGREGATE_FUNCTIONS) {
    for (const [name, f] of Object.entries(having[fn] ?? {})) {
      const field = spec.fields[name];
      if (field && f) compare(sql`${sql.raw(fn)}(${sql.ref(`${alias}.${field.column}`)})`, f);
    }
  }
  return parts.length ? sql<boolean>`${sql.join(parts, sql` and `)}` : sql<boolean>`true`;
};

/** Aggregates of every row matching the filter within the scope: one statement. */
export const aggregate = async (
  db: Kysely<Database>,
  spec: EntitySpec,
  filter: EntityFilter | null | undefined,
  scopeOf: ScopeOf,
  today: string,
): Promise<Aggregates> => {
  const where = filterSql(spec, 't', filter, new AliasPool(today, scopeOf));
  const { rows } = await sql<Record<string, unknown>>`select ${aggregateColumns(spec, 't')}
    from ${sql.table(spec.table)} as t where ${scopeOf(spec)('t')} and ${where}`.execute(db);
  return readAggregates(spec, rows[0]);
};

/** Aggregates per parent for a nested list, for many parents in one statement. */
export const aggregateByParent = async (
  db: Kysely<Database>,
  spec: EntitySpec,
  parentColumn: string,
  parentIds: readonly number[],
  filter: EntityFilter | null | undefined,
  scopeOf: ScopeOf,
  today: string,
): Promise<Aggregates[]> => {
  const where = filterSql(spec, 't', filter, new AliasPool(today, scopeOf));
  const parent = sql.ref(`t.${parentColumn}`);
  const { rows } = await sql<Record<string, unknown>>`select ${parent} as __parent, ${aggregateColumns(spec, 't')}
    from ${sql.table(spec.table)} as t
    where ${parent} = any(cast(${[...new Set(parentIds)]} as bigint[])) and ${scopeOf(spec)('t')} and ${where}
    group by ${parent}`.execute(db);
  const byParent = new Map(rows.map((r) => [String(r.__parent), r]));
  return parentIds.map((id) => readAggregates(spec, byParent.get(String(id))));
};

/** Groups of one parent, for nested lists: the parent key comes back in `parent`. */
export type ParentGroup = Group & { parent: string };

/**
 * Aggregates per group of the given keys, filtered by `having`, ordered by the keys: one statement. With
 * `parent`, the groups of many parents of a nested list at once (the parent key is the first group key).
 */
export const groupedAggregates = async (
  db: Kysely<Database>,
  spec: EntitySpec,
  groupBy: readonly string[],
  filter: EntityFilter | null | undefined,
  having: HavingFilter | null | undefined,
  scopeOf: ScopeOf,
  today: string,
  parent?: { column: string; ids: readonly number[] },
): Promise<ParentGroup[]> => {
  const filterWhere = filterSql(spec, 't', filter, new AliasPool(today, scopeOf));
  const where = parent
    ? sql<boolean>`${sql.ref(`t.${parent.column}`)} = any(cast(${[...new Set(parent.ids)]} as bigint[])) and ${filterWhere}`
    : filterWhere;
  const keys = [
    ...(parent ? [sql`cast(${sql.ref(`t.${parent.column}`)} as text)`] : []),
    ...groupBy.map((k) => groupKeySql(spec, 't', k)),
  ];
  const keyColumns = keys.map((k, i) => sql`${k} as ${sql.id(`key__${i}`)}`);
  const { rows } = await sql<Record<string, unknown>>`select ${sql.join([...keyColumns, aggregateColumns(spec, 't')])}
    from ${sql.table(spec.table)} as t
    where ${scopeOf(spec)('t')} and ${where}
    group by ${sql.join(keys)}
    having ${havingSql(spec, 't', having)}
    order by ${sql.join(keys.map((_, i) => sql`${sql.raw(String(i + 1))} nulls last`))}
    limit ${MAX_GROUPS}`.execute(db);
  const offset = parent ? 1 : 0;
  const objectTypes = groupBy.map((k) => groupKeyObjectType(spec, k));
  return rows.map((r) => ({
    ...readAggregates(spec, r),
    parent: parent ? String(r.key__0) : '',
    groupBy,
    keys: groupBy.map((_, i) => {
      const value = (r[`key__${i + offset}`] ?? null) as string | null;
      const of = objectTypes[i];
      return value !== null && of ? encodeGlobalID(of, value) : value;
    }),
  }));
};
