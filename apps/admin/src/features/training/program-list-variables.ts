import { TRAINING_KINDS } from '@kinerja/domain';
import type { TableState } from '../../components/data-table/use-url-state.js';
import type { TrainingKind, TrainingProgramFilter, TrainingProgramOrderBy } from '../../gql/graphql.js';

/** The list's sort ids and the API order each stands for. */
const ORDER: Readonly<Record<string, readonly [TrainingProgramOrderBy, TrainingProgramOrderBy]>> = {
  code: ['CODE_ASC', 'CODE_DESC'],
  name: ['NAME_ASC', 'NAME_DESC'],
  area: ['COMPETENCY_AREA_ASC', 'COMPETENCY_AREA_DESC'],
  jp: ['JP_ASC', 'JP_DESC'],
  provider: ['PROVIDER_ASC', 'PROVIDER_DESC'],
};

/** The sort ids the program list offers. */
export const PROGRAM_SORT_IDS = Object.keys(ORDER);
/** The filter ids the program list keeps in the URL. */
export const PROGRAM_FILTER_IDS = ['q', 'kind', 'area'] as const;

const isTrainingKind = (v: string): v is TrainingKind => (TRAINING_KINDS as readonly string[]).includes(v);

/**
 * The server-side filter of the list state: `q` is a name (contains) or a code (prefix); `kind` the kind of
 * development (DEV-2); `area` the competency area, exactly. Unknown kinds are ignored.
 */
export const programFilter = (filters: Readonly<Record<string, string>>): TrainingProgramFilter => {
  const and: TrainingProgramFilter[] = [];
  const q = filters.q?.trim();
  if (q) and.push({ or: [{ name: { contains: q } }, { code: { startsWith: q } }] });
  if (filters.kind && isTrainingKind(filters.kind)) and.push({ kind: { eq: filters.kind } });
  if (filters.area) and.push({ competencyArea: { eq: filters.area } });
  return and.length === 1 && and[0] ? and[0] : { and };
};

/** The API order of the list's sort rules (the API ends every order with the id, so pages are stable). */
export const programOrder = (sort: TableState['sort']): TrainingProgramOrderBy[] =>
  sort.flatMap((s) => {
    const o = ORDER[s.id];
    return o ? [s.desc ? o[1] : o[0]] : [];
  });

/** The variables of one page of the list: filter, order and the cursor window. */
export const programListVariables = (state: TableState) => {
  const base = { filter: programFilter(state.filters), orderBy: programOrder(state.sort) };
  const c = state.cursor;
  if (c && 'before' in c) return { ...base, last: state.pageSize, before: c.before };
  if (c && 'after' in c) return { ...base, first: state.pageSize, after: c.after };
  return { ...base, first: state.pageSize };
};

/** A competency area as people read it: `TEKNOLOGI_INFORMASI` → `Teknologi Informasi`. */
export const competencyAreaLabel = (area: string): string =>
  area
    .split('_')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toLocaleUpperCase('id') + w.slice(1).toLocaleLowerCase('id'))
    .join(' ');
