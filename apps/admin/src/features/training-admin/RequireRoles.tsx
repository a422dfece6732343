import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { SIGN_IN_PATH } from '../../app/navigation.js';
import type { Role } from '../../session/session.js';
import { hasAnyRole } from '../../session/session.js';
import { useSession } from '../../session/session-context.js';
import { NotAllowedPage } from '../misc/StatusPages.js';

/** Opens a workflow screen only to a signed-in viewer holding one of the roles; others sign in or are told why not. */
export const RequireRoles = ({ roles, children }: { roles: readonly Role[]; children: ReactNode }) => {
  const { viewer } = useSession();
  const location = useLocation();
  if (!viewer) return <Navigate to={SIGN_IN_PATH} replace state={{ from: location }} />;
  if (!hasAnyRole(viewer, roles)) return <NotAllowedPage />;
  return children;
};
