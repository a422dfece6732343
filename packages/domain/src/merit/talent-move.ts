import type { TalentBox } from './talent-box.js';

/** MERIT-4: the boxes of the 9-box in their rank order, 1 (lowest) to 9 (highest), the order MERIT-6 ranks by. */
export const TALENT_BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const satisfies readonly TalentBox[];

/** MERIT-4: whether a number is a box of the 9-box. */
export const isTalentBox = (n: number): n is TalentBox => (TALENT_BOXES as readonly number[]).includes(n);

/**
 * MERIT-4: how an employee's place on the 9-box changed from one year to the next: `UP` to a higher box, `STAYED`
 * in the same box, `DOWN` to a lower box, `NEW` placed this year with no box the year before, `UNPLACED` with a
 * box the year before and none this year.
 */
export const TALENT_MOVES = ['UP', 'STAYED', 'DOWN', 'NEW', 'UNPLACED'] as const;
/** MERIT-4: a move on the 9-box between two consecutive years. */
export type TalentMove = (typeof TALENT_MOVES)[number];

/**
 * MERIT-4: the move from last year's box to this year's. Boxes are ranked by their number (PermenPANRB 3/2020
 * numbers them from 1, lowest, to 9, highest; MERIT-6 ranks candidates 9, 8, 7, ...), so a move from box 6
 * (potensi TINGGI, kinerja DI_BAWAH) to box 7 (MENENGAH, DI_ATAS) is up. Null when the employee has a box in
 * neither year.
 */
export const talentMoveOf = (previous: TalentBox | null, current: TalentBox | null): TalentMove | null => {
  if (current === null) return previous === null ? null : 'UNPLACED';
  if (previous === null) return 'NEW';
  return current > previous ? 'UP' : current < previous ? 'DOWN' : 'STAYED';
};
