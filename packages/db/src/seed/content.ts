import type { BerakhlakValue, IkiAspect, TrainingKind } from '@kinerja/domain';

/** An RHK the demo plans, with its indicator: a number to reach (or to stay under) or a description. */
export type RhkTemplate = {
  readonly text: string;
  readonly indicator: string;
  readonly aspect: IkiAspect;
  /** Quantitative target range and unit; null for a qualitative target. */
  readonly target: { readonly min: number; readonly max: number; readonly unit: string } | null;
  readonly qualitative?: string;
};

const q = (
  text: string,
  indicator: string,
  aspect: IkiAspect,
  min: number,
  max: number,
  unit: string,
): RhkTemplate => ({
  text,
  indicator,
  aspect,
  target: { min, max, unit },
});

// biome-ignore format: templates
const GENERAL: readonly RhkTemplate[] = [
  q('Terselenggaranya administrasi perkantoran yang tertib', 'Jumlah dokumen administrasi yang diproses', 'KUANTITAS', 240, 960, 'dokumen'),
  q('Tersusunnya laporan kinerja unit kerja', 'Jumlah laporan kinerja yang disusun', 'KUANTITAS', 4, 12, 'laporan'),
  q('Meningkatnya kualitas layanan unit kerja', 'Indeks kepuasan pengguna layanan', 'KUALITAS', 78, 88, 'indeks'),
  q('Terlaksananya koordinasi program dan kegiatan', 'Jumlah rapat koordinasi yang difasilitasi', 'KUANTITAS', 12, 36, 'rapat'),
  q('Terselesaikannya surat dinas tepat waktu', 'Rata-rata waktu penyelesaian surat', 'WAKTU', 2, 5, 'hari'),
];

// biome-ignore format: templates
const BY_AREA: Readonly<Record<string, readonly RhkTemplate[]>> = {
  PENDIDIKAN: [
    q('Terlaksananya pembelajaran yang berpusat pada peserta didik', 'Jumlah jam tatap muka yang terlaksana', 'KUANTITAS', 640, 960, 'jam'),
    q('Meningkatnya hasil belajar peserta didik', 'Persentase peserta didik yang mencapai tujuan pembelajaran', 'KUALITAS', 75, 90, 'persen'),
    q('Tersusunnya perangkat ajar Kurikulum Merdeka', 'Jumlah modul ajar yang disusun', 'KUANTITAS', 8, 16, 'modul'),
    q('Terlaksananya asesmen pembelajaran', 'Jumlah asesmen sumatif yang dilaksanakan', 'KUANTITAS', 4, 8, 'asesmen'),
  ],
  KESEHATAN: [
    q('Terlaksananya pelayanan kesehatan perorangan', 'Jumlah pasien yang dilayani', 'KUANTITAS', 600, 2400, 'pasien'),
    q('Meningkatnya mutu pelayanan kesehatan', 'Persentase pasien yang puas terhadap pelayanan', 'KUALITAS', 80, 90, 'persen'),
    q('Terlaksananya upaya kesehatan masyarakat', 'Jumlah kegiatan penyuluhan kesehatan', 'KUANTITAS', 12, 24, 'kegiatan'),
    q('Tersampaikannya laporan pelayanan kesehatan', 'Waktu penyampaian laporan bulanan', 'WAKTU', 5, 10, 'hari'),
  ],
  TEKNOLOGI_INFORMASI: [
    q('Tersedianya aplikasi layanan publik yang andal', 'Persentase ketersediaan aplikasi', 'KUALITAS', 85, 90, 'persen'),
    q('Terselesaikannya permintaan dukungan TIK', 'Jumlah tiket dukungan yang diselesaikan', 'KUANTITAS', 120, 480, 'tiket'),
    q('Terkelolanya keamanan informasi', 'Jumlah insiden keamanan informasi yang ditangani', 'KUANTITAS', 6, 24, 'insiden'),
    q('Terselesaikannya pengembangan modul aplikasi', 'Waktu penyelesaian modul aplikasi', 'WAKTU', 30, 90, 'hari'),
  ],
  KEUANGAN: [
    q('Tersusunnya laporan keuangan yang akuntabel', 'Jumlah laporan keuangan yang disusun', 'KUANTITAS', 12, 24, 'laporan'),
    q('Terlaksananya penatausahaan keuangan tepat waktu', 'Waktu penerbitan SPM', 'WAKTU', 2, 5, 'hari'),
    q('Tertibnya pertanggungjawaban belanja', 'Persentase dokumen pertanggungjawaban yang lengkap', 'KUALITAS', 82, 90, 'persen'),
    q('Terkendalinya biaya operasional kegiatan', 'Biaya operasional per kegiatan', 'BIAYA', 5, 20, 'juta rupiah'),
  ],
  PENGAWASAN: [
    q('Terlaksananya audit kinerja perangkat daerah', 'Jumlah laporan hasil audit', 'KUANTITAS', 6, 18, 'laporan'),
    q('Meningkatnya tindak lanjut hasil pemeriksaan', 'Persentase rekomendasi yang ditindaklanjuti', 'KUALITAS', 75, 90, 'persen'),
  ],
  KETERTIBAN_UMUM: [
    q('Terlaksananya penegakan peraturan daerah', 'Jumlah operasi penertiban yang dilaksanakan', 'KUANTITAS', 24, 96, 'operasi'),
    q('Tertanganinya pengaduan ketertiban masyarakat', 'Waktu tanggap pengaduan', 'WAKTU', 1, 3, 'hari'),
  ],
  PERENCANAAN: [
    q('Tersusunnya dokumen perencanaan pembangunan daerah', 'Jumlah dokumen perencanaan yang disusun', 'KUANTITAS', 3, 8, 'dokumen'),
    q('Meningkatnya keselarasan program dengan RPJMD', 'Persentase program yang selaras', 'KUALITAS', 80, 90, 'persen'),
  ],
  MANAJEMEN_SDM: [
    q('Terlaksananya layanan administrasi kepegawaian', 'Jumlah usulan layanan kepegawaian yang diproses', 'KUANTITAS', 300, 1200, 'usulan'),
    q('Terselesaikannya layanan kenaikan pangkat', 'Waktu penyelesaian usulan kenaikan pangkat', 'WAKTU', 5, 14, 'hari'),
    q('Meningkatnya akurasi data kepegawaian', 'Persentase data ASN yang mutakhir', 'KUALITAS', 82, 90, 'persen'),
  ],
  KEPENDUDUKAN: [
    q('Terlaksananya pelayanan dokumen kependudukan', 'Jumlah dokumen kependudukan yang diterbitkan', 'KUANTITAS', 1200, 4800, 'dokumen'),
    q('Cepatnya penerbitan akta pencatatan sipil', 'Waktu penerbitan akta', 'WAKTU', 1, 3, 'hari'),
  ],
  PEKERJAAN_UMUM: [
    q('Terpeliharanya jalan dan drainase kota', 'Panjang jalan yang dipelihara', 'KUANTITAS', 5, 20, 'km'),
    q('Terlaksananya pengawasan pekerjaan konstruksi', 'Jumlah paket pekerjaan yang diawasi', 'KUANTITAS', 6, 24, 'paket'),
  ],
  PEMERINTAHAN: [
    q('Terlaksananya pelayanan administrasi kewilayahan', 'Jumlah surat keterangan yang diterbitkan', 'KUANTITAS', 300, 1200, 'surat'),
    q('Terlaksananya pembinaan lingkungan', 'Jumlah kegiatan musyawarah lingkungan', 'KUANTITAS', 6, 24, 'kegiatan'),
  ],
  SOSIAL: [
    q('Tersalurkannya bantuan sosial tepat sasaran', 'Jumlah keluarga penerima manfaat yang diverifikasi', 'KUANTITAS', 200, 800, 'keluarga'),
    q('Meningkatnya ketepatan data terpadu kesejahteraan sosial', 'Persentase data yang dimutakhirkan', 'KUALITAS', 80, 90, 'persen'),
  ],
  HUKUM: [
    q('Tersusunnya produk hukum daerah', 'Jumlah rancangan produk hukum yang difasilitasi', 'KUANTITAS', 10, 40, 'rancangan'),
  ],
};

// biome-ignore format: templates
export const TAMBAHAN: readonly RhkTemplate[] = [
  q('Menjadi narasumber kegiatan', 'Jumlah kegiatan sebagai narasumber', 'KUANTITAS', 1, 4, 'kegiatan'),
  q('Membantu pelaksanaan peringatan hari besar nasional', 'Jumlah kegiatan yang dibantu', 'KUANTITAS', 2, 5, 'kegiatan'),
  { text: 'Mendukung inovasi pelayanan unit kerja', indicator: 'Usulan inovasi pelayanan', aspect: 'KUALITAS', target: null,
    qualitative: 'Satu usulan inovasi pelayanan diterima pimpinan unit' },
  { text: 'Menjadi mentor bagi pegawai baru', indicator: 'Pendampingan pegawai baru', aspect: 'KUALITAS', target: null,
    qualitative: 'Pegawai baru mampu melaksanakan tugas secara mandiri' },
];

/** The main RHK templates for a job family: its own first, then the general ones. */
export const utamaTemplates = (area: string): readonly RhkTemplate[] => [...(BY_AREA[area] ?? []), ...GENERAL];

/** EVAL-4: the evaluator's usual expectation for each BerAKHLAK value (PermenPANRB 6/2022). */
export const BERAKHLAK_EXPECTATIONS: Readonly<Record<BerakhlakValue, string>> = {
  BERORIENTASI_PELAYANAN: 'Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif dan dapat diandalkan',
  AKUNTABEL: 'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas',
  KOMPETEN: 'Terus belajar mengembangkan kapabilitas dan membantu rekan kerja belajar',
  HARMONIS: 'Menghargai setiap orang apa pun latar belakangnya dan menjaga suasana kerja yang kondusif',
  LOYAL: 'Menjaga nama baik sesama ASN, pimpinan, instansi dan negara serta menjaga rahasia jabatan',
  ADAPTIF: 'Cepat menyesuaikan diri menghadapi perubahan dan terus berinovasi',
  KOLABORATIF: 'Memberi kesempatan berbagai pihak berkontribusi dan terbuka bekerja sama',
};

// biome-ignore format: phrases
export const FEEDBACK = [
  'Pertahankan kinerja yang baik', 'Tingkatkan ketepatan waktu pelaporan', 'Sangat membantu rekan kerja',
  'Perlu lebih proaktif berkoordinasi', 'Hasil kerja rapi dan lengkap', 'Perbaiki dokumentasi bukti dukung',
];

// biome-ignore format: phrases
export const OVERRIDE_REASONS = [
  'Capaian RHK utama tidak mencerminkan kualitas hasil kerja yang diamati langsung oleh pejabat penilai',
  'Terdapat kendala anggaran di luar kendali pegawai yang menghambat realisasi target',
  'Kontribusi pada penugasan khusus pimpinan tidak tercermin dalam IKI',
  'Terdapat catatan perilaku dari pengaduan masyarakat yang telah diverifikasi',
];

/** A training program of the catalogue: competency area 'UMUM' is open to every job family. */
export type ProgramTemplate = {
  readonly code: string;
  readonly name: string;
  readonly kind: TrainingKind;
  readonly area: string;
  readonly jp: number;
  readonly provider: string;
  readonly isIt: boolean;
  /** Only for heads (leadership programs). */
  readonly heads?: boolean;
  readonly online?: boolean;
};

// biome-ignore format: one program per row
export const PROGRAMS: readonly ProgramTemplate[] = [
  { code: 'PKP', name: 'Pelatihan Kepemimpinan Pengawas (PKP)', kind: 'LEADERSHIP', area: 'UMUM', jp: 120, provider: 'BPSDM Provinsi Sumatera Utara', isIt: false, heads: true },
  { code: 'PKA', name: 'Pelatihan Kepemimpinan Administrator (PKA)', kind: 'LEADERSHIP', area: 'UMUM', jp: 160, provider: 'BPSDM Provinsi Sumatera Utara', isIt: false, heads: true },
  { code: 'MKASN', name: 'Pelatihan Manajemen Kinerja ASN', kind: 'MANAGERIAL', area: 'UMUM', jp: 20, provider: 'BKPSDM Kota Tebing Tinggi', isIt: false },
  { code: 'PELAYANAN', name: 'Pelatihan Pelayanan Publik Prima', kind: 'SOCIO_CULTURAL', area: 'UMUM', jp: 16, provider: 'BKPSDM Kota Tebing Tinggi', isIt: false },
  { code: 'SKP', name: 'Workshop Penyusunan SKP dan Dialog Kinerja', kind: 'WORKSHOP', area: 'UMUM', jp: 8, provider: 'BKPSDM Kota Tebing Tinggi', isIt: false },
  { code: 'RB', name: 'Seminar Reformasi Birokrasi dan Budaya Kerja BerAKHLAK', kind: 'SEMINAR', area: 'UMUM', jp: 6, provider: 'Bagian Organisasi Setda', isIt: false },
  { code: 'LITDIG', name: 'E-learning Literasi Digital ASN', kind: 'E_LEARNING', area: 'UMUM', jp: 10, provider: 'ASN Unggul', isIt: true, online: true },
  { code: 'SRIKANDI', name: 'Bimbingan Teknis Aplikasi Srikandi (Arsip Dinamis)', kind: 'TECHNICAL_GUIDANCE', area: 'UMUM', jp: 16, provider: 'Dinas Perpustakaan dan Kearsipan', isIt: true },
  { code: 'EKINERJA', name: 'Bimbingan Teknis e-Kinerja BKN', kind: 'TECHNICAL_GUIDANCE', area: 'UMUM', jp: 12, provider: 'BKN Kantor Regional VI Medan', isIt: true },
  { code: 'SIASN', name: 'Pelatihan Sistem Informasi ASN (SIASN) untuk Pengelola Kepegawaian', kind: 'TECHNICAL', area: 'MANAJEMEN_SDM', jp: 24, provider: 'BKN Kantor Regional VI Medan', isIt: true },
  { code: 'SPBE', name: 'Pelatihan Sistem Pemerintahan Berbasis Elektronik (SPBE)', kind: 'TECHNICAL', area: 'TEKNOLOGI_INFORMASI', jp: 32, provider: 'Dinas Komunikasi dan Informatika', isIt: true },
  { code: 'KAMINFO', name: 'Pelatihan Keamanan Informasi dan Siber', kind: 'TECHNICAL', area: 'TEKNOLOGI_INFORMASI', jp: 30, provider: 'Badan Siber dan Sandi Negara', isIt: true },
  { code: 'PYTHON', name: 'Kursus Analisis Data dengan Python', kind: 'COURSE', area: 'TEKNOLOGI_INFORMASI', jp: 40, provider: 'Digital Talent Scholarship Kominfo', isIt: true, online: true },
  { code: 'WEBGOV', name: 'Bimbingan Teknis Pengelolaan Situs Web Pemerintah', kind: 'TECHNICAL_GUIDANCE', area: 'TEKNOLOGI_INFORMASI', jp: 20, provider: 'Dinas Komunikasi dan Informatika', isIt: true },
  { code: 'JARKOM', name: 'Pelatihan Jaringan Komputer Dasar', kind: 'TECHNICAL', area: 'TEKNOLOGI_INFORMASI', jp: 32, provider: 'Dinas Komunikasi dan Informatika', isIt: true },
  { code: 'SIPD', name: 'Bimbingan Teknis Sistem Informasi Pemerintahan Daerah (SIPD)', kind: 'TECHNICAL_GUIDANCE', area: 'KEUANGAN', jp: 24, provider: 'BPKPD Kota Tebing Tinggi', isIt: true },
  { code: 'LKPD', name: 'Bimbingan Teknis Penyusunan Laporan Keuangan Pemerintah Daerah', kind: 'TECHNICAL_GUIDANCE', area: 'KEUANGAN', jp: 24, provider: 'BPKPD Kota Tebing Tinggi', isIt: false },
  { code: 'PBJ', name: 'Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar', kind: 'TECHNICAL', area: 'UMUM', jp: 40, provider: 'LKPP', isIt: false },
  { code: 'KURMER', name: 'Pelatihan Implementasi Kurikulum Merdeka', kind: 'FUNCTIONAL', area: 'PENDIDIKAN', jp: 32, provider: 'Balai Guru Penggerak Sumatera Utara', isIt: false },
  { code: 'PMM', name: 'Pelatihan Mandiri Platform Merdeka Mengajar', kind: 'SELF_STUDY', area: 'PENDIDIKAN', jp: 20, provider: 'Kemendikbudristek', isIt: true, online: true },
  { code: 'KOMBEL', name: 'Komunitas Belajar Guru Kota Tebing Tinggi', kind: 'LEARNING_COMMUNITY', area: 'PENDIDIKAN', jp: 12, provider: 'Dinas Pendidikan', isIt: false },
  { code: 'DIGSEKOLAH', name: 'Pelatihan Pemanfaatan TIK dalam Pembelajaran', kind: 'TECHNICAL', area: 'PENDIDIKAN', jp: 24, provider: 'Dinas Pendidikan', isIt: true },
  { code: 'BTCLS', name: 'Pelatihan Basic Trauma and Cardiac Life Support (BTCLS)', kind: 'FUNCTIONAL', area: 'KESEHATAN', jp: 40, provider: 'RSUD dr. H. Kumpulan Pane', isIt: false },
  { code: 'PPI', name: 'Pelatihan Pencegahan dan Pengendalian Infeksi', kind: 'TECHNICAL', area: 'KESEHATAN', jp: 24, provider: 'Dinas Kesehatan', isIt: false },
  { code: 'SIMRS', name: 'Pelatihan Sistem Informasi Manajemen Rumah Sakit (SIMRS) dan Rekam Medis Elektronik', kind: 'TECHNICAL', area: 'KESEHATAN', jp: 20, provider: 'RSUD dr. H. Kumpulan Pane', isIt: true },
  { code: 'MENTORKES', name: 'Mentoring Klinis Tenaga Kesehatan', kind: 'MENTORING', area: 'KESEHATAN', jp: 10, provider: 'Dinas Kesehatan', isIt: false },
  { code: 'AUDIT', name: 'Pelatihan Fungsional Auditor Ahli', kind: 'FUNCTIONAL', area: 'PENGAWASAN', jp: 60, provider: 'Pusdiklatwas BPKP', isIt: false },
  { code: 'POLPP', name: 'Pelatihan Dasar Polisi Pamong Praja', kind: 'FUNCTIONAL', area: 'KETERTIBAN_UMUM', jp: 50, provider: 'Kementerian Dalam Negeri', isIt: false },
  { code: 'ADMINDUK', name: 'Bimbingan Teknis Sistem Informasi Administrasi Kependudukan (SIAK)', kind: 'TECHNICAL_GUIDANCE', area: 'KEPENDUDUKAN', jp: 20, provider: 'Ditjen Dukcapil', isIt: true },
  { code: 'PERENCANA', name: 'Pelatihan Perencanaan dan Penganggaran Berbasis Kinerja', kind: 'TECHNICAL', area: 'PERENCANAAN', jp: 30, provider: 'Bappenas', isIt: false },
  { code: 'JALAN', name: 'Pelatihan Teknis Pemeliharaan Jalan dan Jembatan', kind: 'TECHNICAL', area: 'PEKERJAAN_UMUM', jp: 30, provider: 'BPSDM Kementerian PUPR', isIt: false },
  { code: 'PEMERINTAHAN', name: 'Bimbingan Teknis Tata Kelola Pemerintahan Kelurahan', kind: 'TECHNICAL_GUIDANCE', area: 'PEMERINTAHAN', jp: 16, provider: 'Bagian Tata Pemerintahan Setda', isIt: false },
  { code: 'DTKS', name: 'Bimbingan Teknis Pengelolaan Data Terpadu Kesejahteraan Sosial', kind: 'TECHNICAL_GUIDANCE', area: 'SOSIAL', jp: 16, provider: 'Dinas Sosial', isIt: true },
  { code: 'LEGAL', name: 'Pelatihan Penyusunan Produk Hukum Daerah', kind: 'TECHNICAL', area: 'HUKUM', jp: 24, provider: 'Kanwil Kementerian Hukum Sumatera Utara', isIt: false },
  { code: 'COACHING', name: 'Coaching Kinerja oleh Atasan Langsung', kind: 'COACHING', area: 'UMUM', jp: 6, provider: 'BKPSDM Kota Tebing Tinggi', isIt: false },
  { code: 'MAGANG', name: 'Magang Layanan Publik di Mal Pelayanan Publik', kind: 'INTERNSHIP', area: 'UMUM', jp: 24, provider: 'DPMPTSP Kota Tebing Tinggi', isIt: false },
];
