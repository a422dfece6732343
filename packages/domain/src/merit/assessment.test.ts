import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { competencyMeetsStandard, parseAssessedOn, parseAssessmentKind, parseAssessmentScore } from './assessment.js';

describe('MERIT-3/4 assessments', () => {
  it('MERIT-4: a score is 0 to 100 with at most two decimals, a comma read as the decimal mark', () => {
    expect(parseAssessmentScore('81,5')).toEqual({ ok: true, value: 81.5 });
    expect(parseAssessmentScore(100)).toEqual({ ok: true, value: 100 });
    expect(parseAssessmentScore('0')).toEqual({ ok: true, value: 0 });
    for (const bad of ['100.01', '-1', 'tinggi', '', '80.123', '1e2'])
      expect(parseAssessmentScore(bad, 'score')).toMatchObject({
        ok: false,
        error: { code: 'INVALID_NUMBER', path: 'score' },
      });
  });

  it('MERIT-4: an assessment is dated on a real day, not after the day it is recorded', () => {
    const today = date('2026-11-28');
    expect(parseAssessedOn('2026-11-28', today)).toEqual({ ok: true, value: '2026-11-28' });
    expect(parseAssessedOn('2026-11-29', today, 'on')).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(parseAssessedOn('2026-02-30', today)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE' } });
  });

  it('MERIT-3: competence meets the standard at its minimum score and not below; no standard fails', () => {
    const standard = { minScore: 72, label: 'ADMINISTRATOR / KEUANGAN' };
    expect(competencyMeetsStandard(72, standard).ok).toBe(true);
    expect(competencyMeetsStandard(71.99, standard)).toMatchObject({ rule: 'MERIT-3', ok: false });
    expect(competencyMeetsStandard(90, null).ok).toBe(false);
  });

  it('MERIT-3/4: the kinds are POTENSI and KOMPETENSI', () => {
    expect(parseAssessmentKind('KOMPETENSI')).toEqual({ ok: true, value: 'KOMPETENSI' });
    expect(parseAssessmentKind('IQ')).toMatchObject({ ok: false, error: { code: 'INVALID_ENUM' } });
  });
});
