import { testDrivers } from '@kinerja/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT, lockSeconds } from '../src/auth/sign-in.js';
import { SESSION_COOKIE } from '../src/auth/token.js';
import { readEnv } from '../src/env.js';
import { demoPassword, startTestApi, type TestApi } from './harness.js';

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { token expiresAt viewer { username instansi { name } employee { name } roles { role unit { name } } } userErrors { code field message } }
}`;
const VIEWER = '{ viewer { username displayName instansi { name } employee { nip } roles { role } } }';

type SignIn = {
  signIn: {
    token: string | null;
    expiresAt: string | null;
    viewer: {
      username: string;
      instansi: { name: string };
      employee: { name: string } | null;
      roles: { role: string; unit: { name: string } | null }[];
    } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
};

describe.each(testDrivers())('signing in on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
  });
  afterAll(async () => {
    await api?.close();
  });
  const signIn = (login: string, password: string, client: 'COOKIE' | 'BEARER' = 'BEARER') =>
    api.gql<SignIn>(SIGN_IN, { input: { login, password, client } });

  it('a demo user signs in with username and password and gets a bearer token naming their roles', async () => {
    const r = await signIn('kadisdik', demoPassword('kadisdik'));
    expect(r.data?.signIn.userErrors).toEqual([]);
    expect(r.data?.signIn.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(r.data?.signIn.viewer?.roles.map((g) => g.role)).toEqual(['UNIT_HEAD', 'EVALUATOR', 'EMPLOYEE']);
    expect(r.data?.signIn.viewer?.roles[0]?.unit?.name).toMatch(/Pendidikan/);
    // The answer shows the user's own instansi and employee record although the request was anonymous.
    expect(r.data?.signIn.viewer?.instansi.name).toMatch(/Tebing Tinggi/);
    expect(r.data?.signIn.viewer?.employee?.name).toBeTruthy();
    const minutes = (Date.parse(r.data?.signIn.expiresAt ?? '') - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(55);
    expect(minutes).toBeLessThanOrEqual(60);
  });

  it('an employee signs in with their NIP, written with or without spaces', async () => {
    const client = await api.as('penilai');
    const me = await client.gql<{ viewer: { employee: { nip: string } } }>(VIEWER);
    const nip = me.data?.viewer.employee.nip ?? '';
    expect(nip).toMatch(/^\d{18}$/);
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    const r = await signIn(spaced, demoPassword('penilai'));
    expect(r.data?.signIn.viewer?.username).toBe('penilai');
  });

  it('a wrong password and an unknown login get the same answer and no session', async () => {
    const wrong = await signIn('admin', 'not-the-password');
    const unknown = await signIn('nobody-here', 'whatever');
    expect(wrong.data?.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.data?.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.data?.signIn.userErrors[0]?.message).toBe(unknown.data?.signIn.userErrors[0]?.message);
    expect(wrong.data?.signIn.token).toBeNull();
    // A success resets the count of failures.
    await signIn('admin', demoPassword('admin'));
    const row = await api.db
      .selectFrom('app_user')
      .select('failed_logins')
      .where('username', '=', 'admin')
      .executeTakeFirst();
    expect(row?.failed_logins).toBe(0);
  });

  it('after five failures the account locks, even for the right password, with a growing back-off', async () => {
    for (let i = 1; i < LOCKOUT.freeFailures; i++)
      expect((await signIn('pegawai', `wrong-${i}`)).data?.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    const fifth = await signIn('pegawai', 'wrong-5');
    expect(fifth.data?.signIn.userErrors[0]).toMatchObject({ code: 'LOCKED' });
    expect(fifth.data?.signIn.userErrors[0]?.message).toMatch(/locked for 60 seconds/);
    const right = await signIn('pegawai', demoPassword('pegawai'));
    expect(right.data?.signIn.userErrors[0]?.code).toBe('LOCKED');
    expect(right.data?.signIn.token).toBeNull();
    expect([5, 6, 7, 12].map(lockSeconds)).toEqual([60, 120, 240, 3600]);
    // When the lock has run out, the right password works and clears the count.
    await sql`update app_user set locked_until = now() - interval '1 second' where username = 'pegawai'`.execute(
      api.db,
    );
    expect((await signIn('pegawai', demoPassword('pegawai'))).data?.signIn.userErrors).toEqual([]);
  });

  it('the admin app gets an HTTP-only SameSite cookie and no token; the cookie signs its requests', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { login: 'admin', password: demoPassword('admin') } },
      }),
    });
    const body = (await res.json()) as { data: SignIn };
    expect(body.data.signIn.token).toBeNull();
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0] ?? '';
    const me = await api.post(JSON.stringify({ query: VIEWER }), { cookie: pair });
    expect(JSON.parse(me.text).data.viewer.username).toBe('admin');
  });

  it('signing out ends the session: the same token is refused at once', async () => {
    const client = await api.as('analis');
    expect((await client.gql<{ viewer: { username: string } }>(VIEWER)).data?.viewer.username).toBe('analis');
    const out = await client.gql<{ signOut: { signedOut: boolean } }>('mutation { signOut { signedOut } }');
    expect(out.data?.signOut.signedOut).toBe(true);
    const after = await client.gql(VIEWER);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a forged or tampered token is refused with a 401', async () => {
    const client = await api.as('analis');
    const [h, p, s] = client.token.split('.');
    const tampered = `${h}.${p}.${(s ?? '').slice(0, -2)}xx`;
    const r = await api.post(JSON.stringify({ query: VIEWER }), { authorization: `Bearer ${tampered}` });
    expect(r.status).toBe(401);
    const anonymous = await api.gql<{ viewer: null }>(VIEWER);
    expect(anonymous.data?.viewer).toBeNull();
  });
});

describe('the token secret', () => {
  it('production refuses to start with the generated development secret', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    expect(() => readEnv({ NODE_ENV: 'production', AUTH_SECRET: 'short' })).toThrow(/32/);
    expect(readEnv({ NODE_ENV: 'production', AUTH_SECRET: 'a1b2c3d4'.repeat(5) }).AUTH_SECRET).toHaveLength(40);
    expect(readEnv({}).AUTH_SECRET).toBeUndefined();
  });
});
