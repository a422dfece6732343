import { randomBytes } from 'node:crypto';
import { type Database, DEMO_USERS, verifyPassword } from '@kinerja/db';
import type { Kysely } from 'kysely';
import { z } from 'zod';

/** The API's settings, validated once at start; nothing else reads `process.env`. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** A PostgreSQL URL; unset means the embedded database in PGLITE_DIR. */
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The longest one SQL statement may run (PostgreSQL's statement_timeout; the embedded database cannot). */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** The most an operation may cost (see docs/security.md). */
  COST_LIMIT: z.coerce.number().int().positive().default(100_000),
  /**
   * The cost one caller (a user, or an anonymous IP address) may spend per minute, as a token bucket refilled over
   * the minute (see docs/security.md). Unset: four times COST_LIMIT.
   */
  COST_BUDGET_PER_MINUTE: z.coerce.number().int().positive().optional(),
  /**
   * `only`: run only the admin app's persisted operations (PERSISTED_OPERATIONS_MANIFEST), sign-in and sign-out, and
   * ad-hoc operations of signed-in analysts. `off` (default): any operation within the limits.
   */
  PERSISTED_OPERATIONS: z.enum(['off', 'only']).default('off'),
  /** The manifest of persisted operations (default: apps/admin/src/gql/persisted-documents.json, from codegen). */
  PERSISTED_OPERATIONS_MANIFEST: z.string().optional(),
  /** Report `extensions.sqlStatements` (default: outside production; the bench turns it on in production). */
  EXPOSE_SQL_STATEMENTS: z.enum(['0', '1']).optional(),
  /** The built admin app to serve at `/` (default: apps/admin/dist when it has been built). */
  ADMIN_DIST: z.string().optional(),
  /**
   * The secret that signs session tokens (at least 32 characters). Unset outside production: a random one per start
   * (sessions end when the server restarts); production refuses to start without one.
   */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /**
   * `1` lets production start while demo users still have the passwords the README documents (the bench, a demo
   * server); otherwise production refuses them as development secrets.
   */
  ALLOW_DEMO_PASSWORDS: z.enum(['0', '1']).default('0'),
  /** Employees in the demo seed when the database is empty. */
  SEED_EMPLOYEES: z.coerce.number().int().positive().default(3000),
  /** Fixed "today" for reproducible demos and tests (YYYY-MM-DD); unset means the real date. */
  TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Secrets that are written down somewhere (tests, docs, examples) or made of one repeated character: fine on a
 * laptop, refused in production.
 */
const DEVELOPMENT_SECRET = /test-secret|development|dev-secret|example|change-?me|replace-?me|^(.)\1*$/i;
export const isDevelopmentSecret = (secret: string): boolean => DEVELOPMENT_SECRET.test(secret);

/** Reads and validates the settings; a wrong one stops the start with a message naming it. */
export const readEnv = (source: Record<string, string | undefined> = process.env): Env => {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid settings: ${problems}`);
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.AUTH_SECRET)
    throw new Error(
      'invalid settings: AUTH_SECRET: production refuses the generated development secret; set AUTH_SECRET to 32+ random characters',
    );
  if (parsed.data.NODE_ENV === 'production' && parsed.data.AUTH_SECRET && isDevelopmentSecret(parsed.data.AUTH_SECRET))
    throw new Error(
      'invalid settings: AUTH_SECRET: production refuses a development or example secret; set AUTH_SECRET to 32+ random characters (e.g. `openssl rand -base64 32`)',
    );
  return parsed.data;
};

/** The token secret: the configured one, or outside production a random one for this process. */
export const authSecret = (env: Env): string => env.AUTH_SECRET ?? randomBytes(32).toString('base64url');

/**
 * The demo users whose password is still the one the README documents, and who are not disabled: development
 * secrets that production refuses to start with (change the password or disable the user).
 */
export const usersWithDemoPasswords = async (db: Kysely<Database>): Promise<string[]> => {
  const rows = await db
    .selectFrom('app_user')
    .select(['username', 'password_hash'])
    .where(
      'username',
      'in',
      DEMO_USERS.map((u) => u.username),
    )
    .where('disabled_at', 'is', null)
    .execute();
  const found: string[] = [];
  for (const row of rows) {
    const demo = DEMO_USERS.find((u) => u.username === row.username);
    if (demo && (await verifyPassword(row.password_hash, demo.password))) found.push(row.username);
  }
  return found;
};
