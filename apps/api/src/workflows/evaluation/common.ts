import {
  type DomainError,
  type DomainErrorCode,
  date,
  evaluatorOf,
  type Policy,
  type Result,
  type SkpState,
  type SkpWorkflowSubject,
} from '@kinerja/domain';
import { hasRole } from '../../auth/viewer.js';
import type { TxContext } from '../../mutation/run.js';
import { fail, type UserError, type UserErrorCode, UserFault, userError } from '../../mutation/user-error.js';
import { policyFor } from '../../schema/facts.js';
import type { DbRow } from '../../schema/rows.js';
import { keyOf } from '../merit/common.js';

/** Shared steps of the evaluation workflows (issue #6, EVAL-3..10): find and lock, who acts, domain refusals. */

export type SkpRow = DbRow<'skp'>;

/** How a domain refusal reads as a user error: a transition that does not exist is INVALID_STATE, and so on. */
const USER_CODE: Readonly<Partial<Record<DomainErrorCode, UserErrorCode>>> = {
  INVALID_TRANSITION: 'INVALID_STATE',
  NOT_ALLOWED: 'FORBIDDEN',
  REQUIRED: 'INVALID_INPUT',
  INVALID_NUMBER: 'INVALID_INPUT',
  INVALID_ENUM: 'INVALID_INPUT',
  INVALID_DATE: 'INVALID_INPUT',
  UNKNOWN_REFERENCE: 'INVALID_INPUT',
  NO_CHANGE: 'INVALID_INPUT',
  DUPLICATE: 'DUPLICATE',
};

/** A domain error as a user error, keeping the domain's message and code (in `rule`). */
export const domainUserError = (
  error: DomainError,
  field: readonly string[] | null = null,
  code?: UserErrorCode,
): UserError => userError(code ?? USER_CODE[error.code] ?? 'RULE_VIOLATION', error.message, field, error.code);

/** The value of a domain result, or the refusal as a user error (the transaction is rolled back). */
export const orRefuse = <T>(result: Result<T>, field: readonly string[] | null = null, code?: UserErrorCode): T => {
  if (result.ok) return result.value;
  throw new UserFault([domainUserError(result.error, field, code)]);
};

/** Locks an SKP for the rest of the transaction, or NOT_FOUND. */
export const lockSkp = async (tx: TxContext, globalId: string, field: readonly string[] = ['id']) => {
  const id = keyOf(globalId, 'Skp', field);
  const row = await tx.db.selectFrom('skp').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ?? fail('NOT_FOUND', `SKP ${id} does not exist`, ['input', ...field]);
};

/** Refuses with CONFLICT when the row changed since the user read it. */
export const checkVersion = (row: { version: number }, version: number, what: string, field = ['version']) => {
  if (row.version !== version)
    fail('CONFLICT', `${what} was changed by someone else (version ${row.version}, you had ${version}): reload it`, [
      'input',
      ...field,
    ]);
};

/** The viewer's employee id, or FORBIDDEN: the evaluation workflows act as a person (EVAL-9). */
export const viewerEmployee = (tx: TxContext): number =>
  tx.viewer.employeeId ?? fail('FORBIDDEN', 'only a signed-in employee takes part in an SKP');

/** The employee of the SKP, with the EMPLOYEE role (issue #5: employees write their own drafts and evidence). */
export const isOwnSkp = (tx: TxContext, skp: SkpRow) =>
  hasRole(tx.viewer, 'EMPLOYEE') && tx.viewer.employeeId === skp.employee_id;

/** The SKP's evaluator, with the EVALUATOR role (EVAL-9: skp.evaluator_id is the viewer's employee). */
export const isEvaluatorOf = (tx: TxContext, skp: SkpRow) =>
  hasRole(tx.viewer, 'EVALUATOR') && tx.viewer.employeeId === skp.evaluator_id;

/** Refuses unless the viewer is the SKP's evaluator. */
export const requireEvaluatorOf = (tx: TxContext, skp: SkpRow, what: string) => {
  if (!isEvaluatorOf(tx, skp))
    fail(
      'FORBIDDEN',
      `only the evaluator of this SKP (employee ${skp.evaluator_id}, EVAL-9) may ${what}`,
      null,
      'EVAL-9',
    );
};

/** Refuses unless the viewer is the SKP's employee or its evaluator. */
export const requireEmployeeOrEvaluatorOf = (tx: TxContext, skp: SkpRow, what: string) => {
  if (!isOwnSkp(tx, skp) && !isEvaluatorOf(tx, skp))
    fail('FORBIDDEN', `only the employee of this SKP or their evaluator may ${what}`, null, 'EVAL-9');
};

/** Refuses unless the viewer is the SKP's employee. */
export const requireOwnSkp = (tx: TxContext, skp: SkpRow, what: string) => {
  if (!isOwnSkp(tx, skp)) fail('FORBIDDEN', `only the employee of this SKP may ${what}`, null, 'EVAL-9');
};

/** The SKP as the domain's workflow sees it; `finaliserId` is given only by the unit's finalisation. */
export const workflowSubject = (skp: SkpRow, finaliserId: number | null = null): SkpWorkflowSubject => ({
  state: skp.state as SkpState,
  employeeId: String(skp.employee_id),
  evaluatorId: String(skp.evaluator_id),
  finaliserId: finaliserId === null ? null : String(finaliserId),
});

/** The policy that judges an SKP's year: the one in force on its last day. */
export const policyOfYear = async (tx: TxContext, instansiId: number, year: number): Promise<Policy> =>
  policyFor(tx, instansiId, date(`${year}-12-31`));

const idOrNull = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));

/** EVAL-9: the evaluator of an employee, by the domain, from the unit's head and the parent unit's head. */
export const chooseEvaluator = async (tx: TxContext, employee: { id: number; unit_id: number }) => {
  const unit = await tx.db.selectFrom('unit').selectAll().where('id', '=', employee.unit_id).executeTakeFirstOrThrow();
  const parent =
    unit.parent_id === null
      ? null
      : await tx.db.selectFrom('unit').selectAll().where('id', '=', unit.parent_id).executeTakeFirst();
  return {
    unit,
    choice: evaluatorOf({
      employeeId: String(employee.id),
      unit: { headId: idOrNull(unit.head_id), parentHeadId: idOrNull(parent?.head_id) },
    }),
  };
};

/** Now, for the timestamps of a workflow step (the audit row records it too). */
export const now = () => new Date().toISOString();
