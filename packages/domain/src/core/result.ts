/** The stable codes of every expected failure the domain returns; only bugs throw. */
export type DomainErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_NIP'
  | 'INVALID_ENUM'
  | 'INVALID_NUMBER'
  | 'INVALID_POLICY'
  | 'INVALID_TRANSITION'
  | 'NOT_ALLOWED'
  | 'REQUIRED'
  | 'DUPLICATE'
  | 'UNKNOWN_REFERENCE'
  | 'NO_EVALUATOR'
  | 'NO_CHANGE'
  | 'CAPACITY_FULL'
  | 'ALREADY_ENROLLED'
  | 'SESSION_STARTED'
  | 'NO_POLICY_IN_FORCE';

/** An expected failure: a stable code, the input path it concerns and a message a person can act on. */
export type DomainError = {
  readonly code: DomainErrorCode;
  readonly message: string;
  /** Where in the input the problem is (e.g. `nip`, `results[2].target`), when it concerns one field. */
  readonly path?: string;
};

/** A value or the reason there is none. */
export type Result<T, E = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a successful value. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Wraps an expected failure. */
export const err = <E = DomainError>(error: E): Result<never, E> => ({ ok: false, error });

/** Builds a {@link DomainError}; `path` is kept only when given. */
export const domainError = (code: DomainErrorCode, message: string, path?: string): DomainError =>
  path === undefined ? { code, message } : { code, message, path };

/** Thrown only by the `…OrThrow` helpers, for callers that hold input already validated (seed data, tests). */
export class DomainInputError extends Error {
  override readonly name = 'DomainInputError';
  constructor(readonly error: DomainError) {
    super(`${error.code}: ${error.message}`);
  }
}

/** Unwraps a result, throwing {@link DomainInputError} on failure: for trusted input only. */
export const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw new DomainInputError(result.error);
  return result.value;
};
