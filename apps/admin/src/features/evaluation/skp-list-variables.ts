import { PREDIKATS, SKP_STATES } from '@kinerja/domain';
import type { TableState } from '../../components/data-table/use-url-state.js';
import type { Predikat, SkpFilter, SkpOrderBy, SkpState } from '../../gql/graphql.js';
import type { Viewer } from '../../session/session.js';

/** Whose SKPs: the viewer's own subordinates (as their evaluator), or those of a unit the viewer heads. */
export type SkpScope =
  | { readonly kind: 'evaluator'; readonly employeeId: string }
  | { readonly kind: 'unit'; readonly unitId: string; readonly name: string };

/**
 * The scopes a viewer may read SKPs in: as the evaluator of their subordinates (when they hold EVALUATOR and have
 * an employee record), and the subtree of each unit they head (UNIT_HEAD grants). First is the default.
 */
export const skpScopes = (viewer: Viewer): SkpScope[] => {
  const scopes: SkpScope[] = [];
  if (viewer.employee && viewer.roles.includes('EVALUATOR'))
    scopes.push({ kind: 'evaluator', employeeId: viewer.employee.id });
  for (const g of viewer.grants)
    if (g.role === 'UNIT_HEAD' && g.unit && !scopes.some((s) => s.kind === 'unit' && s.unitId === g.unit?.id))
      scopes.push({ kind: 'unit', unitId: g.unit.id, name: g.unit.name });
  return scopes;
};

/** The URL value of a scope: `mine`, or the unit's id. */
export const scopeValue = (scope: SkpScope): string => (scope.kind === 'evaluator' ? 'mine' : scope.unitId);

const isState = (v: string): v is SkpState => (SKP_STATES as readonly string[]).includes(v);
const isPredikat = (v: string): v is Predikat => (PREDIKATS as readonly string[]).includes(v);

/**
 * The server filter of the SKP list: the scope, then `year`, `state`, the annual `predikat` and `q` (the employee's
 * name, contains, or NIP, prefix). `withState: false` leaves the state out, for the counts by state.
 */
export const skpFilter = (
  scope: SkpScope,
  filters: Readonly<Record<string, string>>,
  { withState = true }: { withState?: boolean } = {},
): SkpFilter => {
  const and: SkpFilter[] = [
    scope.kind === 'evaluator' ? { evaluatorId: { eq: scope.employeeId } } : { withinUnit: scope.unitId },
  ];
  const year = Number(filters.year);
  if (filters.year && Number.isInteger(year)) and.push({ year: { eq: year } });
  if (withState && filters.state && isState(filters.state)) and.push({ state: { eq: filters.state } });
  if (filters.predikat && isPredikat(filters.predikat)) and.push({ annualPredikat: { eq: filters.predikat } });
  const q = filters.q?.trim();
  if (q) and.push({ employee: { or: [{ name: { contains: q } }, { nip: { startsWith: q } }] } });
  return and.length === 1 && and[0] ? and[0] : { and };
};

/** The API order: the year, newest first unless asked otherwise. */
export const skpOrder = (sort: TableState['sort']): SkpOrderBy[] =>
  sort.some((s) => s.id === 'year' && !s.desc) ? ['YEAR_ASC'] : ['YEAR_DESC'];

/** The variables of one page of the list. */
export const skpListVariables = (scope: SkpScope, state: TableState) => {
  const base = { filter: skpFilter(scope, state.filters), orderBy: skpOrder(state.sort) };
  const c = state.cursor;
  if (c && 'before' in c) return { ...base, last: state.pageSize, before: c.before };
  if (c && 'after' in c) return { ...base, first: state.pageSize, after: c.after };
  return { ...base, first: state.pageSize };
};

/** The number of SKPs in each state, in workflow order, from the API's groups (states with none count 0). */
export const countsByState = (
  groups: readonly { readonly keys: readonly (string | null)[]; readonly count: number }[],
): { state: SkpState; count: number }[] =>
  SKP_STATES.map((state) => ({ state, count: groups.find((g) => g.keys[0] === state)?.count ?? 0 }));
