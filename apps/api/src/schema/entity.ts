import type { GraphQLResolveInfo } from 'graphql';
import { sql } from 'kysely';
import type { Context } from '../context.js';
import type { AnyRef } from '../query/any-ref.js';
import { joinedKey, manyKey, reads, readsMany, readsOne, requestedShape } from '../query/columns.js';
import type { ListArgs } from '../query/connection.js';
import { enumType, type ListTypes, listArgs } from '../query/list-types.js';
import { loadByKey } from '../query/load.js';
import { nestedConnection, rootConnection } from '../query/resolve-list.js';
import type { CustomFilterSpec, EntitySpec, FieldKind } from '../query/spec.js';

/** Helpers every entity file uses: spec fields on the object, list fields, and to-one loads by key. */

type Row = Record<string, unknown>;

const outputType = (kind: FieldKind): AnyRef =>
  kind.type === 'Enum' ? enumType(kind.enumName, kind.values, `${kind.enumName} values.`) : kind.type;

/** Every visible column of the spec as a field of the object type, camelCase over snake_case. */
export const specFields = (t: AnyRef, spec: EntitySpec) =>
  Object.fromEntries(
    Object.entries(spec.fields)
      .filter(([, f]) => !f.hidden && f.kind.type !== 'ID')
      .map(([name, f]) => [
        name,
        t.field({
          type: outputType(f.kind),
          nullable: f.nullable ?? false,
          description: f.description,
          ...reads(f.column),
          resolve: (row: Row) => row[f.column] ?? null,
        }),
      ]),
  );

/** A top-level list field. */
export const rootListField = (t: AnyRef, types: ListTypes, description: string) =>
  t.field({
    type: types.connection,
    description,
    args: listArgs(t, types),
    resolve: (_: unknown, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) =>
      rootConnection(ctx, types.spec, args, requestedShape(info, [])),
  });

/** A list under a parent, batched per level: the children whose `childColumn` is the parent's key. */
export const nestedListField = (
  t: AnyRef,
  types: ListTypes,
  description: string,
  childColumn: string,
  parentColumn = 'id',
) =>
  t.field({
    type: types.connection,
    description,
    args: listArgs(t, types),
    ...readsMany({ spec: types.spec, childColumn, parentColumn }),
    resolve: (parent: Row, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) => {
      // Built inside the parent's statement when the parent came from a list or a load that knew the selection.
      const prefetched = parent[manyKey(String(info.path.key))] as Row[] | undefined;
      return nestedConnection(
        ctx,
        types.spec,
        childColumn,
        Number(parent[parentColumn]),
        args,
        requestedShape(info, []),
        prefetched,
      );
    },
  });

/** A to-one relation field loaded by its foreign key. */
export const toOneField = (
  t: AnyRef,
  type: AnyRef,
  table: string,
  fkColumn: string,
  description: string,
  nullable = false,
) =>
  t.field({
    type,
    nullable,
    description,
    ...readsOne(fkColumn, table),
    resolve: async (row: Row, _: unknown, ctx: Context, info: GraphQLResolveInfo) => {
      // Joined into the parent's statement when the parent came from a list or a load that knew the selection.
      const joined = row[joinedKey(info.fieldName)];
      if (joined !== undefined) return joined;
      const key = row[fkColumn];
      if (key === null || key === undefined) return null;
      return loadByKey(ctx, table, 'id', Number(key), requestedShape(info, ['id']));
    },
  });

/** The `withinUnit` filter: the entity's unit is the given unit or any unit below it (closure table). */
export const withinUnit = (unitColumn: string, description: string): CustomFilterSpec => ({
  type: 'ID',
  of: 'Unit',
  description,
  sql: withinUnitSql(unitColumn),
});

/** The unit or any unit below it: a subtree filter through the closure table (an index lookup). */
const withinUnitSql = (unitColumn: string) => (alias: string, value: unknown) => {
  const id = value as number;
  return sql<boolean>`exists (select 1 from unit_closure uc where uc.ancestor_id = ${id}
    and uc.descendant_id = ${sql.ref(`${alias}.${unitColumn}`)})`;
};

/** The top-level unit (perangkat daerah) above a unit column, as a group key. */
export const perangkatDaerahKey = (unitColumn: string) => (alias: string) =>
  `(select uc.ancestor_id from unit_closure uc join unit ur on ur.id = uc.ancestor_id
     where uc.descendant_id = ${alias}.${unitColumn} and ur.parent_id is not null
     and exists (select 1 from unit top where top.id = ur.parent_id and top.parent_id is null) limit 1)`;
