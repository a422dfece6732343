/** A demo user of the seed; README.md lists them with their passwords. */
export type DemoUser = {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
  readonly instansi: 'PEMKOT' | 'BKN';
  readonly roles: readonly ('ADMIN' | 'ANALYST' | 'UNIT_HEAD' | 'EVALUATOR' | 'EMPLOYEE')[];
  /** Who they are in the demo. */
  readonly who: string;
};

/** One user per role. Demo passwords only: never use them on a real server. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'admin',
    password: 'admin-kinerja-2026',
    displayName: 'Administrator BKPSDM Kota Tebing Tinggi',
    instansi: 'PEMKOT',
    roles: ['ADMIN'],
    who: 'the instansi administrator of Pemerintah Kota Tebing Tinggi (no employee record)',
  },
  {
    username: 'analis',
    password: 'analis-kinerja-2026',
    displayName: 'Analis BKN',
    instansi: 'BKN',
    roles: ['ANALYST'],
    who: 'an analyst of BKN Kantor Regional VI Medan (a staff member of the Kantor Regional)',
  },
  {
    username: 'kadisdik',
    password: 'kadisdik-kinerja-2026',
    displayName: 'Kepala Dinas Pendidikan',
    instansi: 'PEMKOT',
    roles: ['UNIT_HEAD', 'EVALUATOR', 'EMPLOYEE'],
    who: 'the head of Dinas Pendidikan: unit head and evaluator for its whole subtree',
  },
  {
    username: 'penilai',
    password: 'penilai-kinerja-2026',
    displayName: 'Kepala Sekolah',
    instansi: 'PEMKOT',
    roles: ['EVALUATOR', 'EMPLOYEE'],
    who: 'the head of the first SD Negeri: evaluator of its teachers',
  },
  {
    username: 'pegawai',
    password: 'pegawai-kinerja-2026',
    displayName: 'Guru',
    instansi: 'PEMKOT',
    roles: ['EMPLOYEE'],
    who: 'a teacher at that SD Negeri',
  },
];
