import { type Check, check, checkRefs, type Decision } from '../core/check.js';
import { compareDates, type IsoDate, wholeYearsBetween } from '../core/date.js';
import { domainError, err, ok, type Result } from '../core/result.js';
import { type Predikat, predikatRank } from '../evaluation/scales.js';
import { lastCompletedYear, predikatOfYear } from './annual-predikats.js';
import type { ManagerialTarget } from './jabatan.js';
import { type PositionEligibilityInput, type PositionPolicy, positionEligibility } from './position-eligibility.js';
import { type SuccessionInput, successionMembership } from './succession.js';
import type { TalentBox } from './talent-box.js';

/** MERIT-6: one employee considered for a managerial vacancy. */
export type VacancyCandidate = Omit<PositionEligibilityInput, 'target' | 'on' | 'policy'> & {
  readonly id: string;
  /** The latest potential assessment score (0-100); null when there is none. */
  readonly potentialScore: number | null;
  /** How well the candidate's competencies match the position's (job-person match, 0-100); null when unknown. */
  readonly competencyMatch: number | null;
  /** DEV-1 status of the last completed year, for MERIT-5. */
  readonly trainingLastYear: SuccessionInput['trainingLastYear'];
};

/** MERIT-6: the policy parameters the ranking reads (MERIT-3, MERIT-4, MERIT-5, DISC-2). */
export type VacancyPolicy = PositionPolicy & SuccessionInput['policy'];

/** MERIT-6: a candidate's place in the list, the facts it is ordered by, and the reasons. */
export type RankedCandidate = {
  readonly id: string;
  readonly eligible: boolean;
  /** 1-based position among the eligible; null for the ineligible. */
  readonly rank: number | null;
  readonly successionMember: boolean;
  readonly talentBox: TalentBox | null;
  /** The annual predikat of the last completed year. */
  readonly latestPredikat: Predikat | null;
  readonly potentialScore: number | null;
  readonly competencyMatch: number | null;
  readonly serviceStart: IsoDate;
  readonly serviceYears: number;
  /** MERIT-6's own check first (eligible, and what the order used), then MERIT-3's and MERIT-5's. */
  readonly checks: readonly Check[];
};

/** Nulls last; otherwise higher first. */
const desc = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

/**
 * MERIT-6: the order of the list: succession-group members first, then talent box (9, 8, 7, ...), latest
 * predikat, potential score, competency match, years of service (earlier start first), then id, so that the
 * order never depends on the order of the input.
 */
export const compareCandidates = (a: RankedCandidate, b: RankedCandidate): number =>
  Number(b.successionMember) - Number(a.successionMember) ||
  desc(a.talentBox, b.talentBox) ||
  desc(
    a.latestPredikat === null ? null : -predikatRank(a.latestPredikat),
    b.latestPredikat === null ? null : -predikatRank(b.latestPredikat),
  ) ||
  desc(a.potentialScore, b.potentialScore) ||
  desc(a.competencyMatch, b.competencyMatch) ||
  compareDates(a.serviceStart, b.serviceStart) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const describeOrder = (c: Omit<RankedCandidate, 'rank' | 'checks' | 'eligible'>) =>
  [
    c.successionMember ? 'succession-group member' : 'not in the succession group',
    c.talentBox === null ? 'no talent box' : `talent box ${c.talentBox}`,
    `latest predikat ${c.latestPredikat ?? 'missing'}`,
    `potential score ${c.potentialScore ?? 'missing'}`,
    `competency match ${c.competencyMatch ?? 'unknown'}`,
    `${c.serviceYears} year(s) of service`,
  ].join('; ');

/**
 * MERIT-6: one candidate judged on its own: its MERIT-3 eligibility (taken as given when the caller has it), its
 * MERIT-5 succession membership and the facts the list is ordered by, unnumbered.
 */
const judgeCandidate = (
  target: ManagerialTarget,
  c: VacancyCandidate,
  on: IsoDate,
  policy: VacancyPolicy,
  eligibility: Decision = positionEligibility({ ...c, target, on, policy }),
): RankedCandidate => {
  const succession = successionMembership({ ...c, on, policy });
  const facts = {
    id: c.id,
    successionMember: succession.ok,
    talentBox: succession.talentBox.box,
    latestPredikat: predikatOfYear(c.annualPredikats, lastCompletedYear(on)),
    potentialScore: c.potentialScore,
    competencyMatch: c.competencyMatch,
    serviceStart: c.serviceStart,
    serviceYears: wholeYearsBetween(c.serviceStart, on),
  };
  const failed = eligibility.checks.filter((x) => !x.ok).map((x) => `${x.check} (${x.detail})`);
  const head = check(
    'MERIT-6',
    'eligible-for-level',
    eligibility.ok,
    eligibility.ok
      ? `meets every requirement of ${target}; ordered by: ${describeOrder(facts)}`
      : `does not meet the requirements of ${target}: ${failed.join('; ')}`,
    eligibility.ok
      ? {
          target,
          successionMember: facts.successionMember,
          talentBox: facts.talentBox,
          latestPredikat: facts.latestPredikat,
          potentialScore: facts.potentialScore,
          competencyMatch: facts.competencyMatch,
          serviceYears: facts.serviceYears,
        }
      : { case: 'not-eligible', target, failedChecks: checkRefs(eligibility.checks.filter((x) => !x.ok)) },
  );
  return {
    ...facts,
    eligible: eligibility.ok,
    rank: null,
    checks: [head, ...eligibility.checks, ...succession.checks],
  };
};

/** The ineligible are judged this many at a time when a page reaches them, so their checks are never all held. */
const INELIGIBLE_CHUNK = 2000;

/**
 * MERIT-6: the first `first` entries of {@link rankCandidates}' list (of its eligible part only when
 * `eligibleOnly`), without holding every candidate's checks: each candidate's eligibility is judged once, the
 * eligible are judged in full and ranked, and the ineligible, only when the page goes past the eligible, are judged
 * a chunk at a time, keeping the first few in {@link compareCandidates} order (a total order, so the same as the
 * whole list's).
 */
export const rankCandidatesPage = (
  target: ManagerialTarget,
  candidates: readonly VacancyCandidate[],
  on: IsoDate,
  policy: VacancyPolicy,
  page: { readonly first: number; readonly eligibleOnly: boolean },
): readonly RankedCandidate[] => {
  const eligible: RankedCandidate[] = [];
  const ineligible: VacancyCandidate[] = [];
  for (const c of candidates) {
    const eligibility = positionEligibility({ ...c, target, on, policy });
    if (eligibility.ok) eligible.push(judgeCandidate(target, c, on, policy, eligibility));
    else ineligible.push(c);
  }
  const ranked = eligible.sort(compareCandidates).map((c, i) => ({ ...c, rank: i + 1 }));
  const more = page.eligibleOnly ? 0 : page.first - ranked.length;
  if (more <= 0) return ranked.slice(0, Math.max(page.first, 0));
  let tail: RankedCandidate[] = [];
  for (let i = 0; i < ineligible.length; i += INELIGIBLE_CHUNK) {
    const judged = ineligible.slice(i, i + INELIGIBLE_CHUNK).map((c) => judgeCandidate(target, c, on, policy));
    tail = [...tail, ...judged].sort(compareCandidates).slice(0, more);
  }
  return [...ranked, ...tail];
};

/**
 * MERIT-6: the candidate list for a managerial vacancy on a date: every candidate, with the checks of MERIT-3
 * (eligibility for the level) and MERIT-5 (succession group). Eligible candidates come first, ordered by
 * {@link compareCandidates} and numbered; ineligible ones follow in the same order, unnumbered, with the failed
 * checks as reasons. Independent of the order of the input.
 */
export const rankCandidates = (
  target: ManagerialTarget,
  candidates: readonly VacancyCandidate[],
  on: IsoDate,
  policy: VacancyPolicy,
): readonly RankedCandidate[] =>
  rankCandidatesPage(target, candidates, on, policy, { first: candidates.length, eligibleOnly: false });

/**
 * MERIT-6: checks that a candidate may be proposed: only an eligible one on the list can be (NOT_ALLOWED
 * otherwise, UNKNOWN_REFERENCE when not on the list). The choice itself is a person's, recorded by the caller.
 */
export const proposeCandidate = (list: readonly RankedCandidate[], id: string): Result<RankedCandidate> => {
  const found = list.find((c) => c.id === id);
  if (!found) return err(domainError('UNKNOWN_REFERENCE', `candidate ${id} is not on the list`, 'candidateId'));
  if (!found.eligible) {
    const reason = found.checks.find((c) => c.check === 'eligible-for-level')?.detail ?? 'not eligible';
    return err(domainError('NOT_ALLOWED', `candidate ${id} cannot be proposed: ${reason}`, 'candidateId'));
  }
  return ok(found);
};
