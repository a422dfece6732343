import type { PageInfoFieldsFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';

/** What every list asks of its page for the table's paging: Relay's PageInfo, selected once here. */
export const PageInfoFields = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

/** The cursor page the server returned (Relay's PageInfo), as the table reads it. */
export type PageInfo = Omit<PageInfoFieldsFragment, '__typename' | ' $fragmentName'>;

/** The page of a list not loaded yet: nothing before it, nothing after it. */
export const NO_PAGES: PageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
