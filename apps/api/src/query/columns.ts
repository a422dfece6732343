import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getNamedType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';

/**
 * Which columns a request reads, so each statement selects only those (as PostGraphile does) instead of `*`:
 * fewer bytes from PostgreSQL and, above all, fewer values for the driver to parse. Every field that reads the
 * row declares its columns in `extensions.columns`; a field that declares none reads the whole row.
 */
export const ALL = '*';

/** The extensions of a field that reads these columns of its parent's row. */
export const reads = (...columns: string[]) => ({ extensions: { columns } });

const WRAPPERS = new Set(['nodes', 'edges', 'node']);

const collect = (
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  set: SelectionSetNode | undefined,
  out: Set<string>,
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
    if (name === 'id') out.add('id');
    else if (!columns) out.add(ALL);
    else for (const c of columns) out.add(c);
  }
};

/**
 * The columns the selection under this field reads from its rows: for a connection, its `nodes`/`edges.node`
 * selection; for an object field, its own. `always` (keys, order keys) are added; `*` means every column.
 */
export const requestedColumns = (info: GraphQLResolveInfo, always: readonly string[]): string[] => {
  // The same field of every row of a list shares its field nodes: work it out once.
  const cached = memo.get(info.fieldNodes);
  if (cached) return cached;
  const columns = computeColumns(info, always);
  memo.set(info.fieldNodes, columns);
  return columns;
};

const memo = new WeakMap<readonly FieldNode[], string[]>();

const computeColumns = (info: GraphQLResolveInfo, always: readonly string[]): string[] => {
  const out = new Set<string>(always);
  const returned = getNamedType(info.returnType);
  if (!isObjectType(returned)) return [ALL];
  const connection = returned.name.endsWith('Connection');
  for (const node of info.fieldNodes as readonly FieldNode[])
    collect(info, returned, node.selectionSet, out, connection);
  return out.has(ALL) ? [ALL] : [...out].sort();
};
