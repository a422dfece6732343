import { type RawBuilder, sql } from 'kysely';
import { decodeIdFilter } from './ids.js';
import type { EntitySpec, FieldSpec, ScopeOf } from './spec.js';

/** The operators of a scalar filter; which ones a field offers depends on its kind. */
export type ScalarFilter = {
  eq?: unknown;
  ne?: unknown;
  in?: readonly unknown[] | null | undefined;
  notIn?: readonly unknown[] | null | undefined;
  lt?: unknown;
  lte?: unknown;
  gt?: unknown;
  gte?: unknown;
  isNull?: boolean | null | undefined;
  contains?: string | null | undefined;
  startsWith?: string | null | undefined;
};

/** A filter over an entity: fields, relations, and `and`/`or`/`not` to any depth. */
export type EntityFilter = {
  and?: readonly EntityFilter[] | null;
  or?: readonly EntityFilter[] | null;
  not?: EntityFilter | null;
  [fieldOrRelation: string]: unknown;
};

/** A to-many relation filter. */
export type ManyFilter = { some?: EntityFilter | null; every?: EntityFilter | null; none?: EntityFilter | null };

const TRUE = sql<boolean>`true`;
const FALSE = sql<boolean>`false`;

const isSet = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

/** Escapes LIKE wildcards so `contains: "50%"` means the text, not a pattern. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const and = (parts: RawBuilder<boolean>[]): RawBuilder<boolean> =>
  parts.length === 0
    ? TRUE
    : parts.length === 1
      ? (parts[0] as RawBuilder<boolean>)
      : sql<boolean>`(${sql.join(parts, sql` and `)})`;

const or = (parts: RawBuilder<boolean>[]): RawBuilder<boolean> =>
  parts.length === 0
    ? FALSE
    : parts.length === 1
      ? (parts[0] as RawBuilder<boolean>)
      : sql<boolean>`(${sql.join(parts, sql` or `)})`;

/**
 * Allocates table aliases for nested sub-queries of one statement, and carries the request's date and the caller's
 * scope, so a relation filter only looks at rows the caller may see.
 */
export class AliasPool {
  private n = 0;
  constructor(
    readonly today: string,
    readonly scope: ScopeOf,
  ) {}
  next(): string {
    this.n += 1;
    return `f${this.n}`;
  }
}

/** ID fields take global IDs; the SQL compares database keys. */
const decodeIds = (field: FieldSpec, f: ScalarFilter, name: string): ScalarFilter => {
  if (field.kind.type !== 'ID') return f;
  const of = field.kind.of;
  const one = (v: unknown) => (v === null || v === undefined ? v : decodeIdFilter(of, String(v), name));
  const many = (vs: readonly unknown[] | null | undefined) => (vs ? vs.map(one) : vs);
  return { ...f, eq: one(f.eq), ne: one(f.ne), in: many(f.in), notIn: many(f.notIn) };
};

const scalarSql = (
  column: RawBuilder<unknown>,
  field: FieldSpec,
  raw: ScalarFilter,
  name: string,
): RawBuilder<boolean>[] => {
  const f = decodeIds(field, raw, name);
  const parts: RawBuilder<boolean>[] = [];
  const text = field.kind.type === 'String';
  if (isSet(f.eq)) parts.push(sql<boolean>`${column} = ${f.eq}`);
  if (isSet(f.ne)) parts.push(sql<boolean>`${column} is distinct from ${f.ne}`);
  if (isSet(f.in))
    parts.push(f.in.length ? sql<boolean>`${column} in (${sql.join(f.in.map((v) => sql`${v}`))})` : FALSE);
  if (isSet(f.notIn) && f.notIn.length)
    parts.push(sql<boolean>`(${column} is null or ${column} not in (${sql.join(f.notIn.map((v) => sql`${v}`))}))`);
  if (isSet(f.lt)) parts.push(sql<boolean>`${column} < ${f.lt}`);
  if (isSet(f.lte)) parts.push(sql<boolean>`${column} <= ${f.lte}`);
  if (isSet(f.gt)) parts.push(sql<boolean>`${column} > ${f.gt}`);
  if (isSet(f.gte)) parts.push(sql<boolean>`${column} >= ${f.gte}`);
  if (isSet(f.isNull)) parts.push(f.isNull ? sql<boolean>`${column} is null` : sql<boolean>`${column} is not null`);
  if (text && isSet(f.contains))
    parts.push(sql<boolean>`lower(${column}) like ${`%${likeEscape(f.contains.toLowerCase())}%`}`);
  if (text && isSet(f.startsWith))
    parts.push(sql<boolean>`lower(${column}) like ${`${likeEscape(f.startsWith.toLowerCase())}%`}`);
  return parts;
};

/**
 * Compiles an entity filter into one SQL condition over `alias`. Relations become EXISTS sub-queries on the
 * foreign key (an index lookup), so a filter never runs a query per row.
 */
export const filterSql = (
  spec: EntitySpec,
  alias: string,
  filter: EntityFilter | null | undefined,
  aliases: AliasPool,
): RawBuilder<boolean> => {
  if (!filter) return TRUE;
  const parts: RawBuilder<boolean>[] = [];
  for (const [name, value] of Object.entries(filter)) {
    if (!isSet(value)) continue;
    if (name === 'and') {
      parts.push(and((value as EntityFilter[]).map((f) => filterSql(spec, alias, f, aliases))));
      continue;
    }
    if (name === 'or') {
      parts.push(or((value as EntityFilter[]).map((f) => filterSql(spec, alias, f, aliases))));
      continue;
    }
    if (name === 'not') {
      parts.push(sql<boolean>`not ${filterSql(spec, alias, value as EntityFilter, aliases)}`);
      continue;
    }
    const field = spec.fields[name];
    if (field) {
      parts.push(...scalarSql(sql.ref(`${alias}.${field.column}`), field, value as ScalarFilter, name));
      continue;
    }
    const relation = spec.relations[name];
    if (relation) {
      const target = relation.target();
      const sub = aliases.next();
      const join = sql<boolean>`${sql.ref(`${sub}.${relation.targetColumn}`)} = ${sql.ref(`${alias}.${relation.localColumn}`)}`;
      // Only rows the caller may see count: `none`/`every` over hidden rows would otherwise reveal them.
      const visible = aliases.scope(target)(sub);
      const exists = (where: RawBuilder<boolean>) =>
        sql<boolean>`exists (select 1 from ${sql.table(target.table)} as ${sql.id(sub)}
          where ${join} and ${visible} and ${where})`;
      if (relation.kind === 'one') {
        parts.push(exists(filterSql(target, sub, value as EntityFilter, aliases)));
      } else {
        const m = value as ManyFilter;
        if (isSet(m.some)) parts.push(exists(filterSql(target, sub, m.some, aliases)));
        if (isSet(m.none)) parts.push(sql<boolean>`not ${exists(filterSql(target, sub, m.none, aliases))}`);
        if (isSet(m.every))
          parts.push(
            sql<boolean>`not ${exists(sql<boolean>`not coalesce(${filterSql(target, sub, m.every, aliases)}, false)`)}`,
          );
      }
      continue;
    }
    const custom = spec.customFilters?.[name];
    if (custom) {
      const input = custom.type === 'ID' && custom.of ? decodeIdFilter(custom.of, String(value), name) : value;
      parts.push(custom.sql(alias, input, aliases.today));
      continue;
    }
    // The GraphQL schema only offers known fields; reaching here is a bug in the spec.
    throw new Error(`${spec.name} has no filter field ${name}`);
  }
  return and(parts);
};
