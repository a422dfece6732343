import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The GraphQL client: the API answers `/graphql` on the same origin (`pnpm start` serves this app from the API's
 * port; `vite dev` forwards `/graphql`). Every request is JSON with `apollo-require-preflight`, so the API's CSRF
 * prevention accepts it. Data masking is on: each component reads only the fragment it declares.
 */
export const createApolloClient = (uri = '/graphql') =>
  new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache(),
    dataMasking: true,
  });
