import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { type SessionExpiry, sessionExpiry } from '../session/expiry.js';

/** Whether an error says the caller is not signed in: a 401, or a GraphQL error coded UNAUTHENTICATED. */
export const isUnauthenticated = (error: unknown): boolean =>
  (ServerError.is(error) && error.statusCode === 401) ||
  (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));

/** Options of {@link createApolloClient}. */
export type ApolloClientOptions = {
  /** Where the API answers; the same origin's `/graphql` by default. */
  readonly uri?: string;
  /** Told when the API answers that the session has ended. */
  readonly expiry?: SessionExpiry;
  /** The fetch to send requests with (the browser's by default). */
  readonly fetch?: typeof globalThis.fetch;
};

/**
 * The GraphQL client: the API answers `/graphql` on the same origin (`pnpm start` serves this app from the API's
 * port; `vite dev` forwards `/graphql`). Every request is JSON with `apollo-require-preflight`, so the API's CSRF
 * prevention accepts it. Data masking is on: each component reads only the fragment it declares. A 401 means the
 * session's cookie no longer names a live session: the expiry signal sends the person to the sign-in.
 */
export const createApolloClient = ({ uri = '/graphql', expiry = sessionExpiry, fetch }: ApolloClientOptions = {}) =>
  new ApolloClient({
    link: ApolloLink.from([
      new ErrorLink(({ error }) => {
        if (isUnauthenticated(error)) expiry.notify();
      }),
      new HttpLink({
        uri,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        ...(fetch ? { fetch } : {}),
      }),
    ]),
    cache: new InMemoryCache(),
    dataMasking: true,
  });
