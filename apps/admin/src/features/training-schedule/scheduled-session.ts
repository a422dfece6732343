import type { ScheduleSessionFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { sessionSeats } from '../training/program-detail.js';
import { trainingAdminPaths } from '../training-admin/paths.js';
import type { IsoDate } from './schedule.js';

/** What the calendar and the list show of a session: its days, program, place, places taken, cancellation. */
export const ScheduleSession = graphql(`
  fragment ScheduleSession on TrainingSession {
    id
    startDate
    endDate
    place
    link
    capacity
    cancelled
    program {
      id
      name
    }
    enrolments(first: 1) {
      groupedAggregates(groupBy: [STATUS]) {
        keys
        count
      }
    }
  }
`);

/** A session as the schedule shows it. */
export type ScheduledSession = {
  readonly id: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly program: { readonly id: string; readonly name: string };
  readonly place: string | null;
  readonly online: boolean;
  readonly capacity: number;
  /** Places taken (DEV-3: every status but the waitlist and a withdrawal). */
  readonly enrolled: number;
  readonly cancelled: boolean;
};

/** The API's session in the schedule's terms. */
export const toScheduledSession = (s: ScheduleSessionFragment): ScheduledSession => ({
  id: s.id,
  startDate: String(s.startDate),
  endDate: String(s.endDate),
  program: { id: s.program.id, name: s.program.name },
  place: s.place,
  online: s.link !== null && s.link !== '',
  capacity: s.capacity,
  enrolled: sessionSeats(s.capacity, s.enrolments.groupedAggregates).enrolled,
  cancelled: s.cancelled,
});

/**
 * Where a session leads: its management page for an administrator (enrolment, attendance), else its program's page,
 * which lists the program's sessions.
 */
export const sessionHref = (s: ScheduledSession, canManage: boolean): string =>
  canManage ? trainingAdminPaths.session(s.program.id, s.id) : `/pelatihan/${encodeURIComponent(s.program.id)}`;
