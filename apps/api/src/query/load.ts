import { sql } from 'kysely';
import type { Context } from '../context.js';
import { ALL, type Shape, shapeKey } from './columns.js';
import { AliasPool } from './filter-sql.js';
import { selectShape } from './shape-sql.js';

type Row = Record<string, unknown>;

const loadRowsByKey = (ctx: Context, table: string, column: string, key: number, shape: Shape, scoped: boolean) =>
  ctx
    .loader(
      `${scoped ? 'byKey' : 'byKeyUnscoped'}:${table}.${column}:${shapeKey(shape)}`,
      async (keys: readonly number[]) => {
        const env = { aliases: new AliasPool(ctx.today, ctx.scope), scope: ctx.scope };
        const visible = scoped ? ctx.scope({ table })('t') : sql<boolean>`true`;
        const { rows } = await sql<Row>`select ${selectShape('t', shape, env, [column])} from ${sql.table(table)} as t
        where ${sql.ref(`t.${column}`)} = any(cast(${[...new Set(keys)]} as bigint[])) and ${visible}`.execute(ctx.db);
        const byKey = new Map(rows.map((r) => [Number(r[column]), r]));
        return keys.map((k) => byKey.get(k) ?? null);
      },
    )
    .load(key) as Promise<Row | null>;

const WHOLE_ROW: Shape = { columns: [ALL], toOne: new Map(), many: new Map() };

/**
 * Loads rows of a table by key (only what `shape` reads), for every key asked at one level, in one statement. A row
 * outside the caller's scope loads as null (`node(id)`, to-one relations).
 */
export const loadByKey = (ctx: Context, table: string, column: string, key: number, shape: Shape = WHOLE_ROW) =>
  loadRowsByKey(ctx, table, column, key, shape, true);

/**
 * Loads a row whatever the caller's scope: a row a rule needs to decide about a row the caller sees (the evaluator's
 * pangkat of a visible employee), never returned itself; or the signed-in person's own (the units of their grants,
 * their instansi, their employee record), which `signIn` answers while its request is still anonymous.
 */
export const loadUnscoped = (ctx: Context, table: string, column: string, key: number) =>
  loadRowsByKey(ctx, table, column, key, WHOLE_ROW, false);

/** Loads every row of a table whose `column` is one of the keys, grouped per key, in one statement. */
export const loadManyByKey = (ctx: Context, table: string, column: string, key: number, orderBy = 'id') =>
  ctx
    .loader(`manyByKey:${table}.${column}:${orderBy}`, async (keys: readonly number[]) => {
      const { rows } = await sql<Row>`select * from ${sql.table(table)}
        where ${sql.ref(column)} = any(cast(${[...new Set(keys)]} as bigint[]))
        order by ${sql.raw(orderBy)}`.execute(ctx.db);
      const byKey = new Map<number, Row[]>();
      for (const r of rows) {
        const k = Number(r[column]);
        const list = byKey.get(k);
        if (list) list.push(r);
        else byKey.set(k, [r]);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    })
    .load(key) as Promise<Row[]>;
