import type { IsoDate } from '../core/date.js';
import { domainError, err, ok, type Result } from '../core/result.js';
import type { TrainingStatus } from '../development/training-status.js';

/** REC-1..5: the statuses of a recommendation. */
export const RECOMMENDATION_STATUSES = ['OPEN', 'ACCEPTED', 'DISMISSED', 'DONE'] as const;
/** REC-1..5: a recommendation's status. */
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** REC-1..5: OPEN → ACCEPTED | DISMISSED; ACCEPTED → DONE; DISMISSED and DONE are final. */
export const RECOMMENDATION_TRANSITIONS: Readonly<Record<RecommendationStatus, readonly RecommendationStatus[]>> = {
  OPEN: ['ACCEPTED', 'DISMISSED'],
  ACCEPTED: ['DONE'],
  DISMISSED: [],
  DONE: [],
};

/** REC-1..5: a change asked for: the new status, who and why. */
export type RecommendationStatusRequest = {
  readonly to: RecommendationStatus;
  readonly by: string;
  readonly reason: string;
  readonly at: IsoDate;
};

/** REC-1..5: a recorded change of status. */
export type RecommendationStatusChange = RecommendationStatusRequest & { readonly from: RecommendationStatus };

/**
 * REC-1..5: changes a recommendation's status, recording who and why. INVALID_TRANSITION for a change the
 * statuses do not allow; REQUIRED when who or why is blank.
 */
export const changeRecommendationStatus = (
  from: RecommendationStatus,
  request: RecommendationStatusRequest,
): Result<RecommendationStatusChange> => {
  const allowed = RECOMMENDATION_TRANSITIONS[from];
  if (!allowed.includes(request.to))
    return err(
      domainError(
        'INVALID_TRANSITION',
        allowed.length === 0
          ? `a recommendation that is ${from} cannot change any more`
          : `a recommendation that is ${from} can become ${allowed.join(' or ')}, not ${request.to}`,
        'to',
      ),
    );
  if (request.by.trim() === '') return err(domainError('REQUIRED', 'who changes the status must be recorded', 'by'));
  if (request.reason.trim() === '')
    return err(domainError('REQUIRED', `say why the recommendation becomes ${request.to}`, 'reason'));
  return ok({ ...request, from });
};

/**
 * REC-2: a training-gap recommendation is done as soon as its year's gap is closed (JP done and planned reach what
 * is owed): from OPEN or ACCEPTED it becomes DONE, recorded by the system with the JP that closed it. A DISMISSED
 * or DONE one stays as it is.
 */
export const trainingGapClosed = (
  status: RecommendationStatus,
  training: TrainingStatus,
): { readonly closes: boolean; readonly reason: string } => ({
  closes: (status === 'OPEN' || status === 'ACCEPTED') && training.shortfall === 0,
  reason: `REC-2: the JP gap of ${training.year} is closed: ${training.jpDone} JP done and ${training.jpPlanned} planned of the ${training.jpTarget} owed`,
});
