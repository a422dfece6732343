import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.js';
import { DashboardsPage } from '../features/dashboards/DashboardsPage.js';
import { EmployeesPage } from '../features/employees/EmployeesPage.js';
import { EvaluationPage } from '../features/evaluation/EvaluationPage.js';
import { HomePage } from '../features/home/HomePage.js';
import { NotFoundPage } from '../features/misc/StatusPages.js';
import { TrainingPage } from '../features/training/TrainingPage.js';
import { WorkbenchPage } from '../features/workbench/WorkbenchPage.js';
import { SCREENS, type ScreenId, SIGN_IN_PATH } from './navigation.js';
import { RequireScreen } from './RequireScreen.js';
import { Shell } from './Shell.js';

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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
