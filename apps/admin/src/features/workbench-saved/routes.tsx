import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRoles } from '../training-admin/RequireRoles.js';

const SavedQueriesPage = lazy(async () => ({ default: (await import('./SavedQueriesPage.js')).SavedQueriesPage }));

/** Where the saved queries live, beside the workbench. */
export const SAVED_QUERIES_PATH = '/analis/kueri';

/** The URL parameter that opens the saved queries with the form to save GraphiQL's query. */
export const NEW_SAVED_QUERY_PARAM = 'baru';

/** The saved queries, opened on the form that saves the query being edited in GraphiQL. */
export const NEW_SAVED_QUERY_PATH = `${SAVED_QUERIES_PATH}?${NEW_SAVED_QUERY_PARAM}=1`;

/** The workbench, where GraphiQL is embedded. */
export const WORKBENCH_PATH = '/analis';

/** The saved queries of the workbench (analysts and administrators, as the API allows). */
export const savedQueriesRoutes: RouteObject[] = [
  {
    path: SAVED_QUERIES_PATH,
    element: (
      <RequireRoles roles={['ANALYST', 'ADMIN']}>
        <SavedQueriesPage />
      </RequireRoles>
    ),
  },
];
