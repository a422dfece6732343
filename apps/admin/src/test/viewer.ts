import { ROLES, type Viewer } from './session.js';

/**
 * Stand-in viewer while apps/api has no sign-in (issue 5): every role, so each screen can be reached and checked.
 * Remove it from main.tsx once the sign-in fills the session.
 */
export const STUB_VIEWER: Viewer = {
  name: 'Pengguna Contoh',
  roles: ROLES,
  instansi: { id: 'stub', name: 'Pemerintah Kota Tebingtinggi' },
};
