import type { ViewerFieldsFragment } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { ROLES, type Role, type Viewer } from './session.js';

/** What the app reads of the signed-in user. */
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    username
    displayName
    roles {
      role
      unit {
        id
        name
      }
    }
    instansi {
      id
      name
    }
    employee {
      id
      nip
      name
    }
  }
`);

/** Who is signed in; null without a valid session (the cookie is sent with every request). */
export const ViewerQuery = graphql(`
  query CurrentViewer {
    viewer {
      ...ViewerFields @unmask
    }
  }
`);

/** Signs in with a NIP or username: the server sets an HTTP-only cookie; the app never sees a token. */
export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        ...ViewerFields @unmask
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Ends the session: the cookie stops working at once. */
export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/** The API's viewer as the app holds it: the grants as given, their distinct roles in the app's order. */
export const toViewer = (v: ViewerFieldsFragment): Viewer => {
  const grants = v.roles.flatMap((g) => (isRole(g.role) ? [{ role: g.role, unit: g.unit ?? null }] : []));
  return {
    username: v.username,
    name: v.displayName,
    roles: ROLES.filter((r) => grants.some((g) => g.role === r)),
    grants,
    instansi: { id: v.instansi.id, name: v.instansi.name },
    employee: v.employee ? { id: v.employee.id, nip: v.employee.nip, name: v.employee.name } : null,
  };
};
