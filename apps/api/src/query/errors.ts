import { GraphQLError } from 'graphql';

/** The codes of GraphQL errors a caller can fix by changing the request. */
export type InputErrorCode = 'BAD_USER_INPUT' | 'COST_LIMIT_EXCEEDED' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** A request the caller must change: a GraphQL error with a stable code and, when it concerns one, the argument. */
export const inputError = (message: string, code: InputErrorCode = 'BAD_USER_INPUT', argument?: string) =>
  new GraphQLError(message, { extensions: argument ? { code, argument } : { code } });
