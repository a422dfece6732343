import { errors, jwtVerify, SignJWT } from 'jose';

/** How long a session lasts: a bearer token is short-lived; the admin app's cookie lasts a working day. */
export const SESSION_TTL_SECONDS = { BEARER: 60 * 60, COOKIE: 10 * 60 * 60 } as const;
export type Client = keyof typeof SESSION_TTL_SECONDS;

/** The name of the admin app's session cookie (HTTP-only, SameSite=Strict). */
export const SESSION_COOKIE = 'kinerja_session';

const ISSUER = 'kinerja';

/** Signs and verifies session tokens (HS256 JWTs naming a session) with the server's secret. */
export const tokenSigner = (secret: string) => {
  const key = new TextEncoder().encode(secret);
  return {
    sign: (sessionId: string, userId: number, expiresAt: Date): Promise<string> =>
      new SignJWT({ sid: sessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setSubject(String(userId))
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key),
    /** The session a token names, or null when it is forged, malformed or expired. */
    verify: async (token: string): Promise<string | null> => {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        return typeof payload.sid === 'string' ? payload.sid : null;
      } catch (e) {
        if (e instanceof errors.JOSEError) return null;
        throw e;
      }
    },
  };
};
export type TokenSigner = ReturnType<typeof tokenSigner>;

/** The token a request carries: `Authorization: Bearer …` first, else the session cookie. */
export const tokenOf = (headers: { authorization?: string | undefined; cookie?: string | undefined }) => {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  for (const part of (headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
};

/** The Set-Cookie header value for a session token (or, without one, the one that clears it). */
export const sessionCookie = (token: string | null, secure: boolean, maxAgeSeconds: number): string =>
  [
    `${SESSION_COOKIE}=${token ? encodeURIComponent(token) : ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${token ? maxAgeSeconds : 0}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
