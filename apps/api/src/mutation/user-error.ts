import type { DomainError } from '@kinerja/domain';
import { builder } from '../builder.js';

/**
 * What a user can fix, returned in a payload's `userErrors` (top-level errors are for faults only). One list for
 * every mutation so clients can switch on a code.
 */
export const USER_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'RULE_VIOLATION',
  'DUPLICATE',
  'FULL',
  'DISTRIBUTION_BLOCKED',
  'INVALID_CREDENTIALS',
  'LOCKED',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export type UserError = {
  readonly code: UserErrorCode;
  /** The path of the input field at fault, e.g. ['input', 'results', '2', 'target']. */
  readonly field: readonly string[] | null;
  readonly message: string;
  /** The domain rule or error code behind it (e.g. EVAL-7, SKP_NOT_DRAFT), when there is one. */
  readonly rule: string | null;
};

/** Thrown inside a mutation to undo its transaction and answer with user errors instead of a fault. */
export class UserFault extends Error {
  constructor(readonly errors: readonly UserError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** A user error; `field` names the input path, e.g. `['input', 'version']`. */
export const userError = (
  code: UserErrorCode,
  message: string,
  field: readonly string[] | null = null,
  rule: string | null = null,
): UserError => ({ code, field, message, rule });

/** Refuses the mutation with one user error (rolls its transaction back). */
export const fail = (
  code: UserErrorCode,
  message: string,
  field: readonly string[] | null = null,
  rule: string | null = null,
): never => {
  throw new UserFault([userError(code, message, field, rule)]);
};

/** A domain error as a user error: a rule's refusal keeps the domain's code and message. */
export const fromDomainError = (
  error: DomainError,
  code: UserErrorCode = 'RULE_VIOLATION',
  field: readonly string[] | null = null,
): UserError => userError(code, error.message, error.path ? ['input', ...error.path.split('.')] : field, error.code);

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused its input: something the user can fix.',
  values: {
    UNAUTHENTICATED: { description: 'Not signed in.' },
    FORBIDDEN: { description: 'Your roles do not allow this on this object.' },
    INVALID_INPUT: { description: 'A value is malformed or out of range.' },
    NOT_FOUND: { description: 'The object does not exist (or is outside what you may see).' },
    CONFLICT: { description: 'Someone changed the object since you read it: reload it and try again.' },
    INVALID_STATE: { description: 'The object is not in a state that allows this (e.g. an SKP that is not a draft).' },
    RULE_VIOLATION: { description: 'A rule of the regulations refuses it; `rule` names the rule.' },
    DUPLICATE: { description: 'It already exists.' },
    FULL: { description: 'No place is left (e.g. a session at capacity).' },
    DISTRIBUTION_BLOCKED: { description: 'The predikat distribution limits are exceeded and the policy blocks it.' },
    INVALID_CREDENTIALS: { description: 'The NIP or username, or the password, is wrong.' },
    LOCKED: { description: 'Too many failed sign-ins: the account is locked for a while.' },
  } satisfies Record<UserErrorCode, { description: string }>,
});

export const UserErrorType = builder.objectRef<UserError>('UserError').implement({
  description: 'Something in the input the user can fix, with the field at fault.',
  fields: (t) => ({
    code: t.field({ type: UserErrorCodeEnum, description: 'What kind of problem.', resolve: (e) => e.code }),
    field: t.stringList({
      nullable: true,
      description: 'The path of the input field at fault, e.g. ["input", "version"]; null for the whole input.',
      resolve: (e) => (e.field ? [...e.field] : null),
    }),
    message: t.exposeString('message', { description: 'What is wrong, for the user to read.' }),
    rule: t.string({
      nullable: true,
      description: 'The rule of the regulations (e.g. EVAL-7) or domain code behind the refusal.',
      resolve: (e) => e.rule,
    }),
  }),
});
