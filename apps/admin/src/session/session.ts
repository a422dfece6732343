/** The roles the API grants; the app shows each person only what their roles allow. */
export const ROLES = ['ADMIN', 'ANALYST', 'UNIT_HEAD', 'EVALUATOR', 'EMPLOYEE'] as const;
/** One role of a signed-in person. */
export type Role = (typeof ROLES)[number];

/** One role as granted, with the unit whose subtree it acts on (UNIT_HEAD, EVALUATOR; null for the others). */
export type RoleGrant = { readonly role: Role; readonly unit: { readonly id: string; readonly name: string } | null };

/** The signed-in person as the app needs them: what the API's `viewer` says. */
export type Viewer = {
  readonly username: string;
  /** The name shown. */
  readonly name: string;
  /** The distinct roles held, whatever their units. */
  readonly roles: readonly Role[];
  readonly grants: readonly RoleGrant[];
  readonly instansi: { readonly id: string; readonly name: string };
  /** The person's own employee record; null for an account such as an administrator's. */
  readonly employee: { readonly id: string; readonly nip: string; readonly name: string } | null;
};

/** Whether the viewer holds at least one of the roles (an empty list means: anyone signed in). */
export const hasAnyRole = (viewer: Viewer, roles: readonly Role[]): boolean =>
  roles.length === 0 || roles.some((r) => viewer.roles.includes(r));
