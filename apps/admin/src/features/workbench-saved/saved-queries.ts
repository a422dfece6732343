import { graphql } from '../../gql/index.js';

/** One saved query as the list shows it. */
export const SavedQueryRow = graphql(`
  fragment SavedQueryRow on SavedQuery {
    id
    name
    description
    query
    variables
    shared
    ownerName
    mine
    updatedAt
    version
  }
`);

export const SavedQueriesQuery = graphql(`
  query SavedQueries {
    savedQueries {
      ...SavedQueryRow @unmask
    }
  }
`);

export const CreateSavedQueryMutation = graphql(`
  mutation CreateSavedQuery($input: CreateSavedQueryInput!) {
    createSavedQuery(input: $input) {
      savedQuery {
        ...SavedQueryRow @unmask
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const UpdateSavedQueryMutation = graphql(`
  mutation UpdateSavedQuery($input: UpdateSavedQueryInput!) {
    updateSavedQuery(input: $input) {
      savedQuery {
        ...SavedQueryRow @unmask
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const DeleteSavedQueryMutation = graphql(`
  mutation DeleteSavedQuery($input: DeleteSavedQueryInput!) {
    deleteSavedQuery(input: $input) {
      deletedId
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);
