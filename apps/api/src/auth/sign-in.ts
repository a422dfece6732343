import { randomUUID } from 'node:crypto';
import { type Database, verifyPassword } from '@kinerja/db';
import { type Kysely, sql } from 'kysely';
import { type UserError, userError } from '../mutation/user-error.js';
import { type Client, SESSION_TTL_SECONDS, type TokenSigner } from './token.js';
import { loadViewer, type Viewer } from './viewer.js';

/** Failed sign-ins in a row before the account locks; each further failure doubles the lock, up to an hour. */
export const LOCKOUT = { freeFailures: 5, firstLockSeconds: 60, maxLockSeconds: 60 * 60 } as const;

/** How long the account locks after `failures` failed sign-ins in a row (0 while under the free failures). */
export const lockSeconds = (failures: number): number =>
  failures < LOCKOUT.freeFailures
    ? 0
    : Math.min(LOCKOUT.maxLockSeconds, LOCKOUT.firstLockSeconds * 2 ** (failures - LOCKOUT.freeFailures));

// Verified against when the login names nobody, so a wrong login and a wrong password take the same time.
const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$9r8V/FrEe1UOp2VOXvAwfA$mHyHt4ARHLJkM1mVGL3FtdW+Vjqv5iLqvFows7jn1rs';

export type SignedIn = { readonly viewer: Viewer; readonly token: string; readonly expiresAt: Date };

const WRONG = 'the NIP or username, or the password, is wrong';

/**
 * Signs in with a NIP (an employee's account) or a username and a password: on success a new session and its
 * token; after repeated failures the account locks with a growing back-off, and a locked account is refused even
 * with the right password until the lock ends.
 */
export const signIn = async (
  db: Kysely<Database>,
  tokens: TokenSigner,
  input: { readonly login: string; readonly password: string; readonly client: Client },
): Promise<{ ok: true; value: SignedIn } | { ok: false; error: UserError }> => {
  // A NIP is often written in groups (`19800229 200501 1 001`).
  const compact = input.login.replace(/\s+/g, '');
  const byNip = /^\d{18}$/.test(compact);
  const login = byNip ? compact : input.login.trim();
  const user = await db
    .selectFrom('app_user as u')
    .select([
      'u.id',
      'u.password_hash',
      'u.failed_logins',
      sql<number | null>`ceil(extract(epoch from u.locked_until - now()))::int`.as('locked_seconds'),
    ])
    .where('u.disabled_at', 'is', null)
    .$if(byNip, (q) => q.innerJoin('employee as e', 'e.id', 'u.employee_id').where('e.nip', '=', login))
    .$if(!byNip, (q) => q.where('u.username', '=', login.toLowerCase()))
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(DECOY_HASH, input.password);
    return { ok: false, error: userError('INVALID_CREDENTIALS', WRONG, ['input', 'login']) };
  }
  if (user.locked_seconds !== null && user.locked_seconds > 0)
    return {
      ok: false,
      error: userError(
        'LOCKED',
        `too many failed sign-ins: the account is locked for ${user.locked_seconds} more seconds`,
        ['input', 'login'],
      ),
    };
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const failures = user.failed_logins + 1;
    const lock = lockSeconds(failures);
    await db
      .updateTable('app_user')
      .set({
        failed_logins: sql`failed_logins + 1`,
        locked_until: lock > 0 ? sql`now() + make_interval(secs => ${lock})` : null,
      })
      .where('id', '=', user.id)
      .execute();
    return {
      ok: false,
      error: userError(
        lock > 0 ? 'LOCKED' : 'INVALID_CREDENTIALS',
        lock > 0 ? `${WRONG}; after ${failures} failures the account is locked for ${lock} seconds` : WRONG,
        ['input', 'password'],
      ),
    };
  }
  const sessionId = randomUUID();
  const ttl = SESSION_TTL_SECONDS[input.client];
  const created = await db.transaction().execute(async (trx) => {
    await trx.updateTable('app_user').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    return trx
      .insertInto('user_session')
      .values({
        id: sessionId,
        user_id: user.id,
        client: input.client,
        expires_at: sql`now() + make_interval(secs => ${ttl})`,
      })
      .returning(['expires_at'])
      .executeTakeFirstOrThrow();
  });
  const expiresAt = new Date(created.expires_at);
  const viewer = await loadViewer(db, sessionId);
  if (!viewer) throw new Error(`session ${sessionId} vanished right after sign-in`);
  return { ok: true, value: { viewer, token: await tokens.sign(sessionId, user.id, expiresAt), expiresAt } };
};

/** Ends a session: its token and cookie stop working at once. */
export const signOut = async (db: Kysely<Database>, sessionId: string): Promise<void> => {
  await db
    .updateTable('user_session')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
};
