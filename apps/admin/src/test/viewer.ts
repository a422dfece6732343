import { ROLES, type Viewer } from '../session/session.js';

/** A signed-in viewer with every role, so that each screen can be reached in component tests. */
export const TEST_VIEWER: Viewer = {
  username: 'contoh',
  name: 'Pengguna Contoh',
  roles: ROLES,
  grants: ROLES.map((role) => ({ role, unit: null })),
  instansi: { id: 'stub', name: 'Pemerintah Kota Tebingtinggi' },
  employee: null,
};
