import { type RawBuilder, sql } from 'kysely';
import { ALL, joinedKey, manyKey, type Shape } from './columns.js';
import { pagePlan } from './connection.js';
import type { AliasPool } from './filter-sql.js';
import type { ScopeOf } from './spec.js';

/** What building a statement's select list needs: fresh aliases (with the request's date) and the caller's scope. */
export type ShapeEnv = {
  readonly aliases: AliasPool;
  readonly scope: ScopeOf;
};

/**
 * A row of `alias` as one JSON object (json, not jsonb: nothing is queried inside it, so the binary form would only
 * cost) of the shape's columns, joined to-one relations and nested lists.
 */
const jsonObject = (alias: string, shape: Shape, env: ShapeEnv): RawBuilder<unknown> => {
  const extra = [
    ...[...shape.toOne].map(([field, one]) => sql`${sql.lit(joinedKey(field))}, ${joinedOne(alias, one, env)}`),
    ...[...shape.many].map(([key, many]) => sql`${sql.lit(manyKey(key))}, ${nestedMany(alias, many, env)}`),
  ];
  if (shape.columns.includes(ALL))
    return extra.length === 0
      ? sql`to_json(${sql.id(alias)})`
      : sql`(to_jsonb(${sql.id(alias)}) || jsonb_build_object(${sql.join(extra)}))::json`;
  const columns = shape.columns.map((c) => sql`${sql.lit(c)}, ${sql.ref(`${alias}.${c}`)}`);
  return sql`json_build_object(${sql.join([...columns, ...extra])})`;
};

/**
 * One to-one relation as a JSON object (or null), looked up by its key: an index lookup per row. A row outside the
 * caller's scope is null, as if it did not exist.
 */
const joinedOne = (
  alias: string,
  one: { table: string; fkColumn: string; shape: Shape },
  env: ShapeEnv,
): RawBuilder<unknown> => {
  const inner = env.aliases.next();
  return sql`(select ${jsonObject(inner, one.shape, env)} from ${sql.table(one.table)} as ${sql.id(inner)}
    where ${sql.ref(`${inner}.id`)} = ${sql.ref(`${alias}.${one.fkColumn}`)} and ${env.scope(one)(inner)})`;
};

/**
 * One page of a nested list as a JSON array (one more row than asked, in page order), built inside the parent's
 * statement: the index on the foreign key finds each parent's rows, and the list costs no statement of its own.
 */
const nestedMany = (
  alias: string,
  many: Shape['many'] extends ReadonlyMap<string, infer M> ? M : never,
  env: ShapeEnv,
): RawBuilder<unknown> => {
  const inner = env.aliases.next();
  const plan = pagePlan(many.spec, many.args, inner, env.aliases);
  const keys = [many.spec.key, ...(many.spec.stableKeys ?? []), ...plan.keys.map((k) => k.column)];
  const shape: Shape = {
    ...many.shape,
    columns: many.shape.columns.includes(ALL) ? [ALL] : [...new Set([...many.shape.columns, ...keys])],
  };
  const rows = env.aliases.next();
  // json_agg keeps the order of the sorted, limited sub-query it reads (a scan of its output, never re-sorted): an
  // ordered aggregate would sort every parent's rows a second time.
  return sql`(select coalesce(json_agg(${sql.id(rows)}.j), '[]'::json) from (
      select ${jsonObject(inner, shape, env)} as j
      from ${sql.table(many.spec.table)} as ${sql.id(inner)}
      where ${sql.ref(`${inner}.${many.childColumn}`)} = ${sql.ref(`${alias}.${many.parentColumn}`)}
        and ${env.scope(many.spec)(inner)} and ${plan.where}
      order by ${plan.order} limit ${plan.size + 1}) as ${sql.id(rows)})`;
};

/** The select list of a shape over `alias`: its columns, then each joined relation and nested list under its key. */
export const selectShape = (
  alias: string,
  shape: Shape,
  env: ShapeEnv,
  extra: readonly string[] = [],
): RawBuilder<unknown> => {
  const columns = shape.columns.includes(ALL) ? [ALL] : [...new Set([...shape.columns, ...extra])];
  const list = columns.includes(ALL) ? [sql.raw(`${alias}.*`)] : columns.map((c) => sql.ref(`${alias}.${c}`));
  const joins = [...shape.toOne].map(
    ([field, one]) => sql`${joinedOne(alias, one, env)} as ${sql.id(joinedKey(field))}`,
  );
  const lists = [...shape.many].map(([key, many]) => sql`${nestedMany(alias, many, env)} as ${sql.id(manyKey(key))}`);
  return sql.join([...list, ...joins, ...lists]);
};
