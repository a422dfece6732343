import { type Check, check } from '../core/check.js';
import { parseIsoDate } from '../core/date.js';
import { domainError, err, ok, type Result } from '../core/result.js';
import type { Predikat } from './scales.js';

/** EVAL-9: the states of an SKP, in order. */
export const SKP_STATES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'EVALUATED', 'FINAL'] as const;
/** EVAL-9: the state of an SKP. */
export type SkpState = (typeof SKP_STATES)[number];

/** EVAL-9: what someone does to an SKP; RETURN carries the evaluator's note, EVALUATE the annual predikat. */
export type SkpAction =
  | { readonly type: 'SUBMIT' }
  | { readonly type: 'APPROVE' }
  | { readonly type: 'RETURN'; readonly note: string }
  | { readonly type: 'EVALUATE'; readonly annualPredikat: Predikat }
  | { readonly type: 'FINALISE' };
/** EVAL-9: the kinds of action. */
export const SKP_ACTION_TYPES = ['SUBMIT', 'APPROVE', 'RETURN', 'EVALUATE', 'FINALISE'] as const;
/** EVAL-9: the kind of an action. */
export type SkpActionType = (typeof SKP_ACTION_TYPES)[number];

/** EVAL-9: who does what: the employee submits, the evaluator approves, returns and evaluates, the unit head finalises. */
export type SkpRole = 'EMPLOYEE' | 'EVALUATOR' | 'FINALISER';

/**
 * EVAL-9: the transitions. An SKP goes DRAFT → SUBMITTED → APPROVED → EVALUATED → FINAL; the evaluator may RETURN
 * a SUBMITTED SKP to DRAFT with a note, and may evaluate again while it is EVALUATED (before it is FINAL).
 */
export const SKP_TRANSITIONS: Readonly<
  Record<SkpActionType, { readonly from: readonly SkpState[]; readonly to: SkpState; readonly by: SkpRole }>
> = {
  SUBMIT: { from: ['DRAFT'], to: 'SUBMITTED', by: 'EMPLOYEE' },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED', by: 'EVALUATOR' },
  RETURN: { from: ['SUBMITTED'], to: 'DRAFT', by: 'EVALUATOR' },
  EVALUATE: { from: ['APPROVED', 'EVALUATED'], to: 'EVALUATED', by: 'EVALUATOR' },
  FINALISE: { from: ['EVALUATED'], to: 'FINAL', by: 'FINALISER' },
};

/** EVAL-9: an SKP as the workflow sees it: its state and the people who act on it. */
export type SkpWorkflowSubject = {
  readonly state: SkpState;
  readonly employeeId: string;
  /** The pejabat penilai recorded on the SKP (normally {@link evaluatorOf}). */
  readonly evaluatorId: string;
  /**
   * The unit head who fixes the unit's predikats (EVAL-10) and so finalises: the head of the employee's unit, or
   * of the parent unit for the head's own SKP (the same rule as {@link evaluatorOf}); null when there is none.
   */
  readonly finaliserId: string | null;
};

/** EVAL-9: the person acting. */
export type SkpActor = { readonly id: string };

/** EVAL-9: an accepted transition, with the checks that allowed it. */
export type SkpTransition = {
  readonly from: SkpState;
  readonly to: SkpState;
  readonly action: SkpAction;
  readonly actorId: string;
  readonly checks: readonly Check[];
};

const ROLE_NAME: Readonly<Record<SkpRole, string>> = {
  EMPLOYEE: 'the employee',
  EVALUATOR: 'the evaluator',
  FINALISER: 'the unit head',
};

const actionsFrom = (state: SkpState) => SKP_ACTION_TYPES.filter((a) => SKP_TRANSITIONS[a].from.includes(state));

/** EVAL-9: whether the action exists from the state and the actor holds its role; no payload is checked. */
const authorise = (skp: SkpWorkflowSubject, type: SkpActionType, actor: SkpActor): Result<readonly Check[]> => {
  const rule = SKP_TRANSITIONS[type];
  if (!rule.from.includes(skp.state)) {
    const allowed = actionsFrom(skp.state);
    const message =
      skp.state === 'FINAL'
        ? `cannot ${type} a FINAL SKP: it changes only through a correction with a reason (correctFinal)`
        : `cannot ${type} an SKP that is ${skp.state}; from ${skp.state} the actions are ${allowed.join(', ')}`;
    return err(domainError('INVALID_TRANSITION', message, 'state'));
  }
  const holder = rule.by === 'EMPLOYEE' ? skp.employeeId : rule.by === 'EVALUATOR' ? skp.evaluatorId : skp.finaliserId;
  if (rule.by !== 'EMPLOYEE' && holder === skp.employeeId)
    return err(
      domainError(
        'NOT_ALLOWED',
        `nobody evaluates themselves: ${skp.employeeId} is both the employee and ${ROLE_NAME[rule.by]}`,
      ),
    );
  if (holder === null)
    return err(domainError('NOT_ALLOWED', `${type} needs ${ROLE_NAME[rule.by]}, and the SKP has none`));
  if (actor.id !== holder)
    return err(
      domainError('NOT_ALLOWED', `only ${ROLE_NAME[rule.by]} (${holder}) may ${type} this SKP; ${actor.id} may not`),
    );
  return ok([
    check('EVAL-9', 'transition-exists', true, `${type} takes an SKP from ${skp.state} to ${rule.to}`, {
      action: type,
      from: skp.state,
      to: rule.to,
    }),
    check('EVAL-9', 'actor-holds-role', true, `${actor.id} is ${ROLE_NAME[rule.by]}`, {
      actorId: actor.id,
      role: rule.by,
    }),
  ]);
};

/**
 * EVAL-9: the next state of an SKP after an action by an actor. INVALID_TRANSITION when the action does not
 * exist from the current state (and always for a FINAL SKP); NOT_ALLOWED when the actor does not hold the
 * role, or would evaluate or finalise their own SKP; REQUIRED when a RETURN has no note.
 */
export const transitionSkp = (skp: SkpWorkflowSubject, action: SkpAction, actor: SkpActor): Result<SkpTransition> => {
  const allowed = authorise(skp, action.type, actor);
  if (!allowed.ok) return allowed;
  if (action.type === 'RETURN' && action.note.trim() === '')
    return err(domainError('REQUIRED', 'returning an SKP to DRAFT needs a note saying what to change', 'note'));
  const checks =
    action.type === 'EVALUATE'
      ? [
          ...allowed.value,
          check('EVAL-9', 'annual-predikat-set', true, `annual predikat ${action.annualPredikat}`, {
            annualPredikat: action.annualPredikat,
          }),
        ]
      : allowed.value;
  return ok({ from: skp.state, to: SKP_TRANSITIONS[action.type].to, action, actorId: actor.id, checks });
};

/** EVAL-9: the actions an actor may take on an SKP now (for the buttons the app shows). */
export const availableSkpActions = (skp: SkpWorkflowSubject, actor: SkpActor): readonly SkpActionType[] =>
  SKP_ACTION_TYPES.filter((type) => authorise(skp, type, actor).ok);

/** EVAL-9: where an employee sits: their unit's head and the head of the parent unit (null when vacant or at the top). */
export type EvaluatorQuery = {
  readonly employeeId: string;
  readonly unit: { readonly headId: string | null; readonly parentHeadId: string | null };
};

/** EVAL-9: the evaluator chosen and why. */
export type EvaluatorChoice = { readonly evaluatorId: string; readonly checks: readonly Check[] };

/**
 * EVAL-9: the evaluator of an employee: the head of the employee's unit, or the head of the parent unit when the
 * employee is that head. NO_EVALUATOR when that post is vacant or would be the employee themselves.
 */
export const evaluatorOf = (q: EvaluatorQuery): Result<EvaluatorChoice> => {
  const { employeeId, unit } = q;
  if (unit.headId === null)
    return err(
      domainError(
        'NO_EVALUATOR',
        `the unit of ${employeeId} has no head; record an acting head (Plt) to evaluate`,
        'unit.headId',
      ),
    );
  if (unit.headId !== employeeId)
    return ok({
      evaluatorId: unit.headId,
      checks: [
        check('EVAL-9', 'head-of-unit', true, `${unit.headId} heads the unit of ${employeeId}`, {
          headId: unit.headId,
          employeeId,
        }),
      ],
    });
  if (unit.parentHeadId === null || unit.parentHeadId === employeeId)
    return err(
      domainError(
        'NO_EVALUATOR',
        `${employeeId} heads the unit and ${unit.parentHeadId === null ? 'the parent unit has no head (or there is no parent unit)' : 'the parent unit too, and nobody evaluates themselves'}`,
        'unit.parentHeadId',
      ),
    );
  return ok({
    evaluatorId: unit.parentHeadId,
    checks: [
      check('EVAL-9', 'head-of-unit', false, `${employeeId} heads the unit, and nobody evaluates themselves`, {
        case: 'is-head',
        headId: employeeId,
        employeeId,
      }),
      check('EVAL-9', 'head-of-parent-unit', true, `${unit.parentHeadId} heads the parent unit`, {
        headId: unit.parentHeadId,
      }),
    ],
  });
};

/** EVAL-9: a value a correction may change. */
export type CorrectionValue = string | number | boolean | null;

/** EVAL-9: the audit record of a correction to a FINAL SKP. */
export type SkpCorrection = {
  readonly who: string;
  /** ISO-8601 date or date-time given by the caller (the domain has no clock). */
  readonly when: string;
  /** Path of the changed field, e.g. `annualPredikat` or `rhk[2].rating`. */
  readonly field: string;
  readonly old: CorrectionValue;
  readonly new: CorrectionValue;
  readonly reason: string;
};

const ISO_INSTANT_TAIL = /^(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * EVAL-9: a correction to a FINAL SKP, as the audit record to write: who, when, field, old, new and why.
 * INVALID_TRANSITION unless the SKP is FINAL (earlier states are edited through the workflow); REQUIRED without a
 * reason, field or author; NO_CHANGE when old equals new; INVALID_DATE when `when` is not an ISO date or date-time.
 */
export const correctFinal = (input: { readonly state: SkpState } & SkpCorrection): Result<SkpCorrection> => {
  if (input.state !== 'FINAL')
    return err(
      domainError(
        'INVALID_TRANSITION',
        `a correction is for a FINAL SKP; this one is ${input.state} and is edited as usual`,
        'state',
      ),
    );
  if (input.who.trim() === '') return err(domainError('REQUIRED', 'a correction records who made it', 'who'));
  if (input.field.trim() === '')
    return err(domainError('REQUIRED', 'a correction names the field it changes', 'field'));
  const day = parseIsoDate(input.when.slice(0, 10), 'when');
  if (!day.ok || !ISO_INSTANT_TAIL.test(input.when.slice(10)))
    return err(domainError('INVALID_DATE', `"${input.when}" is not an ISO date or date-time`, 'when'));
  if (Object.is(input.old, input.new))
    return err(
      domainError('NO_CHANGE', `${input.field} is already ${String(input.new)}; there is nothing to correct`, 'new'),
    );
  const reason = input.reason.trim();
  if (reason === '')
    return err(domainError('REQUIRED', `correcting ${input.field} of a FINAL SKP needs a reason`, 'reason'));
  return ok({ who: input.who, when: input.when, field: input.field, old: input.old, new: input.new, reason });
};
