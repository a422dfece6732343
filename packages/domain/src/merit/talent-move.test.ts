import { describe, expect, it } from 'vitest';
import { isTalentBox, TALENT_BOXES, talentMoveOf } from './talent-move.js';

describe('MERIT-4 movement on the talent 9-box', () => {
  it('MERIT-4: staying in the same box is STAYED, for every box', () => {
    for (const box of TALENT_BOXES) expect(talentMoveOf(box, box)).toBe('STAYED');
  });

  it('MERIT-4: a higher box number is UP and a lower one DOWN, by the rank 1 (lowest) to 9 (highest)', () => {
    expect(talentMoveOf(1, 2)).toBe('UP');
    expect(talentMoveOf(8, 9)).toBe('UP');
    expect(talentMoveOf(9, 8)).toBe('DOWN');
    expect(talentMoveOf(2, 1)).toBe('DOWN');
  });

  it('MERIT-4: boxes rank by number even across levels: 6 (TINGGI, DI_BAWAH) to 7 (MENENGAH, DI_ATAS) is UP', () => {
    expect(talentMoveOf(6, 7)).toBe('UP');
    expect(talentMoveOf(4, 3)).toBe('DOWN');
  });

  it('MERIT-4: placed this year with no box the year before is NEW; a box lost this year is UNPLACED', () => {
    expect(talentMoveOf(null, 5)).toBe('NEW');
    expect(talentMoveOf(5, null)).toBe('UNPLACED');
    expect(talentMoveOf(null, null)).toBeNull();
  });

  it('MERIT-4: the boxes are the whole numbers 1 to 9', () => {
    expect(TALENT_BOXES).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([0, 1, 9, 10, 4.5].map(isTalentBox)).toEqual([false, true, true, false, false]);
  });
});
