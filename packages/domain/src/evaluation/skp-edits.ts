import { domainError, err, ok, type Result } from '../core/result.js';
import type { SkpState } from './workflow.js';

/**
 * EVAL-9: what may be written to an SKP in which state. The plan (RHK, IKI, behaviour expectations) is agreed while
 * DRAFT; realisations and evidence are recorded once it is APPROVED; the evaluator gives feedback and ratings while
 * it is APPROVED or EVALUATED (before the unit's year is FINAL). A FINAL SKP changes only through a correction.
 */
export const SKP_EDITS = {
  PLAN: ['DRAFT'],
  REALISATION: ['APPROVED'],
  RATING: ['APPROVED', 'EVALUATED'],
} as const satisfies Readonly<Record<string, readonly SkpState[]>>;

/** EVAL-9: a kind of write to an SKP. */
export type SkpEdit = keyof typeof SKP_EDITS;

const WHAT: Readonly<Record<SkpEdit, string>> = {
  PLAN: 'the plan (results, indicators, behaviour expectations)',
  REALISATION: 'realisations and evidence',
  RATING: 'feedback and ratings',
};

/**
 * EVAL-9: whether this kind of write is open in the SKP's state. INVALID_TRANSITION (path `state`) says when it
 * would be, and for a FINAL SKP that only a correction with a reason changes it.
 */
export const checkSkpEditable = (state: SkpState, edit: SkpEdit): Result<true> => {
  const open: readonly SkpState[] = SKP_EDITS[edit];
  if (open.includes(state)) return ok(true);
  const message =
    state === 'FINAL'
      ? `a FINAL SKP changes only through a correction with a reason (correctFinal), not ${WHAT[edit]}`
      : `${WHAT[edit]} of an SKP can be written while it is ${open.join(' or ')}; this one is ${state}`;
  return err(domainError('INVALID_TRANSITION', message, 'state'));
};
