import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { SCREENS } from '../../app/navigation.js';
import { RequireScreen } from '../../app/RequireScreen.js';
import { trainingSchedulePath } from './paths.js';

const SchedulePage = lazy(async () => ({ default: (await import('./SchedulePage.js')).SchedulePage }));

/**
 * The training schedule, open to whoever may open the training screen; a fixed path, so it wins over the program
 * page's `/pelatihan/:id`.
 */
export const trainingScheduleRoutes: RouteObject[] = SCREENS.filter((screen) => screen.id === 'training').map(
  (screen) => ({
    path: trainingSchedulePath,
    element: (
      <RequireScreen screen={screen}>
        <SchedulePage />
      </RequireScreen>
    ),
  }),
);
