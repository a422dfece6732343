import { domainError, err, ok, type Result } from './result.js';

/** Parses a string into one of a closed set of values, naming the allowed ones when it is not. */
export const parseEnum = <const T extends string>(
  values: readonly T[],
  input: string,
  what: string,
  path?: string,
): Result<T> =>
  (values as readonly string[]).includes(input)
    ? ok(input as T)
    : err(domainError('INVALID_ENUM', `"${input}" is not a ${what}; expected one of ${values.join(', ')}`, path));
