import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRoles } from '../training-admin/RequireRoles.js';

const SkpEditPage = lazy(async () => ({ default: (await import('./SkpEditPage.js')).SkpEditPage }));

/** The page of one SKP under Penilaian. */
export const skpEditPath = (id: string) => `/penilaian/skp/${encodeURIComponent(id)}`;

/** Editing and rating an SKP (evaluators, unit heads; administrators may look). */
export const evaluationEditRoutes: RouteObject[] = [
  {
    path: '/penilaian/skp/:id',
    element: (
      <RequireRoles roles={['EVALUATOR', 'UNIT_HEAD', 'ADMIN']}>
        <SkpEditPage />
      </RequireRoles>
    ),
  },
];
