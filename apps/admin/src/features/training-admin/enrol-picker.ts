import { TALENT_BOXES } from '@kinerja/domain';
import type { TableState } from '../../components/data-table/use-url-state.js';
import type { EmployeeFilter, EmployeeOrderBy, EmployeeYearFilter } from '../../gql/graphql.js';

/** The JP shortfalls the picker offers: at least this many hours still missing of the year's 20 (DEV-1). */
export const SHORTFALL_OPTIONS = [1, 5, 10, 20] as const;

const wholeIn = (text: string | undefined, allowed: readonly number[]): number | null => {
  if (text === undefined || !/^\d+$/.test(text)) return null;
  const n = Number(text);
  return allowed.includes(n) ? n : null;
};

/**
 * The employees the enrolment picker lists: `q` a name (contains) or NIP (prefix), `unit` a unit with its
 * subtree, and, for the year, `shortfall` at least that many JP missing and `box` one 9-box cell, both read from
 * the year's facts the domain computed (employee_year_fact). Unknown values are ignored.
 */
export const pickerFilter = (filters: Readonly<Record<string, string>>, year: number): EmployeeFilter => {
  const and: EmployeeFilter[] = [];
  const q = filters.q?.trim();
  if (q) and.push({ or: [{ name: { contains: q } }, { nip: { startsWith: q } }] });
  if (filters.unit) and.push({ withinUnit: filters.unit });
  const shortfall = wholeIn(filters.shortfall, SHORTFALL_OPTIONS);
  const box = wholeIn(filters.box, TALENT_BOXES);
  if (shortfall !== null || box !== null) {
    const fact: EmployeeYearFilter = {
      year: { eq: year },
      ...(shortfall === null ? {} : { jpShortfall: { gte: shortfall } }),
      ...(box === null ? {} : { talentBox: { eq: box } }),
    };
    and.push({ years: { some: fact } });
  }
  return and.length === 1 && and[0] ? and[0] : { and };
};

/** The variables of one page of the picker, by name then NIP so that pages are stable. */
export const pickerVariables = (state: TableState, year: number) => {
  const base = {
    filter: pickerFilter(state.filters, year),
    orderBy: (state.sort.some((s) => s.id === 'name' && s.desc)
      ? ['NAME_DESC', 'NIP_ASC']
      : ['NAME_ASC', 'NIP_ASC']) satisfies EmployeeOrderBy[] as EmployeeOrderBy[],
    year,
  };
  const c = state.cursor;
  if (c && 'before' in c) return { ...base, last: state.pageSize, before: c.before };
  if (c && 'after' in c) return { ...base, first: state.pageSize, after: c.after };
  return { ...base, first: state.pageSize };
};
