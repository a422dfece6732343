import type { Role, Viewer } from '../session/session.js';
import { hasAnyRole } from '../session/session.js';

/** The screens of the app; the path is the same in every language. */
export const SCREENS = [
  { id: 'home', path: '/', roles: [] },
  { id: 'training', path: '/pelatihan', roles: ['ADMIN', 'ANALYST'] },
  { id: 'employees', path: '/pegawai', roles: ['ADMIN', 'ANALYST', 'UNIT_HEAD'] },
  { id: 'evaluation', path: '/penilaian', roles: ['EVALUATOR', 'UNIT_HEAD'] },
  { id: 'dashboards', path: '/dasbor', roles: ['ADMIN', 'ANALYST', 'UNIT_HEAD'] },
  { id: 'workbench', path: '/analis', roles: ['ANALYST'] },
] as const satisfies readonly { id: string; path: string; roles: readonly Role[] }[];

/** A screen of the navigation. */
export type Screen = (typeof SCREENS)[number];
/** The id of a screen (also its translation key under `nav.`). */
export type ScreenId = Screen['id'];

/** The sign-in page: outside the shell, open to everyone. */
export const SIGN_IN_PATH = '/masuk';

/** The screens this viewer may open, in navigation order (an empty role list means: anyone signed in). */
export const screensFor = (viewer: Viewer): readonly Screen[] => SCREENS.filter((s) => hasAnyRole(viewer, s.roles));
