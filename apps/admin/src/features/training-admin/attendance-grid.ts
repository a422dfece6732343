import { ENROLMENT_TRANSITIONS, type EnrolmentStatus } from '@kinerja/domain';

/** One participant of a session as the attendance grid shows them. */
export type GridRow = {
  readonly id: string;
  readonly nip: string;
  readonly name: string;
  readonly status: EnrolmentStatus;
  readonly score: number | null;
};

/** What is being entered for a participant: the status to reach and the score (text as typed). */
export type Draft = { readonly status: EnrolmentStatus; readonly score: string };

/** The grid's entries, and the entries before the last bulk change (null: nothing to undo). */
export type GridState = {
  readonly drafts: Readonly<Record<string, Draft>>;
  readonly beforeBulk: Readonly<Record<string, Draft>> | null;
};

/** A change to save: the steps of the DEV-3 status machine from the saved status to the one entered, and the score. */
export type GridChange = {
  readonly id: string;
  readonly from: EnrolmentStatus;
  readonly steps: readonly EnrolmentStatus[];
  readonly score: number | null;
};

/**
 * DEV-3: the statuses an enrolment can still reach from `from`, in order, by the domain's transitions (ENROLLED
 * reaches ATTENDED, then COMPLETED or FAILED; WITHDRAWN from any open status).
 */
export const reachableStatuses = (from: EnrolmentStatus): EnrolmentStatus[] => {
  const seen: EnrolmentStatus[] = [];
  const queue: EnrolmentStatus[] = [...ENROLMENT_TRANSITIONS[from]];
  while (queue.length > 0) {
    const next = queue.shift() as EnrolmentStatus;
    if (next === from || seen.includes(next)) continue;
    seen.push(next);
    queue.push(...ENROLMENT_TRANSITIONS[next]);
  }
  return seen;
};

/** DEV-3: the shortest run of allowed changes from one status to another ([] when equal; null when unreachable). */
export const stepsTo = (from: EnrolmentStatus, to: EnrolmentStatus): EnrolmentStatus[] | null => {
  if (from === to) return [];
  const paths: EnrolmentStatus[][] = ENROLMENT_TRANSITIONS[from].map((s) => [s]);
  const seen = new Set<EnrolmentStatus>([from]);
  while (paths.length > 0) {
    const path = paths.shift() as EnrolmentStatus[];
    const last = path[path.length - 1] as EnrolmentStatus;
    if (last === to) return path;
    if (seen.has(last)) continue;
    seen.add(last);
    for (const n of ENROLMENT_TRANSITIONS[last]) paths.push([...path, n]);
  }
  return null;
};

/** The grid as loaded: each participant's saved status and score. */
export const initialGrid = (rows: readonly GridRow[]): GridState => ({
  drafts: Object.fromEntries(
    rows.map((r) => [r.id, { status: r.status, score: r.score === null ? '' : String(r.score) }]),
  ),
  beforeBulk: null,
});

/** One cell changed by hand (the last bulk change stays undoable). */
export const editCell = (state: GridState, id: string, patch: Partial<Draft>): GridState => {
  const current = state.drafts[id];
  if (!current) return state;
  return { ...state, drafts: { ...state.drafts, [id]: { ...current, ...patch } } };
};

/** What a bulk change did: the participants changed, and those skipped because DEV-3 allows them no such status. */
export type BulkOutcome = { readonly state: GridState; readonly changed: number; readonly skipped: readonly string[] };

/**
 * Sets a status and/or a score on the selected participants at once. A participant whose saved status cannot reach
 * the status (DEV-3) is skipped and named. The entries before the change are kept so that it can be undone.
 */
export const bulkSet = (
  state: GridState,
  rows: readonly GridRow[],
  ids: readonly string[],
  patch: { readonly status?: EnrolmentStatus; readonly score?: string },
): BulkOutcome => {
  const drafts: Record<string, Draft> = { ...state.drafts };
  const skipped: string[] = [];
  let changed = 0;
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    const draft = drafts[id];
    if (!row || !draft) continue;
    if (patch.status !== undefined && stepsTo(row.status, patch.status) === null) {
      skipped.push(id);
      continue;
    }
    drafts[id] = { ...draft, ...patch };
    changed += 1;
  }
  if (changed === 0) return { state, changed, skipped };
  return { state: { drafts, beforeBulk: state.drafts }, changed, skipped };
};

/** Puts back the entries as they were before the last bulk change; nothing to undo afterwards. */
export const undoBulk = (state: GridState): GridState =>
  state.beforeBulk === null ? state : { drafts: state.beforeBulk, beforeBulk: null };

/** Why a score cannot be saved: not a number from 0 to 100 (empty is no score). */
export const scoreProblem = (text: string): 'NOT_A_SCORE' | null => {
  if (text.trim() === '') return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= 100 ? null : 'NOT_A_SCORE';
};

/** The participants whose entries differ from what is saved, as the changes to send. */
export const changesOf = (rows: readonly GridRow[], state: GridState): GridChange[] =>
  rows.flatMap((r) => {
    const draft = state.drafts[r.id];
    if (!draft) return [];
    const score = draft.score.trim() === '' ? null : Number(draft.score.replace(',', '.'));
    const steps = stepsTo(r.status, draft.status);
    if (steps === null) return [];
    if (steps.length === 0 && score === r.score) return [];
    return [{ id: r.id, from: r.status, steps, score }];
  });
