import { describe, expect, it } from 'vitest';
import {
  CLASSICAL_TRAINING_KINDS,
  NON_CLASSICAL_TRAINING_KINDS,
  parseTrainingKind,
  TRAINING_KIND_LABELS,
  TRAINING_KINDS,
  trainingModeOf,
} from './training-kinds.js';

describe('DEV-2 kinds of development', () => {
  it('DEV-2: nine classical kinds, from leadership training to technical guidance', () => {
    expect(CLASSICAL_TRAINING_KINDS).toHaveLength(9);
    expect(CLASSICAL_TRAINING_KINDS.every((k) => trainingModeOf(k) === 'CLASSICAL')).toBe(true);
    expect(TRAINING_KIND_LABELS.LEADERSHIP).toContain('PKN/PKA/PKP');
  });

  it('DEV-2: nine non-classical kinds, from e-learning to learning communities', () => {
    expect(NON_CLASSICAL_TRAINING_KINDS).toEqual([
      'E_LEARNING',
      'ON_THE_JOB',
      'DISTANCE_LEARNING',
      'INTERNSHIP',
      'EXCHANGE',
      'COACHING',
      'MENTORING',
      'SELF_STUDY',
      'LEARNING_COMMUNITY',
    ]);
    expect(NON_CLASSICAL_TRAINING_KINDS.every((k) => trainingModeOf(k) === 'NON_CLASSICAL')).toBe(true);
  });

  it('DEV-2: every kind has an Indonesian label and one mode', () => {
    for (const k of TRAINING_KINDS) expect(TRAINING_KIND_LABELS[k].length).toBeGreaterThan(0);
    expect(new Set(TRAINING_KINDS).size).toBe(18);
  });

  it('DEV-2: IT and information-system training is technical', () => {
    for (const name of [
      'IT',
      'INFORMATION_TECHNOLOGY',
      'INFORMATION_SYSTEM',
      'TEKNOLOGI_INFORMASI',
      'SISTEM_INFORMASI',
    ])
      expect(parseTrainingKind(name)).toEqual({ ok: true, value: 'TECHNICAL' });
    expect(trainingModeOf('TECHNICAL')).toBe('CLASSICAL');
  });

  it('DEV-2: an unknown kind is refused with the allowed values and the IT hint', () => {
    const r = parseTrainingKind('JALAN_SEHAT', 'kind');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_ENUM');
      expect(r.error.path).toBe('kind');
      expect(r.error.message).toContain('E_LEARNING');
      expect(r.error.message).toContain('TECHNICAL');
    }
    expect(parseTrainingKind('toString').ok).toBe(false);
  });
});
