import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { NotAllowedPage } from '../features/misc/StatusPages.js';
import { hasAnyRole } from '../session/session.js';
import { useSession } from '../session/session-context.js';
import { type Screen, SIGN_IN_PATH } from './navigation.js';

/** Opens a screen only to a signed-in viewer whose roles allow it; others go to the sign-in or are told why not. */
export const RequireScreen = ({ screen, children }: { screen: Screen; children: ReactNode }) => {
  const { viewer } = useSession();
  const location = useLocation();
  if (!viewer) return <Navigate to={SIGN_IN_PATH} replace state={{ from: location }} />;
  if (!hasAnyRole(viewer, screen.roles)) return <NotAllowedPage />;
  return children;
};
