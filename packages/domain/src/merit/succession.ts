import { type Check, check, checkRefs } from '../core/check.js';
import type { IsoDate } from '../core/date.js';
import type { TrainingStatus } from '../development/training-status.js';
import { type Sanction, sanctionBlocks } from '../discipline/active-sanction.js';
import type { Policy } from '../policy/policy.js';
import { type AnnualPredikat, baikLastTwoYears, lastCompletedYear } from './annual-predikats.js';
import { type TalentBoxResult, talentBox } from './talent-box.js';

/** MERIT-5: the boxes whose members may join the succession group. */
export const SUCCESSION_BOXES = [7, 8, 9] as const;

/** MERIT-5: the facts succession-group membership is judged on. */
export type SuccessionInput = {
  readonly on: IsoDate;
  readonly annualPredikats: readonly AnnualPredikat[];
  /** The latest potential assessment score (0-100); null when there is none. */
  readonly potentialScore: number | null;
  /** The DEV-1 status of the last completed year (the year before `on`'s); null when there is none. */
  readonly trainingLastYear: Pick<TrainingStatus, 'year' | 'jpDone' | 'jpTarget' | 'met'> | null;
  /** Whether competence meets the standard of the job family; null when not assessed. */
  readonly competencyMeetsStandard: boolean | null;
  readonly sanctions: readonly Sanction[];
  readonly policy: Pick<Policy, 'talentKinerjaRule' | 'potensiCutoffs' | 'lightSanctionBlocks' | 'lightSanctionMonths'>;
};

/** MERIT-5: the decision, the talent box it was judged on, and every check. */
export type SuccessionDecision = {
  readonly ok: boolean;
  readonly talentBox: TalentBoxResult;
  readonly checks: readonly Check[];
};

/**
 * MERIT-5: whether an employee belongs in the succession group (kelompok rencana suksesi) on a date. The talent
 * box is computed here (MERIT-4, last completed year) so that it cannot disagree with the predikats. Checks
 * (keys): `talent-box-7-8-9`, `predikat-last-year-baik`, `predikat-year-before-baik`, `jp-met-last-year`,
 * `competency-meets-standard` and DISC-2's `no-blocking-sanction`.
 */
export const successionMembership = (input: SuccessionInput): SuccessionDecision => {
  const { on, annualPredikats, potentialScore, trainingLastYear, competencyMeetsStandard, sanctions, policy } = input;
  const lastYear = lastCompletedYear(on);
  const box = talentBox({ year: lastYear, annualPredikats, potentialScore, policy });
  const inBox = box.box !== null && (SUCCESSION_BOXES as readonly number[]).includes(box.box);
  const training = trainingLastYear;
  const jpOk = training !== null && training.year === lastYear && training.met;
  const checks: Check[] = [
    check(
      'MERIT-5',
      'talent-box-7-8-9',
      inBox,
      box.box === null
        ? `no talent box: ${box.checks
            .filter((c) => !c.ok)
            .map((c) => c.detail)
            .join('; ')}`
        : `talent box ${box.box}; the succession group takes boxes 7, 8 and 9`,
      box.box === null
        ? { case: 'no-box', failedChecks: checkRefs(box.checks.filter((c) => !c.ok)) }
        : { talentBox: box.box, boxes: SUCCESSION_BOXES.join(', ') },
    ),
    ...baikLastTwoYears('MERIT-5', annualPredikats, lastYear),
    check(
      'MERIT-5',
      'jp-met-last-year',
      jpOk,
      training === null || training.year !== lastYear
        ? `there is no development status for ${lastYear}`
        : `${training.jpDone} JP done in ${lastYear}; ${training.jpTarget} owed (DEV-1)`,
      training === null || training.year !== lastYear
        ? { case: 'no-status', year: lastYear }
        : { jpDone: training.jpDone, year: lastYear, jpTarget: training.jpTarget },
    ),
    check(
      'MERIT-5',
      'competency-meets-standard',
      competencyMeetsStandard === true,
      competencyMeetsStandard === null
        ? 'there is no competency assessment to compare with the job family standard'
        : competencyMeetsStandard
          ? 'competence meets the standard of the job family'
          : 'competence is below the standard of the job family',
      { case: competencyMeetsStandard === null ? 'no-assessment' : competencyMeetsStandard ? 'meets' : 'below' },
    ),
    ...sanctionBlocks({ sanctions, on, policy }).checks,
  ];
  return { ok: checks.every((c) => c.ok), talentBox: box, checks };
};
