import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The cost of an operation, known before it runs: every object a field returns costs 1 (a connection's `nodes`,
 * `edges` and `pageInfo` are wrappers, not rows), and a list field costs its page size (`first`/`last`) times the
 * cost of one item. Aggregates cost a fixed amount (one grouped
 * statement each). Scalars are free. This is the upper bound of the rows the request can touch.
 */
const AGGREGATE_COST = 10;

/** Wrappers of a connection that are not rows of their own. */
const WRAPPERS = new Set(['nodes', 'edges', 'node', 'pageInfo']);

const argValue = (node: ValueNode, variables: Record<string, unknown>): unknown => {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
};

export const operationCost = (
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const costOf = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(f.name.value)) total += costOf(f.selectionSet, new Set([...seen, f.name.value]));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(s.selectionSet, seen);
      } else if (s.selectionSet) {
        const name = s.name.value;
        if (name === 'aggregates' || name === 'groupedAggregates') {
          total += AGGREGATE_COST;
          continue;
        }
        const size = s.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
        const n = size ? Number(argValue(size.value, variables) ?? 0) : 1;
        const items = Number.isFinite(n) && n > 0 ? n : 1;
        total += items * ((WRAPPERS.has(name) ? 0 : 1) + costOf(s.selectionSet, seen));
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, new Set());
};

/** The error for an operation over the limit. */
export const costLimitError = (cost: number, limit: number) =>
  new GraphQLError(
    `this operation may cost ${cost}, over the limit of ${limit}: ask for smaller pages (first/last) or fewer nested lists`,
    { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: { requested: cost, limit }, http: { status: 400 } } },
  );
