/** The roles the API grants; the app shows each person only what their roles allow. */
export const ROLES = ['ADMIN', 'ANALYST', 'UNIT_HEAD', 'EVALUATOR', 'EMPLOYEE'] as const;
/** One role of a signed-in person. */
export type Role = (typeof ROLES)[number];

/** The signed-in person as the app needs them; filled by the sign-in once the API has one. */
export type Viewer = {
  readonly name: string;
  readonly roles: readonly Role[];
  readonly instansi: { readonly id: string; readonly name: string };
};

/** Whether the viewer holds at least one of the roles (an empty list means: anyone signed in). */
export const hasAnyRole = (viewer: Viewer, roles: readonly Role[]): boolean =>
  roles.length === 0 || roles.some((r) => viewer.roles.includes(r));
