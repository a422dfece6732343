/** Every rule id of the domain spec (../shared/domain-spec.md). */
export type RuleId =
  | 'ID-1'
  | `EVAL-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`
  | `MERIT-${1 | 2 | 3 | 4 | 5 | 6}`
  | `DEV-${1 | 2 | 3}`
  | `REC-${1 | 2 | 3 | 4 | 5}`
  | `DISC-${1 | 2}`
  | 'DASH-1';

/**
 * One reason of a decision: which rule, which of its checks (a stable key the app can translate), whether it
 * held, and a sentence that says why with the figures.
 */
export type Check = {
  readonly rule: RuleId;
  readonly check: string;
  readonly ok: boolean;
  readonly detail: string;
};

/** A decision and all the checks that made it; `ok` is true only when every check holds. */
export type Decision = {
  readonly ok: boolean;
  readonly checks: readonly Check[];
};

/** Builds a check. */
export const check = (rule: RuleId, key: string, ok: boolean, detail: string): Check => ({
  rule,
  check: key,
  ok,
  detail,
});

/** Combines checks into a decision that holds when all of them do. */
export const decide = (checks: readonly Check[]): Decision => ({ ok: checks.every((c) => c.ok), checks });
