import { inputError } from './errors.js';

/** Encodes the order-key values of a row as an opaque cursor. */
export const encodeCursor = (values: readonly unknown[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

/** Decodes a cursor made by {@link encodeCursor} for an order of `length` keys, or explains why it cannot. */
export const decodeCursor = (cursor: string, length: number, argument: string): unknown[] => {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw inputError(
      `${argument}: "${cursor.slice(0, 40)}" is not a cursor from this list`,
      'BAD_USER_INPUT',
      argument,
    );
  }
  if (
    !Array.isArray(values) ||
    values.length !== length ||
    !values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  ) {
    throw inputError(
      `${argument}: the cursor does not belong to this list and order; take cursors from the same query`,
      'BAD_USER_INPUT',
      argument,
    );
  }
  return values;
};
