import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { Viewer } from './session.js';

/** What every screen can read about the session, and how the sign-in fills it. */
export type Session = {
  readonly viewer: Viewer | null;
  readonly signIn: (viewer: Viewer) => void;
  readonly signOut: () => void;
};

const SessionContext = createContext<Session | null>(null);

/**
 * Holds the viewer: the one the API's `viewer` named at start (see `App`), then the one `signIn` returns; `signOut`
 * forgets it. The cookie that carries the session is the server's (HTTP-only): the app never holds a token.
 */
export const SessionProvider = ({
  initialViewer = null,
  children,
}: {
  initialViewer?: Viewer | null;
  children: ReactNode;
}) => {
  const [viewer, setViewer] = useState<Viewer | null>(initialViewer);
  const value = useMemo<Session>(() => ({ viewer, signIn: setViewer, signOut: () => setViewer(null) }), [viewer]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

/** The current session; only valid under a SessionProvider (a missing provider is a bug). */
export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
};
