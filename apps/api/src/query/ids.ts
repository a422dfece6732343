import { decodeGlobalID } from '@pothos/plugin-relay';
import { inputError } from './errors.js';

/** Decodes global IDs in ID filters into database keys, checking that each names the right type. */
export const decodeIdFilter = (typename: string, value: string, argument: string): number => {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(value);
  } catch {
    throw inputError(`${argument}: "${value.slice(0, 40)}" is not an ID`, 'BAD_USER_INPUT', argument);
  }
  const id = Number(decoded.id);
  if (decoded.typename !== typename || !Number.isSafeInteger(id))
    throw inputError(`${argument}: "${value.slice(0, 40)}" is not the ID of a ${typename}`, 'BAD_USER_INPUT', argument);
  return id;
};
