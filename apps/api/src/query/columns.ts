import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';
import { type ListArgs, pageSize } from './connection.js';
import type { EntitySpec } from './spec.js';

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

/** A nested list read with its parent: which list, how it hangs off the parent, its arguments and its shape. */
export type ManySpec = { readonly spec: EntitySpec; readonly childColumn: string; readonly parentColumn: string };

/**
 * The columns read from a row, the to-one relations joined into it (by field name) and the nested lists built
 * with it (by response key, since one list can be asked twice with other arguments).
 */
export type Shape = {
  readonly columns: readonly string[];
  readonly toOne: ReadonlyMap<string, { readonly table: string; readonly fkColumn: string; readonly shape: Shape }>;
  readonly many: ReadonlyMap<string, ManySpec & { readonly args: ListArgs; readonly shape: Shape }>;
};

type MutableShape = {
  columns: Set<string>;
  toOne: Map<string, { table: string; fkColumn: string; shape: MutableShape }>;
  many: Map<string, ManySpec & { args: ListArgs; shape: MutableShape }>;
};

/** The extensions of a nested list field: it reads the parent's key and can be built inside the parent's statement. */
export const readsMany = (many: ManySpec) => ({ extensions: { columns: [many.parentColumn], many } });

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
        joined = { ...toOne, shape: { columns: new Set(['id']), toOne: new Map(), many: new Map() } };
        out.toOne.set(name, joined);
      }
      collect(info, target, s.selectionSet, joined.shape, false);
    }
    const many = field.extensions?.many as ManySpec | undefined;
    if (many && isObjectType(target)) {
      const key = s.alias?.value ?? name;
      const args = getArgumentValues(field, s, info.variableValues) as ListArgs;
      pageSize(args);
      const child: MutableShape = { columns: new Set([many.childColumn]), toOne: new Map(), many: new Map() };
      collect(info, target, s.selectionSet, child, true);
      out.many.set(key, { ...many, args, shape: child });
    }
  }
};

const freeze = (s: MutableShape): Shape => ({
  columns: s.columns.has(ALL) ? [ALL] : [...s.columns].sort(),
  toOne: new Map([...s.toOne].map(([k, v]) => [k, { table: v.table, fkColumn: v.fkColumn, shape: freeze(v.shape) }])),
  many: new Map([...s.many].map(([k, v]) => [k, { ...v, shape: freeze(v.shape) }])),
});

/**
 * What the selection under this field reads from its rows: for a connection, its `nodes`/`edges.node` selection;
 * for an object field, its own. `always` (keys, order keys) are added. Worked out once per field of a request.
 */
export const requestedShape = (info: GraphQLResolveInfo, always: readonly string[]): Shape => {
  const cached = memo.get(info.fieldNodes);
  if (cached) return cached;
  const out: MutableShape = { columns: new Set(always), toOne: new Map(), many: new Map() };
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

/** The key under which a row carries the rows of a nested list built with it. */
export const manyKey = (responseKey: string) => `__many_${responseKey}`;

/** A stable text of a shape, for loader names. */
export const shapeKey = (shape: Shape): string =>
  `${shape.columns.join(',')}${[...shape.toOne].map(([f, o]) => `|${f}(${shapeKey(o.shape)})`).join('')}${[
    ...shape.many,
  ]
    .map(([k, m]) => `|${k}[${JSON.stringify(m.args)}](${shapeKey(m.shape)})`)
    .join('')}`;
