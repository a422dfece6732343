import type { TxContext } from './run.js';

/**
 * Recomputes, inside the mutation's transaction, the derived facts analysts filter on for these employees
 * (employee_year_fact for the given years, employee.latest_predikat, rank_promotion_due_on), from the rows the
 * mutation just wrote, with the domain's rules. Call it after any write that changes a fact's inputs.
 *
 * NOTE (lead): being implemented now; the signature is stable.
 */
export const refreshFacts = async (
  _tx: TxContext,
  _employeeIds: readonly number[],
  _years?: readonly number[],
): Promise<void> => {};
