import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getNamedType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';
import { type RawBuilder, sql } from 'kysely';

/**
 * What a request reads from each row, so a statement selects only that (as PostGraphile does) instead of `*`:
 * fewer bytes from PostgreSQL and fewer values for the driver to parse. Every field that reads the row declares
 * its columns in `extensions.columns`; a field that declares none reads the whole row. A to-one relation
 * (`extensions.toOne`) is joined into the same statement as a JSON object of its own shape, so following it costs
 * no statement of its own.
 */
export const ALL = '*';

/** The extensions of a field that reads these columns of its parent's row. */
export const reads = (...columns: string[]) => ({ extensions: { columns } });

/** The extensions of a to-one relation field: the foreign key it reads and the table it points into. */
export const readsOne = (fkColumn: string, table: string) => ({
  extensions: { columns: [fkColumn], toOne: { table, fkColumn } },
});

/** The columns read from a row and the to-one relations joined into it, by field name. */
export type Shape = {
  readonly columns: readonly string[];
  readonly toOne: ReadonlyMap<string, { readonly table: string; readonly fkColumn: string; readonly shape: Shape }>;
};

type MutableShape = {
  columns: Set<string>;
  toOne: Map<string, { table: string; fkColumn: string; shape: MutableShape }>;
};

const WRAPPERS = new Set(['nodes', 'edges', 'node']);

const collect = (
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  set: SelectionSetNode | undefined,
  out: MutableShape,
  unwrap: boolean,
) => {
  if (!set) return;
  for (const s of set.selections) {
    if (s.kind === 'FragmentSpread') {
      const f = info.fragments[s.name.value];
      if (f) collect(info, type, f.selectionSet, out, unwrap);
      continue;
    }
    if (s.kind === 'InlineFragment') {
      collect(info, type, s.selectionSet, out, unwrap);
      continue;
    }
    const name = s.name.value;
    if (name === '__typename') continue;
    const field = type.getFields()[name];
    if (!field) continue;
    if (unwrap && WRAPPERS.has(name)) {
      const inner = getNamedType(field.type);
      if (isObjectType(inner)) collect(info, inner, s.selectionSet, out, name === 'edges');
      continue;
    }
    if (unwrap) continue; // pageInfo, totalCount, aggregates: no row columns
    const columns = field.extensions?.columns as string[] | undefined;
    const toOne = field.extensions?.toOne as { table: string; fkColumn: string } | undefined;
    if (name === 'id') out.columns.add('id');
    else if (!columns) out.columns.add(ALL);
    else for (const c of columns) out.columns.add(c);
    const target = getNamedType(field.type);
    if (toOne && isObjectType(target)) {
      let joined = out.toOne.get(name);
      if (!joined) {
        joined = { ...toOne, shape: { columns: new Set(['id']), toOne: new Map() } };
        out.toOne.set(name, joined);
      }
      collect(info, target, s.selectionSet, joined.shape, false);
    }
  }
};

const freeze = (s: MutableShape): Shape => ({
  columns: s.columns.has(ALL) ? [ALL] : [...s.columns].sort(),
  toOne: new Map([...s.toOne].map(([k, v]) => [k, { table: v.table, fkColumn: v.fkColumn, shape: freeze(v.shape) }])),
});

/**
 * What the selection under this field reads from its rows: for a connection, its `nodes`/`edges.node` selection;
 * for an object field, its own. `always` (keys, order keys) are added. Worked out once per field of a request.
 */
export const requestedShape = (info: GraphQLResolveInfo, always: readonly string[]): Shape => {
  const cached = memo.get(info.fieldNodes);
  if (cached) return cached;
  const out: MutableShape = { columns: new Set(always), toOne: new Map() };
  const returned = getNamedType(info.returnType);
  if (isObjectType(returned)) {
    const connection = returned.name.endsWith('Connection');
    for (const node of info.fieldNodes as readonly FieldNode[])
      collect(info, returned, node.selectionSet, out, connection);
  } else out.columns.add(ALL);
  const shape = freeze(out);
  memo.set(info.fieldNodes, shape);
  return shape;
};

const memo = new WeakMap<readonly FieldNode[], Shape>();

/** The key under which a row carries a joined to-one relation. */
export const joinedKey = (field: string) => `__one_${field}`;

const jsonObject = (alias: string, shape: Shape, depth: number): RawBuilder<unknown> => {
  const base = shape.columns.includes(ALL)
    ? sql`to_jsonb(${sql.id(alias)})`
    : sql`jsonb_build_object(${sql.join(shape.columns.map((c) => sql`${sql.lit(c)}, ${sql.ref(`${alias}.${c}`)}`))})`;
  if (shape.toOne.size === 0) return base;
  const nested = [...shape.toOne].map(
    ([field, one]) => sql`${sql.lit(joinedKey(field))}, ${joinedOne(alias, one, depth + 1)}`,
  );
  return sql`${base} || jsonb_build_object(${sql.join(nested)})`;
};

/** One to-one relation as a JSON object (or null), looked up by its key: an index lookup per row. */
const joinedOne = (
  alias: string,
  one: { table: string; fkColumn: string; shape: Shape },
  depth: number,
): RawBuilder<unknown> => {
  const inner = `j${depth}`;
  return sql`(select ${jsonObject(inner, one.shape, depth)} from ${sql.table(one.table)} as ${sql.id(inner)}
    where ${sql.ref(`${inner}.id`)} = ${sql.ref(`${alias}.${one.fkColumn}`)})`;
};

/** The select list of a shape over `alias`: its columns and, per to-one relation, its joined JSON. */
export const selectShape = (alias: string, shape: Shape, extra: readonly string[] = []): RawBuilder<unknown> => {
  const columns = shape.columns.includes(ALL) ? [ALL] : [...new Set([...shape.columns, ...extra])];
  const list = columns.includes(ALL) ? [sql.raw(`${alias}.*`)] : columns.map((c) => sql.ref(`${alias}.${c}`));
  const joins = [...shape.toOne].map(([field, one]) => sql`${joinedOne(alias, one, 1)} as ${sql.id(joinedKey(field))}`);
  return sql.join([...list, ...joins]);
};

/** A stable text of a shape, for loader names. */
export const shapeKey = (shape: Shape): string =>
  `${shape.columns.join(',')}${[...shape.toOne].map(([f, o]) => `|${f}(${shapeKey(o.shape)})`).join('')}`;
