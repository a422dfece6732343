import { decodeGlobalID } from '@pothos/plugin-relay';
import type { TxContext } from '../../mutation/run.js';
import { fail } from '../../mutation/user-error.js';
import type { DbRow } from '../../schema/rows.js';

/** The database key of a global ID of the given type, or INVALID_INPUT naming the field. */
export const keyOf = (globalId: string, typename: string, field: readonly string[]): number => {
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = null;
  }
  const id = Number(decoded?.id);
  if (!decoded || decoded.typename !== typename || !Number.isSafeInteger(id))
    return fail('INVALID_INPUT', `"${globalId.slice(0, 40)}" is not the ID of a ${typename}`, ['input', ...field]);
  return id;
};

/** The employee, or NOT_FOUND naming the field. */
export const findEmployee = async (tx: TxContext, id: number, field: readonly string[]): Promise<DbRow<'employee'>> =>
  (await tx.db.selectFrom('employee').selectAll().where('id', '=', id).executeTakeFirst()) ??
  fail('NOT_FOUND', `employee ${id} does not exist`, ['input', ...field]);

/** A free-text note a person must give (why): trimmed, not blank, at most 2,000 characters. */
export const requiredNote = (text: string, field: readonly string[], what: string): string => {
  const note = text.trim();
  if (note === '') return fail('INVALID_INPUT', `say ${what}`, ['input', ...field]);
  if (note.length > 2000) return fail('INVALID_INPUT', 'at most 2,000 characters', ['input', ...field]);
  return note;
};

/** An optional free-text field: trimmed, blank as null, at most `max` characters. */
export const optionalText = (text: string | null | undefined, field: readonly string[], max = 500): string | null => {
  const value = text?.trim() ?? '';
  if (value.length > max) return fail('INVALID_INPUT', `at most ${max} characters`, ['input', ...field]);
  return value === '' ? null : value;
};
