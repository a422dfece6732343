import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRoles } from '../training-admin/RequireRoles.js';

const SavedQueriesPage = lazy(async () => ({ default: (await import('./SavedQueriesPage.js')).SavedQueriesPage }));

/** Where the saved queries live, beside the workbench. */
export const SAVED_QUERIES_PATH = '/analis/kueri';

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
