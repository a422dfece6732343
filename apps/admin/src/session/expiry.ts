/**
 * The one signal that the API no longer knows this browser's session (it expired after its 10 hours, was signed
 * out elsewhere or revoked): the GraphQL client raises it on a 401, the session listens and forgets the viewer,
 * which sends every screen to the sign-in, and the sign-in says why.
 */
export type SessionExpiry = {
  /** Says the session has ended. */
  readonly notify: () => void;
  /** Calls `listener` each time; returns how to stop. */
  readonly subscribe: (listener: () => void) => () => void;
};

/** A fresh signal (the app has one, {@link sessionExpiry}; tests may make their own). */
export const createSessionExpiry = (): SessionExpiry => {
  const listeners = new Set<() => void>();
  return {
    notify: () => {
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/** The app's signal, shared by its GraphQL client and its session. */
export const sessionExpiry: SessionExpiry = createSessionExpiry();
