import { signIn, signOut } from '../auth/sign-in.js';
import { SESSION_TTL_SECONDS, sessionCookie } from '../auth/token.js';
import type { ROLES, RoleGrant, Viewer } from '../auth/viewer.js';
import { builder } from '../builder.js';
import { type UserError, UserErrorType, userError } from '../mutation/user-error.js';
import { loadUnscoped } from '../query/load.js';
import { EmployeeType } from './employee.js';
import { InstansiType } from './instansi.js';
import type { DbRow } from './rows.js';
import { UnitType } from './unit.js';

export const RoleEnum = builder.enumType('Role', {
  description: 'What a user may do; docs/security.md has the full table.',
  values: {
    ADMIN: { description: "An instansi's administrator: training, assessments, sanctions, users, policy." },
    ANALYST: { description: 'A BKN analyst: reads every instansi, with personal fields masked; saved queries only.' },
    UNIT_HEAD: {
      description: "A unit's head: reads the unit subtree; child units' organisation predikat, finalisation.",
    },
    EVALUATOR: { description: "An evaluator: reads and rates the SKPs of the subtree's employees (EVAL-9)." },
    EMPLOYEE: { description: 'An employee: their own records, SKP drafts and evidence.' },
  } satisfies Record<(typeof ROLES)[number], { description: string }>,
});

const RoleGrantType = builder.objectRef<RoleGrant>('RoleGrant').implement({
  description: 'One role of the signed-in user, with the unit whose subtree it acts on.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, description: 'The role.', resolve: (r) => r.role }),
    unit: t.field({
      type: UnitType,
      nullable: true,
      description: 'The unit whose subtree the role covers (UNIT_HEAD, EVALUATOR); null for the others.',
      resolve: (r, _a, ctx) =>
        r.unitId === null ? null : (loadUnscoped(ctx, 'unit', 'id', r.unitId) as Promise<DbRow<'unit'> | null>),
    }),
  }),
});

export const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in user.',
  fields: (t) => ({
    username: t.exposeString('username', { description: 'The username.' }),
    displayName: t.exposeString('displayName', { description: 'The name shown.' }),
    roles: t.field({ type: [RoleGrantType], description: 'The roles held.', resolve: (v) => [...v.roles] }),
    instansi: t.field({
      type: InstansiType,
      description: 'The instansi the user belongs to.',
      resolve: async (v, _a, ctx) => (await loadUnscoped(ctx, 'instansi', 'id', v.instansiId)) as DbRow<'instansi'>,
    }),
    employee: t.field({
      type: EmployeeType,
      nullable: true,
      description: "The user's own employee record; null for an account such as an administrator's.",
      resolve: (v, _a, ctx) =>
        v.employeeId === null
          ? null
          : (loadUnscoped(ctx, 'employee', 'id', v.employeeId) as Promise<DbRow<'employee'> | null>),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerType,
    nullable: true,
    description: 'The signed-in user; null when the request carries no valid session.',
    resolve: (_r, _a, ctx) => ctx.viewer,
  }),
);

const SessionClientEnum = builder.enumType('SessionClient', {
  description: 'How the session is carried.',
  values: {
    COOKIE: { description: `An HTTP-only SameSite cookie for the admin app (${SESSION_TTL_SECONDS.COOKIE / 3600} h).` },
    BEARER: {
      description: `A bearer token for scripts and tools, returned in the payload (${SESSION_TTL_SECONDS.BEARER / 60} min).`,
    },
  },
});

type SignInResult = {
  readonly viewer: Viewer | null;
  readonly token: string | null;
  readonly expiresAt: string | null;
  readonly userErrors: readonly UserError[];
};

const SignInInput = builder.inputType('SignInInput', {
  description: 'The input of signIn.',
  fields: (t) => ({
    login: t.string({ required: true, description: 'A NIP (18 digits, groups may be spaced) or a username.' }),
    password: t.string({ required: true, description: 'The password.' }),
    client: t.field({
      type: SessionClientEnum,
      defaultValue: 'COOKIE',
      description: 'COOKIE (the admin app, default) or BEARER (a token in the payload, for scripts).',
    }),
  }),
});

const SignInPayload = builder.objectRef<SignInResult>('SignInPayload').implement({
  description: 'The session started, or why not.',
  fields: (t) => ({
    viewer: t.field({ type: ViewerType, nullable: true, description: 'The signed-in user.', resolve: (p) => p.viewer }),
    token: t.string({
      nullable: true,
      description: 'The bearer token (client BEARER only; a cookie session never exposes its token to scripts).',
      resolve: (p) => p.token,
    }),
    expiresAt: t.string({
      nullable: true,
      description: 'When the session ends (ISO 8601 instant).',
      resolve: (p) => p.expiresAt,
    }),
    userErrors: t.field({
      type: [UserErrorType],
      description: 'Why sign-in failed.',
      resolve: (p) => [...p.userErrors],
    }),
  }),
});

const refused = (error: UserError): SignInResult => ({
  viewer: null,
  token: null,
  expiresAt: null,
  userErrors: [error],
});

builder.mutationField('signIn', (t) =>
  t.field({
    type: SignInPayload,
    description:
      'Signs in with a NIP or username and a password. Repeated failures lock the account with a growing back-off.',
    args: { input: t.arg({ type: SignInInput, required: true, description: 'The credentials.' }) },
    resolve: async (_r, { input }, ctx) => {
      if (input.password.length === 0 || input.password.length > 1024)
        return refused(userError('INVALID_INPUT', 'the password must be 1 to 1024 characters', ['input', 'password']));
      if (input.login.length === 0 || input.login.length > 200)
        return refused(userError('INVALID_INPUT', 'the login must be 1 to 200 characters', ['input', 'login']));
      const client = input.client ?? 'COOKIE';
      const result = await signIn(ctx.db, ctx.tokens, { login: input.login, password: input.password, client });
      if (!result.ok) return refused(result.error);
      const { viewer, token, expiresAt } = result.value;
      if (client === 'COOKIE')
        ctx.response.setCookies.push(sessionCookie(token, ctx.secureCookies, SESSION_TTL_SECONDS.COOKIE));
      return {
        viewer,
        token: client === 'BEARER' ? token : null,
        expiresAt: expiresAt.toISOString(),
        userErrors: [],
      };
    },
  }),
);

const SignOutPayload = builder.objectRef<{ signedOut: boolean }>('SignOutPayload').implement({
  description: 'The session ended.',
  fields: (t) => ({
    signedOut: t.exposeBoolean('signedOut', {
      description: 'Whether a session was ended (false when the request had none).',
    }),
  }),
});

builder.mutationField('signOut', (t) =>
  t.field({
    type: SignOutPayload,
    description: "Ends the request's session: its cookie and token stop working at once.",
    resolve: async (_r, _a, ctx) => {
      ctx.response.setCookies.push(sessionCookie(null, ctx.secureCookies, 0));
      if (!ctx.viewer) return { signedOut: false };
      await signOut(ctx.db, ctx.viewer.sessionId);
      return { signedOut: true };
    },
  }),
);
