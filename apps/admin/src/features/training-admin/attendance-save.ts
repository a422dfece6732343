import type { RowOutcome } from './AttendanceGrid.js';
import type { GridChange } from './attendance-grid.js';
import type { UserErrorLike } from './user-errors.js';

/** An enrolment and the version read. */
export type Versioned = { readonly id: string; readonly version: number };
/** What a batch mutation answered: the enrolments changed (with their new versions) or the user errors. */
export type BatchAnswer = { readonly changed: readonly Versioned[]; readonly userErrors: readonly UserErrorLike[] };

/** The API's three ways to move an enrolment (DEV-3). */
export type AttendanceApi = {
  readonly attend: (enrolments: readonly Versioned[]) => Promise<BatchAnswer>;
  readonly complete: (
    completions: readonly (Versioned & { readonly outcome: 'COMPLETED' | 'FAILED'; readonly score: number | null })[],
  ) => Promise<BatchAnswer>;
  readonly withdraw: (enrolment: Versioned) => Promise<BatchAnswer>;
};

/** The item of a batch a user error names (`["input", "enrolments", "2", "version"]` → 2), else null. */
const itemOf = (e: UserErrorLike): number | null => {
  const index = e.field?.find((f) => /^\d+$/.test(f));
  return index === undefined ? null : Number(index);
};

/** Spreads a batch's user errors over its items: an error naming an item goes to it, the others to every item. */
const blame = (ids: readonly string[], errors: readonly UserErrorLike[], into: Map<string, UserErrorLike[]>) => {
  for (const e of errors) {
    const i = itemOf(e);
    const targets = i !== null && ids[i] !== undefined ? [ids[i] as string] : ids;
    for (const id of targets) into.set(id, [...(into.get(id) ?? []), e]);
  }
};

/**
 * Saves the grid's changes in DEV-3's order: first attendance (ENROLLED → ATTENDED) for all who need it, then
 * completions (COMPLETED or FAILED, with the score) with the versions attendance returned, and withdrawals one by
 * one. A participant refused at a step goes no further. A score without a completion cannot be saved: the score is
 * recorded with the completion.
 */
export const saveAttendance = async (
  changes: readonly GridChange[],
  versions: Readonly<Record<string, number>>,
  api: AttendanceApi,
  scoreNeedsCompletion: UserErrorLike,
): Promise<RowOutcome[]> => {
  const errors = new Map<string, UserErrorLike[]>();
  const version = new Map(Object.entries(versions));
  const failed = (id: string) => (errors.get(id)?.length ?? 0) > 0;

  for (const c of changes) if (c.steps.length === 0) errors.set(c.id, [scoreNeedsCompletion]);

  const attending = changes.filter((c) => c.steps[0] === 'ATTENDED');
  if (attending.length > 0) {
    const batch = attending.map((c) => ({ id: c.id, version: version.get(c.id) ?? 0 }));
    const answer = await api.attend(batch);
    blame(
      batch.map((b) => b.id),
      answer.userErrors,
      errors,
    );
    for (const e of answer.changed) version.set(e.id, e.version);
  }

  const completing = changes.filter((c) => {
    const last = c.steps[c.steps.length - 1];
    return (last === 'COMPLETED' || last === 'FAILED') && !failed(c.id);
  });
  if (completing.length > 0) {
    const batch = completing.map((c) => ({
      id: c.id,
      version: version.get(c.id) ?? 0,
      outcome: c.steps[c.steps.length - 1] as 'COMPLETED' | 'FAILED',
      score: c.score,
    }));
    const answer = await api.complete(batch);
    blame(
      batch.map((b) => b.id),
      answer.userErrors,
      errors,
    );
  }

  for (const c of changes.filter((x) => x.steps[x.steps.length - 1] === 'WITHDRAWN' && !failed(x.id))) {
    const answer = await api.withdraw({ id: c.id, version: version.get(c.id) ?? 0 });
    blame([c.id], answer.userErrors, errors);
  }

  return changes.map((c) => ({ id: c.id, errors: errors.get(c.id) ?? [] }));
};
