import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { trainingScheduleRoutes } from '../training-schedule/routes.js';
import { trainingAdminPaths } from './paths.js';
import { RequireRoles } from './RequireRoles.js';

const pages = {
  NewProgramPage: lazy(async () => ({ default: (await import('./ProgramEditPage.js')).NewProgramPage })),
  EditProgramPage: lazy(async () => ({ default: (await import('./ProgramEditPage.js')).EditProgramPage })),
  SessionNewPage: lazy(async () => ({ default: (await import('./SessionNewPage.js')).SessionNewPage })),
  SessionAdminPage: lazy(async () => ({ default: (await import('./SessionAdminPage.js')).SessionAdminPage })),
};

const adminOnly = (element: ReactNode) => <RequireRoles roles={['ADMIN']}>{element}</RequireRoles>;

/** Training management, for administrators: programs, sessions, enrolment, attendance and completion. */
export const trainingAdminRoutes: RouteObject[] = [
  { path: trainingAdminPaths.newProgram, element: adminOnly(<pages.NewProgramPage />) },
  { path: '/pelatihan/:id/ubah', element: adminOnly(<pages.EditProgramPage />) },
  { path: '/pelatihan/:id/sesi-baru', element: adminOnly(<pages.SessionNewPage />) },
  { path: '/pelatihan/:id/sesi/:sessionId', element: adminOnly(<pages.SessionAdminPage />) },
  // the schedule of sessions, open to every training screen role (not only administrators)
  ...trainingScheduleRoutes,
];
