import { PANGKATS, PREDIKATS } from '@kinerja/domain';
import type { TableState } from '../../components/data-table/use-url-state.js';
import type { EmployeeFilter, EmployeeOrderBy, Pangkat, Predikat } from '../../gql/graphql.js';

/** The list's sort ids and the API order each stands for. */
const ORDER: Readonly<Record<string, readonly [EmployeeOrderBy, EmployeeOrderBy]>> = {
  name: ['NAME_ASC', 'NAME_DESC'],
  nip: ['NIP_ASC', 'NIP_DESC'],
  pangkat: ['CURRENT_PANGKAT_ASC', 'CURRENT_PANGKAT_DESC'],
};

/** The sort ids the employee list offers. */
export const EMPLOYEE_SORT_IDS = Object.keys(ORDER);

const isPangkat = (v: string): v is Pangkat => (PANGKATS as readonly string[]).includes(v);
const isPredikat = (v: string): v is Predikat => (PREDIKATS as readonly string[]).includes(v);

/**
 * The server-side filter of the list state: `q` is a name (contains) or a NIP (prefix); `unit` a unit whose whole
 * subtree counts; `pangkat` the current pangkat; `predikat` the latest annual predikat. Unknown values are ignored.
 */
export const employeeFilter = (filters: Readonly<Record<string, string>>): EmployeeFilter => {
  const and: EmployeeFilter[] = [];
  const q = filters.q?.trim();
  if (q) and.push({ or: [{ name: { contains: q } }, { nip: { startsWith: q } }] });
  if (filters.unit) and.push({ withinUnit: filters.unit });
  if (filters.pangkat && isPangkat(filters.pangkat)) and.push({ currentPangkat: { eq: filters.pangkat } });
  if (filters.predikat && isPredikat(filters.predikat)) and.push({ latestPredikat: { eq: filters.predikat } });
  return and.length === 1 && and[0] ? and[0] : { and };
};

/** The API order of the list's sort rules, NIP last so that pages are stable. */
export const employeeOrder = (sort: TableState['sort']): EmployeeOrderBy[] => {
  const order = sort.flatMap((s) => {
    const o = ORDER[s.id];
    return o ? [s.desc ? o[1] : o[0]] : [];
  });
  return order.some((o) => o.startsWith('NIP_')) ? order : [...order, 'NIP_ASC'];
};

/** The variables of one page of the list: filter, order and the cursor window. */
export const employeeListVariables = (state: TableState) => {
  const base = { filter: employeeFilter(state.filters), orderBy: employeeOrder(state.sort) };
  const c = state.cursor;
  if (c && 'before' in c) return { ...base, last: state.pageSize, before: c.before };
  if (c && 'after' in c) return { ...base, first: state.pageSize, after: c.after };
  return { ...base, first: state.pageSize };
};
