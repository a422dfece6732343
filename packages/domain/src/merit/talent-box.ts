import { type Check, check } from '../core/check.js';
import { isPredikatAtLeast, type Rating } from '../evaluation/scales.js';
import type { Policy } from '../policy/policy.js';
import { type AnnualPredikat, predikatOfYear } from './annual-predikats.js';

/** MERIT-4: the potential levels of the 9-box, highest first. */
export const POTENSI_LEVELS = ['TINGGI', 'MENENGAH', 'RENDAH'] as const;
/** MERIT-4: a potential level. */
export type PotensiLevel = (typeof POTENSI_LEVELS)[number];

/** MERIT-4: a cell of the 9-box, 1 (lowest) to 9 (highest). */
export type TalentBox = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** MERIT-4: the 9-box of PermenPANRB 3/2020: rows are potensi, columns the kinerja level. */
export const TALENT_BOX_TABLE: Readonly<Record<PotensiLevel, Readonly<Record<Rating, TalentBox>>>> = {
  TINGGI: { DI_BAWAH: 6, SESUAI: 8, DI_ATAS: 9 },
  MENENGAH: { DI_BAWAH: 3, SESUAI: 5, DI_ATAS: 7 },
  RENDAH: { DI_BAWAH: 1, SESUAI: 2, DI_ATAS: 4 },
};

/** MERIT-4: the actions the 9-box recommends, as stable codes. */
// biome-ignore format: one row
export const TALENT_ACTIONS = [
  'PROMOTE', 'RETAIN', 'SUCCESSION_GROUP', 'AWARD', 'ROTATION', 'PERFORMANCE_GUIDANCE', 'COMPETENCY_DEVELOPMENT',
  'STUDY_ASSIGNMENT', 'SUITABLE_PLACEMENT', 'COUNSELLING', 'HANDLE_PER_REGULATION',
] as const;
/** MERIT-4: a recommended action code. */
export type TalentAction = (typeof TALENT_ACTIONS)[number];

/** MERIT-4: the Indonesian label of each action. */
export const TALENT_ACTION_LABELS: Readonly<Record<TalentAction, string>> = {
  PROMOTE: 'Dipromosikan',
  RETAIN: 'Dipertahankan',
  SUCCESSION_GROUP: 'Masuk kelompok rencana suksesi',
  AWARD: 'Mendapatkan penghargaan',
  ROTATION: 'Rotasi/perluasan jabatan',
  PERFORMANCE_GUIDANCE: 'Bimbingan kinerja',
  COMPETENCY_DEVELOPMENT: 'Pengembangan kompetensi',
  STUDY_ASSIGNMENT: 'Tugas belajar',
  SUITABLE_PLACEMENT: 'Penempatan yang sesuai',
  COUNSELLING: 'Konseling kinerja',
  HANDLE_PER_REGULATION: 'Diproses sesuai ketentuan peraturan perundang-undangan',
};

/** MERIT-4: the recommended actions of each box. */
export const TALENT_BOX_ACTIONS: Readonly<Record<TalentBox, readonly TalentAction[]>> = {
  9: ['PROMOTE', 'RETAIN', 'SUCCESSION_GROUP', 'AWARD'],
  8: ['RETAIN', 'SUCCESSION_GROUP', 'ROTATION', 'PERFORMANCE_GUIDANCE'],
  7: ['RETAIN', 'SUCCESSION_GROUP', 'ROTATION', 'COMPETENCY_DEVELOPMENT', 'STUDY_ASSIGNMENT'],
  6: ['SUITABLE_PLACEMENT', 'PERFORMANCE_GUIDANCE', 'COUNSELLING'],
  5: ['SUITABLE_PLACEMENT', 'PERFORMANCE_GUIDANCE', 'COMPETENCY_DEVELOPMENT'],
  4: ['ROTATION', 'COMPETENCY_DEVELOPMENT'],
  3: ['PERFORMANCE_GUIDANCE', 'COUNSELLING', 'COMPETENCY_DEVELOPMENT', 'SUITABLE_PLACEMENT'],
  2: ['PERFORMANCE_GUIDANCE', 'COMPETENCY_DEVELOPMENT', 'SUITABLE_PLACEMENT'],
  1: ['HANDLE_PER_REGULATION'],
};

/** MERIT-4: the box of a potensi level and a kinerja level. */
export const talentBoxOf = (potensi: PotensiLevel, kinerja: Rating): TalentBox => TALENT_BOX_TABLE[potensi][kinerja];

/** MERIT-4: the potensi level of a score (0-100) by policy.potensiCutoffs (TINGGI ≥ 90, MENENGAH ≥ 78). */
export const potensiLevelOf = (score: number, cutoffs: Policy['potensiCutoffs']): PotensiLevel =>
  score >= cutoffs.tinggi ? 'TINGGI' : score >= cutoffs.menengah ? 'MENENGAH' : 'RENDAH';

/** MERIT-4: the kinerja level of the last two annual predikats by policy.talentKinerjaRule. */
export const kinerjaLevelOf = (
  last: AnnualPredikat['predikat'],
  previous: AnnualPredikat['predikat'],
  rule: Policy['talentKinerjaRule'],
): Rating =>
  isPredikatAtLeast(last, rule.diAtasLastAtLeast) && isPredikatAtLeast(previous, rule.diAtasPreviousAtLeast)
    ? 'DI_ATAS'
    : isPredikatAtLeast(last, rule.sesuaiBothAtLeast) && isPredikatAtLeast(previous, rule.sesuaiBothAtLeast)
      ? 'SESUAI'
      : 'DI_BAWAH';

/** MERIT-4: the input of {@link talentBox}. */
export type TalentBoxInput = {
  /** The last year whose annual predikat counts; the year before is the other one. */
  readonly year: number;
  readonly annualPredikats: readonly AnnualPredikat[];
  /** The latest potential assessment score (0-100); null when there is none. */
  readonly potentialScore: number | null;
  readonly policy: Pick<Policy, 'talentKinerjaRule' | 'potensiCutoffs'>;
};

/** MERIT-4: a placed employee: the box, its levels and recommended actions, with the checks. */
export type TalentBoxPlaced = {
  readonly ok: true;
  readonly box: TalentBox;
  readonly kinerja: Rating;
  readonly potensi: PotensiLevel;
  readonly actions: readonly { readonly code: TalentAction; readonly label: string }[];
  readonly checks: readonly Check[];
};

/** MERIT-4: an employee who cannot be placed; the failed checks say what is missing. */
export type TalentBoxUnplaced = {
  readonly ok: false;
  readonly box: null;
  readonly kinerja: Rating | null;
  readonly potensi: PotensiLevel | null;
  readonly actions: readonly [];
  readonly checks: readonly Check[];
};

/** MERIT-4: the outcome of placing an employee on the 9-box. */
export type TalentBoxResult = TalentBoxPlaced | TalentBoxUnplaced;

/**
 * MERIT-4: places an employee on the 9-box. Kinerja from the annual predikats of `year` and `year - 1`, potensi
 * from the latest potential score. Checks (keys): `kinerja-level`, `potensi-level`; a missing predikat or score
 * (or a score outside 0-100) fails its check, and then there is no box.
 */
export const talentBox = ({ year, annualPredikats, potentialScore, policy }: TalentBoxInput): TalentBoxResult => {
  const last = predikatOfYear(annualPredikats, year);
  const previous = predikatOfYear(annualPredikats, year - 1);
  const kinerja = last !== null && previous !== null ? kinerjaLevelOf(last, previous, policy.talentKinerjaRule) : null;
  const missing = [last === null ? year : null, previous === null ? year - 1 : null].filter((y) => y !== null);
  const kinerjaCheck = check(
    'MERIT-4',
    'kinerja-level',
    kinerja !== null,
    kinerja !== null
      ? `annual predikats ${last} (${year}) and ${previous} (${year - 1}) give kinerja ${kinerja}`
      : `no kinerja level: the annual predikat${missing.length > 1 ? 's' : ''} of ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing`,
    kinerja !== null
      ? { year, predikat: last, previousYear: year - 1, previousPredikat: previous, kinerja }
      : { case: 'missing', years: missing.join(', '), missingCount: missing.length },
  );
  const validScore =
    potentialScore !== null && Number.isFinite(potentialScore) && potentialScore >= 0 && potentialScore <= 100;
  const potensi = validScore ? potensiLevelOf(potentialScore, policy.potensiCutoffs) : null;
  const { tinggi, menengah } = policy.potensiCutoffs;
  const potensiCheck = check(
    'MERIT-4',
    'potensi-level',
    potensi !== null,
    potensi !== null
      ? `potential score ${potentialScore} gives potensi ${potensi} (TINGGI ≥ ${tinggi}, MENENGAH ≥ ${menengah})`
      : potentialScore === null
        ? 'no potensi level: there is no potential assessment score'
        : `no potensi level: the potential score ${potentialScore} is not between 0 and 100`,
    potensi !== null
      ? { potentialScore, potensi, tinggi, menengah }
      : potentialScore === null
        ? { case: 'no-score' }
        : { case: 'out-of-range', potentialScore, min: 0, max: 100 },
  );
  const checks = [kinerjaCheck, potensiCheck];
  if (kinerja === null || potensi === null) return { ok: false, box: null, kinerja, potensi, actions: [], checks };
  const box = talentBoxOf(potensi, kinerja);
  const actions = TALENT_BOX_ACTIONS[box].map((code) => ({ code, label: TALENT_ACTION_LABELS[code] }));
  return { ok: true, box, kinerja, potensi, actions, checks };
};
