import type { Random } from './random.js';

/** Who heads a unit: the level of the head's jabatan and the title's stem ("Kepala Dinas Pendidikan"). */
export type HeadKind =
  | 'SEKDA'
  | 'JPT_UTAMA'
  | 'JPT_PRATAMA'
  | 'ADMINISTRATOR'
  | 'PENGAWAS'
  | 'KEPALA_SEKOLAH'
  | 'KEPALA_PUSKESMAS';

/** What kind of staff a unit has. */
export type StaffProfile = 'OFFICE' | 'SD' | 'SMP' | 'PUSKESMAS' | 'HOSPITAL' | 'KELURAHAN' | 'NONE';

/** One unit kerja of the demo, before ids. */
export type UnitPlan = {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly instansi: 'PEMKOT' | 'BKN';
  readonly parentCode: string | null;
  readonly head: { readonly kind: HeadKind; readonly title: string } | null;
  /** The head is this unit's head too (the Sekda heads the root and the Sekretariat Daerah). */
  readonly headOf?: string;
  readonly staff: StaffProfile;
  /** Relative share of the employees who are not heads. */
  readonly weight: number;
  /** The job family (competency area) of most of its staff. */
  readonly area: string;
};

type Sub = readonly [name: string, min: number];
type Opd = {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly area: string;
  /** Smallest demo (employees) that includes the OPD. */
  readonly min: number;
  readonly subs: readonly Sub[];
  readonly headTitle?: string;
};

const ALWAYS = 0;
const FULL = 900;

// biome-ignore format: one OPD per entry
const OPDS: readonly Opd[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', kind: 'SEKRETARIAT_DAERAH', area: 'ADMINISTRASI_UMUM', min: ALWAYS, subs: [
    ['Bagian Tata Pemerintahan', 150], ['Bagian Hukum', 150], ['Bagian Organisasi', 150], ['Bagian Kesejahteraan Rakyat', FULL],
    ['Bagian Perekonomian dan Sumber Daya Alam', FULL], ['Bagian Administrasi Pembangunan', FULL],
    ['Bagian Pengadaan Barang dan Jasa', FULL], ['Bagian Umum', FULL], ['Bagian Protokol dan Komunikasi Pimpinan', FULL],
    ['Bagian Perencanaan dan Keuangan', FULL],
  ] },
  { code: 'SETWAN', name: 'Sekretariat DPRD', kind: 'SEKRETARIAT_DPRD', area: 'ADMINISTRASI_UMUM', min: FULL, headTitle: 'Sekretaris DPRD', subs: [
    ['Bagian Umum dan Keuangan', FULL], ['Bagian Persidangan dan Perundang-undangan', FULL],
    ['Bagian Fasilitasi Penganggaran dan Pengawasan', FULL],
  ] },
  { code: 'INSPEKTORAT', name: 'Inspektorat', kind: 'INSPEKTORAT', area: 'PENGAWASAN', min: ALWAYS, headTitle: 'Inspektur', subs: [
    ['Sekretariat Inspektorat', FULL], ['Inspektur Pembantu Wilayah I', FULL], ['Inspektur Pembantu Wilayah II', FULL],
    ['Inspektur Pembantu Wilayah III', FULL], ['Inspektur Pembantu Khusus', FULL],
  ] },
  { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', kind: 'BADAN', area: 'PERENCANAAN', min: ALWAYS, subs: [
    ['Sekretariat Bappeda', FULL], ['Bidang Pemerintahan dan Pembangunan Manusia', FULL],
    ['Bidang Perekonomian dan Sumber Daya Alam', FULL], ['Bidang Infrastruktur dan Kewilayahan', FULL],
    ['Bidang Penelitian dan Pengembangan', FULL],
  ] },
  { code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kind: 'BADAN', area: 'MANAJEMEN_SDM', min: ALWAYS, subs: [
    ['Bidang Penilaian Kinerja Aparatur dan Penghargaan', 150], ['Sekretariat BKPSDM', FULL],
    ['Bidang Pengadaan, Pemberhentian dan Informasi', FULL], ['Bidang Mutasi dan Promosi', FULL],
    ['Bidang Pengembangan Kompetensi Aparatur', FULL],
  ] },
  { code: 'BPKPD', name: 'Badan Pengelolaan Keuangan dan Pendapatan Daerah', kind: 'BADAN', area: 'KEUANGAN', min: ALWAYS, subs: [
    ['Sekretariat BPKPD', FULL], ['Bidang Anggaran', FULL], ['Bidang Perbendaharaan', FULL], ['Bidang Akuntansi', FULL],
    ['Bidang Aset', FULL], ['Bidang Pendapatan', FULL],
  ] },
  { code: 'KESBANGPOL', name: 'Badan Kesatuan Bangsa dan Politik', kind: 'BADAN', area: 'PEMERINTAHAN', min: FULL, subs: [
    ['Sekretariat Kesbangpol', FULL], ['Bidang Ideologi dan Wawasan Kebangsaan', FULL], ['Bidang Politik Dalam Negeri', FULL],
  ] },
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', kind: 'BADAN', area: 'KETERTIBAN_UMUM', min: FULL, subs: [
    ['Sekretariat BPBD', FULL], ['Bidang Pencegahan dan Kesiapsiagaan', FULL], ['Bidang Kedaruratan dan Logistik', FULL],
  ] },
  { code: 'DISDIK', name: 'Dinas Pendidikan', kind: 'DINAS', area: 'PENDIDIKAN', min: ALWAYS, subs: [
    ['Sekretariat Dinas Pendidikan', 150], ['Bidang Pembinaan Sekolah Dasar', FULL],
    ['Bidang Pembinaan Sekolah Menengah Pertama', FULL], ['Bidang PAUD dan Pendidikan Nonformal', FULL],
    ['Bidang Ketenagaan', FULL],
  ] },
  { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'DINAS', area: 'KESEHATAN', min: ALWAYS, subs: [
    ['Sekretariat Dinas Kesehatan', 150], ['Bidang Kesehatan Masyarakat', FULL],
    ['Bidang Pencegahan dan Pengendalian Penyakit', FULL], ['Bidang Pelayanan dan Sumber Daya Kesehatan', FULL],
  ] },
  { code: 'PUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'DINAS', area: 'PEKERJAAN_UMUM', min: ALWAYS, subs: [
    ['Sekretariat Dinas PUPR', FULL], ['Bidang Bina Marga', FULL], ['Bidang Sumber Daya Air', FULL], ['Bidang Cipta Karya', FULL],
    ['Bidang Penataan Ruang', FULL],
  ] },
  { code: 'PERKIM', name: 'Dinas Perumahan Rakyat dan Kawasan Permukiman', kind: 'DINAS', area: 'PEKERJAAN_UMUM', min: FULL, subs: [
    ['Sekretariat Dinas Perkim', FULL], ['Bidang Perumahan', FULL], ['Bidang Kawasan Permukiman', FULL],
  ] },
  { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', kind: 'SATUAN', area: 'KETERTIBAN_UMUM', min: ALWAYS, subs: [
    ['Sekretariat Satpol PP', FULL], ['Bidang Penegakan Peraturan Daerah', FULL],
    ['Bidang Ketertiban Umum dan Ketenteraman Masyarakat', FULL], ['Bidang Perlindungan Masyarakat', FULL],
    ['Bidang Pemadam Kebakaran', FULL],
  ] },
  { code: 'DINSOS', name: 'Dinas Sosial', kind: 'DINAS', area: 'SOSIAL', min: ALWAYS, subs: [
    ['Sekretariat Dinas Sosial', FULL], ['Bidang Rehabilitasi Sosial', FULL], ['Bidang Perlindungan dan Jaminan Sosial', FULL],
    ['Bidang Pemberdayaan Sosial', FULL],
  ] },
  { code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'DINAS', area: 'KEPENDUDUKAN', min: ALWAYS, subs: [
    ['Sekretariat Disdukcapil', FULL], ['Bidang Pelayanan Pendaftaran Penduduk', FULL],
    ['Bidang Pelayanan Pencatatan Sipil', FULL], ['Bidang Pengelolaan Informasi Administrasi Kependudukan', FULL],
  ] },
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'DINAS', area: 'TEKNOLOGI_INFORMASI', min: ALWAYS, subs: [
    ['Bidang Aplikasi Informatika', 150], ['Sekretariat Diskominfo', FULL], ['Bidang Informasi dan Komunikasi Publik', FULL],
    ['Bidang Persandian dan Statistik', FULL], ['Bidang Infrastruktur Teknologi Informasi dan Komunikasi', FULL],
  ] },
  { code: 'DISHUB', name: 'Dinas Perhubungan', kind: 'DINAS', area: 'ADMINISTRASI_UMUM', min: FULL, subs: [
    ['Sekretariat Dinas Perhubungan', FULL], ['Bidang Lalu Lintas', FULL], ['Bidang Angkutan', FULL],
  ] },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', kind: 'DINAS', area: 'ADMINISTRASI_UMUM', min: FULL, subs: [
    ['Sekretariat Dinas Lingkungan Hidup', FULL], ['Bidang Pengelolaan Sampah', FULL], ['Bidang Pengendalian Pencemaran', FULL],
    ['Bidang Pertamanan', FULL],
  ] },
  { code: 'DP3AP2KB', name: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', kind: 'DINAS', area: 'SOSIAL', min: FULL, subs: [
    ['Sekretariat DP3AP2KB', FULL], ['Bidang Pemberdayaan Perempuan dan Perlindungan Anak', FULL],
    ['Bidang Pengendalian Penduduk dan Keluarga Berencana', FULL],
  ] },
  { code: 'DISNAKER', name: 'Dinas Tenaga Kerja', kind: 'DINAS', area: 'ADMINISTRASI_UMUM', min: FULL, subs: [
    ['Sekretariat Dinas Tenaga Kerja', FULL], ['Bidang Pelatihan dan Penempatan Tenaga Kerja', FULL],
    ['Bidang Hubungan Industrial', FULL],
  ] },
  { code: 'DISKOPERINDAG', name: 'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan', kind: 'DINAS', area: 'ADMINISTRASI_UMUM', min: FULL, subs: [
    ['Sekretariat Diskoperindag', FULL], ['Bidang Koperasi dan UKM', FULL], ['Bidang Perdagangan', FULL], ['Bidang Perindustrian', FULL],
  ] },
  { code: 'DISTANKP', name: 'Dinas Pertanian dan Ketahanan Pangan', kind: 'DINAS', area: 'ADMINISTRASI_UMUM', min: FULL, subs: [
    ['Sekretariat Dinas Pertanian', FULL], ['Bidang Pertanian', FULL], ['Bidang Ketahanan Pangan', FULL],
  ] },
  { code: 'DISPARPORA', name: 'Dinas Pariwisata, Pemuda dan Olahraga', kind: 'DINAS', area: 'ADMINISTRASI_UMUM', min: FULL, subs: [
    ['Sekretariat Disparpora', FULL], ['Bidang Pariwisata', FULL], ['Bidang Pemuda dan Olahraga', FULL],
  ] },
  { code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', kind: 'DINAS', area: 'ADMINISTRASI_UMUM', min: FULL, subs: [
    ['Sekretariat DPMPTSP', FULL], ['Bidang Pelayanan Perizinan', FULL], ['Bidang Penanaman Modal', FULL],
  ] },
  { code: 'DISPUSIP', name: 'Dinas Perpustakaan dan Kearsipan', kind: 'DINAS', area: 'ADMINISTRASI_UMUM', min: FULL, subs: [
    ['Sekretariat Dinas Perpustakaan dan Kearsipan', FULL], ['Bidang Perpustakaan', FULL], ['Bidang Kearsipan', FULL],
  ] },
];

/** The five kecamatan of Kota Tebing Tinggi and their kelurahan. */
// biome-ignore format: one kecamatan per row
export const KECAMATAN: readonly (readonly [string, readonly string[]])[] = [
  ['Padang Hulu', ['Bandar Sono', 'Lubuk Baru', 'Lubuk Raya', 'Pabatu', 'Padang Merbau', 'Persiakan', 'Tualang']],
  ['Tebing Tinggi Kota', ['Badak Bejuang', 'Bandar Utama', 'Mandailing', 'Pasar Baru', 'Pasar Gambir', 'Rambung', 'Tebing Tinggi']],
  ['Rambutan', ['Karya Jaya', 'Lalang', 'Mekar Sentosa', 'Rantau Laban', 'Sri Padang', 'Tanjung Marulak', 'Tanjung Marulak Hilir']],
  ['Bajenis', ['Bandar Sakti', 'Berohol', 'Bulian', 'Durian', 'Pelita', 'Pinang Mancung', 'Teluk Karang']],
  ['Padang Hilir', ['Bagelen', 'Damar Sari', 'Deblod Sundoro', 'Satria', 'Tambangan', 'Tambangan Hulu', 'Tebing Tinggi Lama']],
];

const PUSKESMAS = [
  'Rantau Laban',
  'Pabatu',
  'Teluk Karang',
  'Sri Padang',
  'Tanjung Marulak',
  'Persiakan',
  'Satria',
  'Berohol',
  'Rambung',
];

const RSUD_SUBS: readonly Sub[] = [
  ['Bagian Tata Usaha RSUD', 1500],
  ['Bidang Pelayanan Medik', 1500],
  ['Bidang Keperawatan', 1500],
  ['Bidang Penunjang Medik', 1500],
];

const BKN_SUBS: readonly Sub[] = [
  ['Bidang Informasi Kepegawaian', 150],
  ['Bidang Mutasi dan Status Kepegawaian', FULL],
  ['Bidang Pengadaan, Pensiun dan Fasilitasi Profesi ASN', FULL],
  ['Bidang Pengawasan dan Pengendalian', FULL],
  ['Bagian Umum', FULL],
];

const slug = (name: string) =>
  name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

const subKind = (name: string) =>
  name.startsWith('Bagian')
    ? 'BAGIAN'
    : name.startsWith('Sekretariat')
      ? 'SEKRETARIAT'
      : name.startsWith('Inspektur Pembantu')
        ? 'INSPEKTUR_PEMBANTU'
        : 'BIDANG';

const subHeadTitle = (name: string) =>
  name.startsWith('Sekretariat')
    ? `Sekretaris ${name.replace(/^Sekretariat /, '')}`
    : name.startsWith('Inspektur Pembantu')
      ? name
      : `Kepala ${name}`;

/**
 * The unit tree of the demo: Pemerintah Kota Tebing Tinggi (its perangkat daerah, schools, puskesmas, RSUD, the
 * five kecamatan with their kelurahan) and the BKN's Kantor Regional VI Medan. Small demos keep the larger OPDs
 * and fewer sub-units; schools and puskesmas grow with the number of employees.
 */
export const planUnits = (employees: number, random: Random): UnitPlan[] => {
  const units: UnitPlan[] = [];
  const add = (u: UnitPlan) => units.push(u);
  add({
    code: 'PEMKOT',
    name: 'Pemerintah Kota Tebing Tinggi',
    kind: 'PEMERINTAH_DAERAH',
    instansi: 'PEMKOT',
    parentCode: null,
    head: null,
    headOf: 'SETDA',
    staff: 'NONE',
    weight: 0,
    area: 'PEMERINTAHAN',
  });
  for (const opd of OPDS) {
    if (employees < opd.min) continue;
    const isSetda = opd.code === 'SETDA';
    add({
      code: opd.code,
      name: opd.name,
      kind: opd.kind,
      instansi: 'PEMKOT',
      parentCode: 'PEMKOT',
      head: isSetda
        ? { kind: 'SEKDA', title: 'Sekretaris Daerah Kota Tebing Tinggi' }
        : { kind: 'JPT_PRATAMA', title: opd.headTitle ?? `Kepala ${opd.name}` },
      staff: 'OFFICE',
      weight: 5,
      area: opd.area,
    });
    for (const [name, min] of opd.subs) {
      if (employees < min) continue;
      add({
        code: `${opd.code}.${slug(name)}`,
        name,
        kind: subKind(name),
        instansi: 'PEMKOT',
        parentCode: opd.code,
        head: { kind: 'ADMINISTRATOR', title: subHeadTitle(name) },
        staff: 'OFFICE',
        weight: name.startsWith('Bagian') ? 7 : 6,
        area: name === 'Bagian Hukum' ? 'HUKUM' : name.includes('Keuangan') ? 'KEUANGAN' : opd.area,
      });
    }
    if (opd.code === 'DISDIK') {
      const sd = Math.max(3, Math.round((employees * 0.3) / 13));
      const smp = Math.max(1, Math.round((employees * 0.12) / 30));
      const numbers = new Set<number>();
      for (let i = 0; i < sd; i += 1) {
        let n = random.int(163000, 167999);
        while (numbers.has(n)) n += 1;
        numbers.add(n);
      }
      for (const n of [...numbers].sort((a, b) => a - b))
        add({
          code: `DISDIK.SDN.${n}`,
          name: `SD Negeri ${n}`,
          kind: 'SEKOLAH',
          instansi: 'PEMKOT',
          parentCode: 'DISDIK',
          head: { kind: 'KEPALA_SEKOLAH', title: `Kepala SD Negeri ${n}` },
          staff: 'SD',
          weight: 12,
          area: 'PENDIDIKAN',
        });
      for (let i = 1; i <= smp; i += 1)
        add({
          code: `DISDIK.SMPN.${i}`,
          name: `SMP Negeri ${i} Tebing Tinggi`,
          kind: 'SEKOLAH',
          instansi: 'PEMKOT',
          parentCode: 'DISDIK',
          head: { kind: 'KEPALA_SEKOLAH', title: `Kepala SMP Negeri ${i} Tebing Tinggi` },
          staff: 'SMP',
          weight: 30,
          area: 'PENDIDIKAN',
        });
    }
    if (opd.code === 'DINKES') {
      const count = Math.max(2, Math.round((employees * 0.07) / 22));
      for (let i = 0; i < count; i += 1) {
        const place = PUSKESMAS[i] ?? `Tebing Tinggi ${i - PUSKESMAS.length + 1}`;
        add({
          code: `DINKES.PKM.${slug(place)}`,
          name: `Puskesmas ${place}`,
          kind: 'PUSKESMAS',
          instansi: 'PEMKOT',
          parentCode: 'DINKES',
          head: { kind: 'KEPALA_PUSKESMAS', title: `Kepala Puskesmas ${place}` },
          staff: 'PUSKESMAS',
          weight: 22,
          area: 'KESEHATAN',
        });
      }
      if (employees >= 150) {
        add({
          code: 'DINKES.RSUD',
          name: 'RSUD dr. H. Kumpulan Pane',
          kind: 'RUMAH_SAKIT',
          instansi: 'PEMKOT',
          parentCode: 'DINKES',
          head: { kind: 'ADMINISTRATOR', title: 'Direktur RSUD dr. H. Kumpulan Pane' },
          staff: 'HOSPITAL',
          weight: employees >= 1500 ? 20 : 60,
          area: 'KESEHATAN',
        });
        for (const [name, min] of RSUD_SUBS) {
          if (employees < min) continue;
          add({
            code: `DINKES.RSUD.${slug(name)}`,
            name,
            kind: subKind(name),
            instansi: 'PEMKOT',
            parentCode: 'DINKES.RSUD',
            head: { kind: 'ADMINISTRATOR', title: subHeadTitle(name) },
            staff: 'HOSPITAL',
            weight: 45,
            area: 'KESEHATAN',
          });
        }
      }
    }
  }
  KECAMATAN.forEach(([kecamatan, kelurahan]) => {
    const code = `KEC.${slug(kecamatan)}`;
    add({
      code,
      name: `Kecamatan ${kecamatan}`,
      kind: 'KECAMATAN',
      instansi: 'PEMKOT',
      parentCode: 'PEMKOT',
      head: { kind: 'ADMINISTRATOR', title: `Camat ${kecamatan}` },
      staff: 'OFFICE',
      weight: 8,
      area: 'PEMERINTAHAN',
    });
    kelurahan.forEach((name, i) => {
      if (employees < (i === 0 ? 300 : FULL)) return;
      add({
        code: `${code}.${slug(name)}`,
        name: `Kelurahan ${name}`,
        kind: 'KELURAHAN',
        instansi: 'PEMKOT',
        parentCode: code,
        head: { kind: 'PENGAWAS', title: `Lurah ${name}` },
        staff: 'KELURAHAN',
        weight: 5,
        area: 'PEMERINTAHAN',
      });
    });
  });
  add({
    code: 'BKN',
    name: 'Badan Kepegawaian Negara',
    kind: 'BADAN',
    instansi: 'BKN',
    parentCode: null,
    head: { kind: 'JPT_UTAMA', title: 'Kepala Badan Kepegawaian Negara' },
    staff: 'NONE',
    weight: 0,
    area: 'MANAJEMEN_SDM',
  });
  add({
    code: 'BKN.KANREG6',
    name: 'Kantor Regional VI Medan',
    kind: 'KANTOR_REGIONAL',
    instansi: 'BKN',
    parentCode: 'BKN',
    head: { kind: 'JPT_PRATAMA', title: 'Kepala Kantor Regional VI Medan' },
    staff: 'OFFICE',
    weight: 4,
    area: 'MANAJEMEN_SDM',
  });
  for (const [name, min] of BKN_SUBS) {
    if (employees < min) continue;
    add({
      code: `BKN.KANREG6.${slug(name)}`,
      name,
      kind: subKind(name),
      instansi: 'BKN',
      parentCode: 'BKN.KANREG6',
      head: { kind: 'ADMINISTRATOR', title: subHeadTitle(name) },
      staff: 'OFFICE',
      weight: 5,
      area: 'MANAJEMEN_SDM',
    });
  }
  return units;
};

/**
 * Shares out `total` employees over the units by weight (largest remainder), so the counts add up exactly and
 * depend only on the plan.
 */
export const allocate = (weights: readonly number[], total: number): number[] => {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * total) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
};
