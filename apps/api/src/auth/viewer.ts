import type { Database } from '@kinerja/db';
import { type Kysely, sql } from 'kysely';

/** The roles a user can hold (user_role.role); what each may do is in docs/security.md. */
export const ROLES = ['ADMIN', 'ANALYST', 'UNIT_HEAD', 'EVALUATOR', 'EMPLOYEE'] as const;
export type Role = (typeof ROLES)[number];

/** One role of a user: UNIT_HEAD and EVALUATOR act on a unit's subtree, the others carry no unit. */
export type RoleGrant = { readonly role: Role; readonly unitId: number | null };

/** The signed-in person a request acts for. */
export type Viewer = {
  readonly userId: number;
  readonly sessionId: string;
  readonly username: string;
  readonly displayName: string;
  readonly instansiId: number;
  readonly employeeId: number | null;
  readonly roles: readonly RoleGrant[];
};

/** Whether the viewer holds the role (on any unit). */
export const hasRole = (viewer: Viewer | null, role: Role): viewer is Viewer =>
  viewer?.roles.some((r) => r.role === role) ?? false;

/** The units whose subtree the viewer acts on with the role (UNIT_HEAD, EVALUATOR). */
export const unitsOf = (viewer: Viewer, role: Role): number[] =>
  viewer.roles.flatMap((r) => (r.role === role && r.unitId !== null ? [r.unitId] : []));

/**
 * The viewer of a live session, in one statement: the session must be neither revoked nor expired and its user
 * not disabled; otherwise null, and the request is anonymous.
 */
export const loadViewer = async (db: Kysely<Database>, sessionId: string): Promise<Viewer | null> => {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .where('s.id', '=', sessionId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.disabled_at', 'is', null)
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.instansi_id',
      'u.employee_id',
      sql<RoleGrant[]>`coalesce((select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id) order by r.id)
        from user_role r where r.user_id = u.id), '[]')`.as('roles'),
    ])
    .executeTakeFirst();
  if (!row) return null;
  return {
    userId: row.id,
    sessionId,
    username: row.username,
    displayName: row.display_name,
    instansiId: row.instansi_id,
    employeeId: row.employee_id,
    roles: row.roles,
  };
};
