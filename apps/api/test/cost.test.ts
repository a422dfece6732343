import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../src/cost.js';

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  return operationCost(document, operation, variables);
};

describe('the cost of an operation, known before it runs', () => {
  it('is the page size times the cost of one item, for nested lists too', () => {
    expect(cost('{ units(first: 20) { nodes { name } } }')).toBe(20);
    expect(cost('{ units(first: 20) { nodes { employees(first: 50) { nodes { name } } } } }')).toBe(20 * (1 + 50));
  });
  it('counts objects but not scalars or connection wrappers', () => {
    expect(cost('{ units(first: 2) { totalCount pageInfo { hasNextPage } nodes { name parent { name } } } }')).toBe(
      2 * (1 + 1),
    );
  });
  it('reads page sizes from variables and fragments', () => {
    const q =
      'query($n: Int) { employees(first: $n) { ...E } } fragment E on EmployeeConnection { nodes { unit { name } } }';
    expect(cost(q, { n: 30 })).toBe(30 * (1 + 1));
  });
  it('prices an aggregate as one grouped statement', () => {
    expect(cost('{ employeeYears(first: 1) { groupedAggregates(groupBy: [UNIT]) { count } } }')).toBe(1 * (1 + 10));
  });
  it('does not loop on a fragment that spreads itself', () => {
    expect(cost('{ units(first: 1) { ...U } } fragment U on UnitConnection { nodes { name } ...U }')).toBe(1);
  });
});
