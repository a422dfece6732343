import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { type SessionExpiry, sessionExpiry } from './expiry.js';
import type { Viewer } from './session.js';

/** What every screen can read about the session, and how the sign-in fills it. */
export type Session = {
  readonly viewer: Viewer | null;
  /** The API ended the session while it was in use (not a sign-out): the sign-in says so. */
  readonly expired: boolean;
  readonly signIn: (viewer: Viewer) => void;
  readonly signOut: () => void;
};

const SessionContext = createContext<Session | null>(null);

/**
 * Holds the viewer: the one the API's `viewer` named at start (see `App`), then the one `signIn` returns; `signOut`
 * forgets it, and so does the expiry signal (the API answered 401). The cookie that carries the session is the
 * server's (HTTP-only): the app never holds a token.
 */
export const SessionProvider = ({
  initialViewer = null,
  expiry = sessionExpiry,
  children,
}: {
  initialViewer?: Viewer | null;
  expiry?: SessionExpiry;
  children: ReactNode;
}) => {
  const [state, setState] = useState<{ viewer: Viewer | null; expired: boolean }>({
    viewer: initialViewer,
    expired: false,
  });
  useEffect(() => expiry.subscribe(() => setState((s) => (s.viewer ? { viewer: null, expired: true } : s))), [expiry]);
  const value = useMemo<Session>(
    () => ({
      ...state,
      signIn: (viewer) => setState({ viewer, expired: false }),
      signOut: () => setState({ viewer: null, expired: false }),
    }),
    [state],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

/** The current session; only valid under a SessionProvider (a missing provider is a bug). */
export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
};
