import { type Check, check } from '../core/check.js';
import { addMonths, compareDates, type IsoDate } from '../core/date.js';
import type { Policy } from '../policy/policy.js';
import { type DisciplineLevel, SANCTION_INFO, type SanctionType } from './sanctions.js';

/** DISC-2: a sanction as recorded: its type and the date it takes effect. */
export type Sanction = {
  readonly type: SanctionType;
  readonly start: IsoDate;
};

/** DISC-2: the policy parameters that decide how long a sanction lasts and whether it blocks. */
export type SanctionPolicy = Pick<Policy, 'lightSanctionBlocks' | 'lightSanctionMonths'>;

/** DISC-2: a sanction with its level and the first day it is no longer active (null: it never ends). */
export type ActiveSanction = Sanction & {
  readonly level: DisciplineLevel;
  readonly end: IsoDate | null;
};

/**
 * DISC-2: the first day a sanction is no longer active: its start plus its duration in months (RINGAN:
 * `policy.lightSanctionMonths`); null for dismissal, which never ends.
 */
export const sanctionEnd = (s: Sanction, policy: SanctionPolicy): IsoDate | null => {
  const info = SANCTION_INFO[s.type];
  if (info.level === 'RINGAN') return addMonths(s.start, policy.lightSanctionMonths);
  return info.months === null ? null : addMonths(s.start, info.months);
};

/** DISC-2: whether a sanction is active on a date: from its start (inclusive) to its end (exclusive). */
export const isSanctionActive = (s: Sanction, on: IsoDate, policy: SanctionPolicy): boolean => {
  const end = sanctionEnd(s, policy);
  return compareDates(s.start, on) <= 0 && (end === null || compareDates(on, end) < 0);
};

/** DISC-2: the sanctions active on a date, with level and end, in the order given. */
export const activeSanctions = (
  sanctions: readonly Sanction[],
  on: IsoDate,
  policy: SanctionPolicy,
): readonly ActiveSanction[] =>
  sanctions
    .filter((s) => isSanctionActive(s, on, policy))
    .map((s) => ({ ...s, level: SANCTION_INFO[s.type].level, end: sanctionEnd(s, policy) }));

/** DISC-2: whether an active sanction of a level blocks promotion and the succession group. */
export const levelBlocks = (level: DisciplineLevel, policy: SanctionPolicy): boolean =>
  level !== 'RINGAN' || policy.lightSanctionBlocks;

/** DISC-2: the verdict on sanctions: which active ones block, and the check that says so. */
export type SanctionVerdict = {
  readonly blocked: boolean;
  readonly active: readonly ActiveSanction[];
  readonly blocking: readonly ActiveSanction[];
  /** One check, `no-blocking-sanction`, that holds when nothing blocks. */
  readonly checks: readonly Check[];
};

const describeSanction = (s: ActiveSanction) =>
  `${s.type} (${s.level}) from ${s.start} ${s.end === null ? 'with no end' : `until ${s.end}`}`;

/** DISC-2: a sanction in codes and dates, for any language: `PENUNDAAN_PANGKAT (SEDANG) 2025-03-01–2026-03-01`. */
const sanctionCodes = (s: ActiveSanction) => `${s.type} (${s.level}) ${s.start}–${s.end ?? '…'}`;

/**
 * DISC-2: whether active sanctions block promotion (MERIT-2), position eligibility (MERIT-3) and the succession
 * group (MERIT-5) on a date: an active SEDANG or BERAT sanction always blocks; an active RINGAN one only when
 * `policy.lightSanctionBlocks`.
 */
export const sanctionBlocks = ({
  sanctions,
  on,
  policy,
}: {
  readonly sanctions: readonly Sanction[];
  readonly on: IsoDate;
  readonly policy: SanctionPolicy;
}): SanctionVerdict => {
  const active = activeSanctions(sanctions, on, policy);
  const blocking = active.filter((s) => levelBlocks(s.level, policy));
  const nonBlocking = active.filter((s) => !levelBlocks(s.level, policy));
  const detail =
    blocking.length > 0
      ? `active sanction blocks on ${on}: ${blocking.map(describeSanction).join('; ')}`
      : nonBlocking.length > 0
        ? `no blocking sanction on ${on}; active RINGAN sanction(s) do not block (policy.lightSanctionBlocks is false): ${nonBlocking.map(describeSanction).join('; ')}`
        : `no active sanction on ${on}`;
  return {
    blocked: blocking.length > 0,
    active,
    blocking,
    checks: [
      check(
        'DISC-2',
        'no-blocking-sanction',
        blocking.length === 0,
        detail,
        blocking.length > 0
          ? { case: 'blocked', on, sanctions: blocking.map(sanctionCodes).join('; '), count: blocking.length }
          : nonBlocking.length > 0
            ? { case: 'light', on, sanctions: nonBlocking.map(sanctionCodes).join('; '), count: nonBlocking.length }
            : { on },
      ),
    ],
  };
};
