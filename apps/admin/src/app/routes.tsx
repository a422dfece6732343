import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.js';
import { evaluationEditRoutes } from '../features/evaluation-edit/routes.js';
import { HomePage } from '../features/home/HomePage.js';
import { NotFoundPage } from '../features/misc/StatusPages.js';
import { trainingAdminRoutes } from '../features/training-admin/routes.js';
import { savedQueriesRoutes } from '../features/workbench-saved/routes.js';
import { SCREENS, type ScreenId, SIGN_IN_PATH } from './navigation.js';
import { RequireScreen } from './RequireScreen.js';
import { Shell } from './Shell.js';

// Each screen is its own chunk, loaded when first opened (the shell shows a loader meanwhile).
const TrainingPage = lazy(async () => ({
  default: (await import('../features/training/TrainingPage.js')).TrainingPage,
}));
const ProgramPage = lazy(async () => ({
  default: (await import('../features/training/ProgramPage.js')).ProgramPage,
}));
const EmployeesPage = lazy(async () => ({
  default: (await import('../features/employees/EmployeesPage.js')).EmployeesPage,
}));
const EmployeePage = lazy(async () => ({
  default: (await import('../features/employees/EmployeePage.js')).EmployeePage,
}));
const EvaluationPage = lazy(async () => ({
  default: (await import('../features/evaluation/EvaluationPage.js')).EvaluationPage,
}));
const DashboardsPage = lazy(async () => ({
  default: (await import('../features/dashboards/DashboardsPage.js')).DashboardsPage,
}));
const WorkbenchPage = lazy(async () => ({
  default: (await import('../features/workbench/WorkbenchPage.js')).WorkbenchPage,
}));

const PAGES: Record<ScreenId, () => ReactNode> = {
  home: () => <HomePage />,
  training: () => <TrainingPage />,
  employees: () => <EmployeesPage />,
  evaluation: () => <EvaluationPage />,
  dashboards: () => <DashboardsPage />,
  workbench: () => <WorkbenchPage />,
};

/** Every route of the app: the sign-in outside the shell, each screen inside it behind its roles. */
export const routes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  {
    element: <Shell />,
    children: [
      ...SCREENS.map((screen) => ({
        path: screen.path,
        element: <RequireScreen screen={screen}>{PAGES[screen.id]()}</RequireScreen>,
      })),
      ...SCREENS.filter((screen) => screen.id === 'training').map((screen) => ({
        path: `${screen.path}/:id`,
        element: (
          <RequireScreen screen={screen}>
            <ProgramPage />
          </RequireScreen>
        ),
      })),
      ...SCREENS.filter((screen) => screen.id === 'employees').map((screen) => ({
        path: `${screen.path}/:nip`,
        element: (
          <RequireScreen screen={screen}>
            <EmployeePage />
          </RequireScreen>
        ),
      })),
      ...trainingAdminRoutes,
      ...evaluationEditRoutes,
      ...savedQueriesRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
