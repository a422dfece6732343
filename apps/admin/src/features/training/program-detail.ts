import { ENROLMENT_STATUSES } from '@kinerja/domain';
import type { TableState } from '../../components/data-table/use-url-state.js';
import type { EnrolmentFilter, EnrolmentOrderBy, EnrolmentStatus } from '../../gql/graphql.js';

/**
 * DEV-3: the statuses that hold a place on a session (ENROLLED, ATTENDED, COMPLETED, FAILED), as the domain's
 * `enrol` counts them in `enrolledCount`: every status but the waitlist and a withdrawal.
 */
export const PLACE_HOLDING_STATUSES: readonly EnrolmentStatus[] = ENROLMENT_STATUSES.filter(
  (s) => s !== 'WAITLISTED' && s !== 'WITHDRAWN',
);

/** A session's enrolments counted by status, as the API groups them (`groupedAggregates(groupBy: [STATUS])`). */
export type StatusCounts = readonly { readonly keys: readonly (string | null)[]; readonly count: number }[];

/**
 * A session's places from its enrolments by status: taken (the place-holding statuses), free (never below zero,
 * even when more hold a place than it has) and waitlisted.
 */
export const sessionSeats = (capacity: number, byStatus: StatusCounts) => {
  const count = (statuses: readonly string[]) =>
    byStatus.reduce((n, g) => (g.keys[0] && statuses.includes(g.keys[0]) ? n + g.count : n), 0);
  const enrolled = count(PLACE_HOLDING_STATUSES);
  return { capacity, enrolled, free: Math.max(0, capacity - enrolled), waitlisted: count(['WAITLISTED']) };
};

const ORDER: Readonly<Record<string, readonly [EnrolmentOrderBy, EnrolmentOrderBy]>> = {
  waitlist: ['WAITLIST_POSITION_ASC', 'WAITLIST_POSITION_DESC'],
  score: ['SCORE_ASC', 'SCORE_DESC'],
  completedOn: ['COMPLETED_ON_ASC', 'COMPLETED_ON_DESC'],
};

const isStatus = (v: string): v is EnrolmentStatus => (ENROLMENT_STATUSES as readonly string[]).includes(v);

/** The enrolments of a program: every session of it, narrowed to one session and one status when chosen. */
export const enrolmentFilter = (programId: string, filters: Readonly<Record<string, string>>): EnrolmentFilter => {
  const and: EnrolmentFilter[] = [{ session: { programId: { eq: programId } } }];
  if (filters.session) and.push({ sessionId: { eq: filters.session } });
  if (filters.status && isStatus(filters.status)) and.push({ status: { eq: filters.status } });
  return and.length === 1 && and[0] ? and[0] : { and };
};

/** The API order of the enrolment list's sort rules. */
export const enrolmentOrder = (sort: TableState['sort']): EnrolmentOrderBy[] =>
  sort.flatMap((s) => {
    const o = ORDER[s.id];
    return o ? [s.desc ? o[1] : o[0]] : [];
  });

/** The variables of one page of a program's enrolments. */
export const enrolmentListVariables = (programId: string, state: TableState) => {
  const base = { filter: enrolmentFilter(programId, state.filters), orderBy: enrolmentOrder(state.sort) };
  const c = state.cursor;
  if (c && 'before' in c) return { ...base, last: state.pageSize, before: c.before };
  if (c && 'after' in c) return { ...base, first: state.pageSize, after: c.after };
  return { ...base, first: state.pageSize };
};
