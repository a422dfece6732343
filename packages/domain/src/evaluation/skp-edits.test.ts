import { describe, expect, it } from 'vitest';
import { checkSkpEditable } from './skp-edits.js';
import { SKP_STATES } from './workflow.js';

describe('EVAL-9 what may be written to an SKP in which state', () => {
  it('EVAL-9: the plan is written only while DRAFT', () => {
    expect(SKP_STATES.filter((s) => checkSkpEditable(s, 'PLAN').ok)).toEqual(['DRAFT']);
  });

  it('EVAL-9: realisations only once APPROVED; feedback and ratings while APPROVED or EVALUATED', () => {
    expect(SKP_STATES.filter((s) => checkSkpEditable(s, 'REALISATION').ok)).toEqual(['APPROVED']);
    expect(SKP_STATES.filter((s) => checkSkpEditable(s, 'RATING').ok)).toEqual(['APPROVED', 'EVALUATED']);
  });

  it('EVAL-9: a FINAL SKP changes only through a correction, and the refusal says so', () => {
    const r = checkSkpEditable('FINAL', 'RATING');
    expect(r.ok ? null : r.error).toMatchObject({ code: 'INVALID_TRANSITION', path: 'state' });
    expect(r.ok ? '' : r.error.message).toMatch(/only through a correction/);
    const draft = checkSkpEditable('SUBMITTED', 'PLAN');
    expect(draft.ok ? '' : draft.error.message).toBe(
      'the plan (results, indicators, behaviour expectations) of an SKP can be written while it is DRAFT; this one is SUBMITTED',
    );
  });
});
