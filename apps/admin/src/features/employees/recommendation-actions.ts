import { RECOMMENDATION_TRANSITIONS, type RecommendationStatus } from '@kinerja/domain';
import { z } from 'zod';
import { hasAnyRole, type Viewer } from '../../session/session.js';
import type { FormMessages } from '../training-admin/program-form.js';

/** REC-1..5: what a person can do to a recommendation, named by the status it leads to. */
const ACTION_OF = { ACCEPTED: 'accept', DISMISSED: 'dismiss', DONE: 'complete' } as const;
/** One action on a recommendation: accept, dismiss or complete. */
export type RecommendationAction = (typeof ACTION_OF)[keyof typeof ACTION_OF];
/** The status each action leads to. */
export type ActionTarget = keyof typeof ACTION_OF;

/**
 * REC-1..5: the actions a recommendation's status allows, from the domain's transitions (OPEN: accept or dismiss;
 * ACCEPTED: complete; DISMISSED and DONE: none). Who may take them is the API's to say (ADMIN of the instansi).
 */
export const actionsFor = (
  status: RecommendationStatus,
): readonly { readonly action: RecommendationAction; readonly to: ActionTarget }[] =>
  RECOMMENDATION_TRANSITIONS[status].flatMap((to) =>
    to in ACTION_OF ? [{ action: ACTION_OF[to as ActionTarget], to: to as ActionTarget }] : [],
  );

/**
 * Whether the viewer may take those actions: the API lets only an ADMIN of the employee's instansi decide on a
 * recommendation (`requireAdminOf`); anyone else sees the status and history only. The API still checks (FORBIDDEN).
 */
export const mayDecideOn = (viewer: Viewer | null, instansiId: string): boolean =>
  viewer !== null && hasAnyRole(viewer, ['ADMIN']) && viewer.instansi.id === instansiId;

/** The API keeps at most this many characters of a note (`requiredNote`). */
export const NOTE_MAX = 2000;

/** What the action dialog holds. */
export type NoteFormValues = { note: string };

/** The note every action asks for (the API refuses a blank one): required, at most 2,000 characters, trimmed. */
export const noteSchema = (m: FormMessages) =>
  z.object({
    note: z
      .string()
      .trim()
      .min(1, { message: m('required') })
      .max(NOTE_MAX, { message: m('tooLong') }),
  });
