import type { ApolloServerPlugin } from '@apollo/server';
import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';
import { hasRole, type Role } from './viewer.js';

/**
 * The read side of the roles, as one Apollo plugin:
 * - an anonymous request may only ask for `viewer` (who am I: null) and call `signIn`/`signOut`; anything else is
 *   refused with UNAUTHENTICATED (401) before a statement runs;
 * - where introspection is kept for some roles (production: the analysts who compose queries and administrators,
 *   whose GraphiQL needs the schema for its docs and completion), anyone else asking for `__schema` or `__type` is
 *   refused with FORBIDDEN; the schema is public in the repository, but nobody else needs it from the server;
 * - every read of an employee list by an ANALYST (root `employees` and nested employee lists) is written to
 *   `access_log` (user, request id, operation name, entity, rows read), one insert per request when the response
 *   is sent, not one per row or per list.
 */

/** The root fields an anonymous request may select. */
const ANONYMOUS_FIELDS = new Set(['viewer', 'signIn', 'signOut', '__typename', '__schema', '__type']);

/** The entities whose list reads by analysts are logged (personal data). */
const LOGGED_ENTITIES = ['Employee'] as const;

/** The root field names an operation selects, through fragments. */
const rootFields = (
  selections: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] =>
  selections.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, fragments, seen);
    const name = s.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });

export const unauthenticatedError = () =>
  new GraphQLError('sign in first: an anonymous request may only ask for `viewer` and call `signIn`', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Options of {@link readAccessPlugin}. */
export type ReadAccessOptions = {
  /** The roles that may introspect the schema; null: everyone (development). */
  readonly introspectionRoles: readonly Role[] | null;
};

/** Refuses anonymous reads and introspection outside its roles, and logs analysts' reads of employee lists. */
export const readAccessPlugin = ({ introspectionRoles }: ReadAccessOptions): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    let operationName: string | null = null;
    return {
      async didResolveOperation({ document, operation, contextValue }) {
        operationName = operation?.name?.value ?? contextValue.operationName;
        if (!operation) return;
        const viewer = contextValue.viewer;
        const mayIntrospect = introspectionRoles === null || introspectionRoles.some((r) => hasRole(viewer, r));
        if (viewer !== null && mayIntrospect) return;
        const fragments = new Map(
          document.definitions.flatMap((d) =>
            d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
          ),
        );
        const fields = rootFields((operation as OperationDefinitionNode).selectionSet, fragments);
        if (viewer === null && fields.some((f) => !ANONYMOUS_FIELDS.has(f))) throw unauthenticatedError();
        if (!mayIntrospect && fields.some((f) => INTROSPECTION_FIELDS.has(f)))
          throw new GraphQLError(
            `introspection is open to ${introspectionRoles?.join(' and ')} only: the schema is apps/api/schema.graphql`,
            {
              extensions: {
                code: viewer === null ? 'UNAUTHENTICATED' : 'FORBIDDEN',
                http: { status: viewer === null ? 401 : 403 },
              },
            },
          );
      },
      async willSendResponse({ contextValue }) {
        const viewer = contextValue.viewer;
        if (!hasRole(viewer, 'ANALYST')) return;
        const rows = LOGGED_ENTITIES.flatMap((entity) => {
          const count = contextValue.listed.get(entity);
          return count === undefined
            ? []
            : [
                {
                  user_id: viewer.userId,
                  request_id: contextValue.requestId,
                  operation_name: operationName,
                  entity,
                  row_count: count,
                },
              ];
        });
        if (rows.length === 0) return;
        // Outside the request's counted statements: the log is not part of what the query cost.
        await contextValue.db.withoutPlugins().insertInto('access_log').values(rows).execute();
      },
    };
  },
});
