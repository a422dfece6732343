import { sql } from 'kysely';
import type { TxContext } from '../mutation/run.js';
import { fail } from '../mutation/user-error.js';
import { hasRole, type Role, unitsOf, type Viewer } from './viewer.js';

/**
 * What a signed-in user may change, checked by every mutation before it writes (reads are scoped in SQL by
 * `ctx.scope`). Each check refuses with a FORBIDDEN user error that says which role is missing.
 */

/** Refuses unless the viewer holds one of the roles. */
export const requireRole = (tx: TxContext, ...roles: Role[]): Viewer => {
  if (!roles.some((r) => hasRole(tx.viewer, r))) fail('FORBIDDEN', `this needs the role ${roles.join(' or ')}`);
  return tx.viewer;
};

/** Whether the unit lies in the subtree of one of the units the viewer holds the role on (UNIT_HEAD, EVALUATOR). */
export const unitInSubtree = async (tx: TxContext, role: Role, unitId: number): Promise<boolean> => {
  const roots = unitsOf(tx.viewer, role);
  if (roots.length === 0) return false;
  const row = await tx.db
    .selectFrom('unit_closure')
    .select(sql<number>`1`.as('one'))
    .where('descendant_id', '=', unitId)
    .where('ancestor_id', 'in', roots)
    .executeTakeFirst();
  return row !== undefined;
};

/** Refuses unless the viewer is an ADMIN of the instansi. */
export const requireAdminOf = (tx: TxContext, instansiId: number): void => {
  if (!hasRole(tx.viewer, 'ADMIN') || tx.viewer.instansiId !== instansiId)
    fail('FORBIDDEN', 'only an administrator of this instansi may do this');
};

/** Refuses unless the viewer holds the role on a unit whose subtree contains `unitId`. */
export const requireUnitRole = async (tx: TxContext, role: 'UNIT_HEAD' | 'EVALUATOR', unitId: number) => {
  if (!(await unitInSubtree(tx, role, unitId)))
    fail('FORBIDDEN', `this needs the role ${role} on a unit that contains unit ${unitId}`);
};

/** Whether the employee is the viewer themself. */
export const isSelf = (viewer: Viewer, employeeId: number): boolean => viewer.employeeId === employeeId;
