import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableSkpActions,
  correctFinal,
  evaluatorOf,
  SKP_ACTION_TYPES,
  SKP_STATES,
  type SkpAction,
  type SkpState,
  type SkpWorkflowSubject,
  transitionSkp,
} from './workflow.js';

const EMPLOYEE = { id: 'emp' };
const EVALUATOR = { id: 'eval' };
const HEAD = { id: 'head' };
const skp = (state: SkpState, overrides: Partial<SkpWorkflowSubject> = {}): SkpWorkflowSubject => ({
  state,
  employeeId: 'emp',
  evaluatorId: 'eval',
  finaliserId: 'head',
  ...overrides,
});
const actions: Record<(typeof SKP_ACTION_TYPES)[number], SkpAction> = {
  SUBMIT: { type: 'SUBMIT' },
  APPROVE: { type: 'APPROVE' },
  RETURN: { type: 'RETURN', note: 'Tambahkan IKI kualitas' },
  EVALUATE: { type: 'EVALUATE', annualPredikat: 'BAIK' },
  FINALISE: { type: 'FINALISE' },
};

describe('EVAL-9 transitionSkp', () => {
  it('EVAL-9: walks DRAFT → SUBMITTED → APPROVED → EVALUATED → FINAL with the right person at each step', () => {
    const steps: [SkpState, SkpAction, { id: string }, SkpState][] = [
      ['DRAFT', actions.SUBMIT, EMPLOYEE, 'SUBMITTED'],
      ['SUBMITTED', actions.APPROVE, EVALUATOR, 'APPROVED'],
      ['APPROVED', actions.EVALUATE, EVALUATOR, 'EVALUATED'],
      ['EVALUATED', actions.FINALISE, HEAD, 'FINAL'],
    ];
    for (const [from, action, actor, to] of steps) {
      const r = transitionSkp(skp(from), action, actor);
      expect(r.ok && [r.value.from, r.value.to, r.value.actorId]).toEqual([from, to, actor.id]);
      expect(r.ok && r.value.checks.every((c) => c.ok && c.rule === 'EVAL-9')).toBe(true);
    }
  });

  it('EVAL-9: the evaluator may RETURN a SUBMITTED SKP to DRAFT with a note, never without one', () => {
    const r = transitionSkp(skp('SUBMITTED'), actions.RETURN, EVALUATOR);
    expect(r.ok && r.value.to).toBe('DRAFT');
    expect(r.ok && r.value.action).toEqual({ type: 'RETURN', note: 'Tambahkan IKI kualitas' });
    const bare = transitionSkp(skp('SUBMITTED'), { type: 'RETURN', note: ' ' }, EVALUATOR);
    expect(!bare.ok && bare.error).toMatchObject({ code: 'REQUIRED', path: 'note' });
  });

  it('EVAL-9: the evaluator may evaluate again before the SKP is FINAL', () => {
    const r = transitionSkp(skp('EVALUATED'), { type: 'EVALUATE', annualPredikat: 'SANGAT_BAIK' }, EVALUATOR);
    expect(r.ok && r.value.to).toBe('EVALUATED');
  });

  it('EVAL-9: an action that does not exist from the state is INVALID_TRANSITION, naming the ones that do', () => {
    const r = transitionSkp(skp('DRAFT'), actions.APPROVE, EVALUATOR);
    expect(!r.ok && r.error).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'cannot APPROVE an SKP that is DRAFT; from DRAFT the actions are SUBMIT',
      path: 'state',
    });
  });

  it('EVAL-9: nothing moves a FINAL SKP; it changes only through a correction', () => {
    for (const type of SKP_ACTION_TYPES) {
      for (const actor of [EMPLOYEE, EVALUATOR, HEAD]) {
        const r = transitionSkp(skp('FINAL'), actions[type], actor);
        expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
        expect(!r.ok && r.error.message).toContain('correctFinal');
      }
    }
  });

  it('EVAL-9: only the employee submits; only the evaluator approves, returns and evaluates; only the unit head finalises', () => {
    const wrong: [SkpState, SkpAction, { id: string }][] = [
      ['DRAFT', actions.SUBMIT, EVALUATOR],
      ['SUBMITTED', actions.APPROVE, EMPLOYEE],
      ['SUBMITTED', actions.RETURN, HEAD],
      ['APPROVED', actions.EVALUATE, HEAD],
      ['EVALUATED', actions.FINALISE, EVALUATOR],
    ];
    for (const [state, action, actor] of wrong) {
      const r = transitionSkp(skp(state), action, actor);
      expect(!r.ok && r.error.code).toBe('NOT_ALLOWED');
    }
    const r = transitionSkp(skp('APPROVED'), actions.EVALUATE, HEAD);
    expect(!r.ok && r.error.message).toBe('only the evaluator (eval) may EVALUATE this SKP; head may not');
  });

  it('EVAL-9: nobody evaluates or finalises their own SKP', () => {
    const self = skp('APPROVED', { evaluatorId: 'emp' });
    const r = transitionSkp(self, actions.EVALUATE, EMPLOYEE);
    expect(!r.ok && r.error).toEqual({
      code: 'NOT_ALLOWED',
      message: 'nobody evaluates themselves: emp is both the employee and the evaluator',
    });
    expect(transitionSkp(skp('EVALUATED', { finaliserId: 'emp' }), actions.FINALISE, EMPLOYEE).ok).toBe(false);
    expect(transitionSkp(skp('EVALUATED', { finaliserId: null }), actions.FINALISE, HEAD).ok).toBe(false);
  });

  it('EVAL-9 law: every accepted transition follows the table, and FINAL is never left', () => {
    const order = (s: SkpState) => SKP_STATES.indexOf(s);
    fc.assert(
      fc.property(
        fc.constantFrom(...SKP_STATES),
        fc.constantFrom(...SKP_ACTION_TYPES),
        fc.constantFrom(EMPLOYEE, EVALUATOR, HEAD),
        (state, type, actor) => {
          const r = transitionSkp(skp(state), actions[type], actor);
          if (!r.ok) return;
          expect(state).not.toBe('FINAL');
          // forward by one step, a RETURN to DRAFT, or a re-evaluation in place
          expect(
            order(r.value.to) === order(state) + 1 ||
              (type === 'RETURN' && r.value.to === 'DRAFT') ||
              (type === 'EVALUATE' && state === 'EVALUATED'),
          ).toBe(true);
          expect(availableSkpActions(skp(state), actor)).toContain(type);
        },
      ),
    );
  });

  it('EVAL-9: availableSkpActions lists what the actor can do now', () => {
    expect(availableSkpActions(skp('SUBMITTED'), EVALUATOR)).toEqual(['APPROVE', 'RETURN']);
    expect(availableSkpActions(skp('SUBMITTED'), EMPLOYEE)).toEqual([]);
    expect(availableSkpActions(skp('EVALUATED'), HEAD)).toEqual(['FINALISE']);
  });
});

describe('EVAL-9 evaluatorOf', () => {
  it('EVAL-9: the evaluator is the head of the employee unit', () => {
    const r = evaluatorOf({ employeeId: 'emp', unit: { headId: 'head', parentHeadId: 'boss' } });
    expect(r.ok && r.value.evaluatorId).toBe('head');
  });

  it('EVAL-9: the head of a unit is evaluated by the head of the parent unit', () => {
    const r = evaluatorOf({ employeeId: 'head', unit: { headId: 'head', parentHeadId: 'boss' } });
    expect(r.ok && r.value.evaluatorId).toBe('boss');
    expect(r.ok && r.value.checks.map((c) => c.check)).toEqual(['head-of-unit', 'head-of-parent-unit']);
  });

  it('EVAL-9: NO_EVALUATOR when the post is vacant, at the top, or would be the employee', () => {
    const cases = [
      { employeeId: 'emp', unit: { headId: null, parentHeadId: 'boss' } },
      { employeeId: 'head', unit: { headId: 'head', parentHeadId: null } },
      { employeeId: 'head', unit: { headId: 'head', parentHeadId: 'head' } },
    ];
    for (const q of cases) {
      const r = evaluatorOf(q);
      expect(!r.ok && r.error.code).toBe('NO_EVALUATOR');
    }
  });

  it('EVAL-9 law: the evaluator is never the employee', () => {
    const id = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(id, fc.option(id), fc.option(id), (employeeId, headId, parentHeadId) => {
        const r = evaluatorOf({ employeeId, unit: { headId, parentHeadId } });
        if (r.ok) expect(r.value.evaluatorId).not.toBe(employeeId);
      }),
    );
  });
});

describe('EVAL-9 correctFinal', () => {
  const correction = {
    state: 'FINAL' as const,
    who: 'admin-bkpsdm',
    when: '2026-01-15T09:30:00+07:00',
    field: 'annualPredikat',
    old: 'BAIK',
    new: 'SANGAT_BAIK',
    reason: 'Keberatan pegawai dikabulkan (surat 800/12/2026)',
  };

  it('EVAL-9: returns the audit record: who, when, field, old, new and why', () => {
    expect(correctFinal(correction)).toEqual({
      ok: true,
      value: {
        who: 'admin-bkpsdm',
        when: '2026-01-15T09:30:00+07:00',
        field: 'annualPredikat',
        old: 'BAIK',
        new: 'SANGAT_BAIK',
        reason: 'Keberatan pegawai dikabulkan (surat 800/12/2026)',
      },
    });
  });

  it('EVAL-9: a correction needs a reason', () => {
    const r = correctFinal({ ...correction, reason: '  ' });
    expect(!r.ok && r.error).toMatchObject({ code: 'REQUIRED', path: 'reason' });
  });

  it('EVAL-9: only a FINAL SKP is corrected; a change to nothing and a bad time are refused', () => {
    expect(correctFinal({ ...correction, state: 'EVALUATED' })).toMatchObject({
      error: { code: 'INVALID_TRANSITION' },
    });
    expect(correctFinal({ ...correction, new: 'BAIK' })).toMatchObject({ error: { code: 'NO_CHANGE' } });
    expect(correctFinal({ ...correction, when: '2026-02-30' })).toMatchObject({ error: { code: 'INVALID_DATE' } });
    expect(correctFinal({ ...correction, when: '2026-01-15 lunch' })).toMatchObject({
      error: { code: 'INVALID_DATE' },
    });
    expect(correctFinal({ ...correction, when: '2026-01-15' }).ok).toBe(true);
  });
});
