import {
  addDays,
  addYears,
  type Education,
  type EmploymentType,
  formatNip,
  type Gender,
  type IsoDate,
  JABATAN_KIND_OF,
  type JabatanKind,
  type JabatanLevel,
  makeDate,
  PANGKATS,
  type Pangkat,
  pangkatRank,
  parseNip,
  unwrap,
  wholeYearsBetween,
} from '@kinerja/domain';
import { personName } from './names.js';
import type { HeadKind, StaffProfile } from './organisation.js';
import type { Random } from './random.js';

/** One period in a pangkat or a jabatan. */
export type PangkatSpell = { readonly pangkat: Pangkat; readonly from: IsoDate; readonly to: IsoDate | null };
export type JabatanSpell = {
  readonly level: JabatanLevel;
  readonly kind: JabatanKind;
  readonly title: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
};

/** An employee as the seed builds it, before rows. */
export type Person = {
  readonly id: number;
  readonly instansiId: number;
  readonly unitId: number;
  readonly nip: string;
  readonly name: string;
  readonly gender: Gender;
  readonly birthDate: IsoDate;
  readonly employment: EmploymentType;
  readonly education: Education;
  readonly serviceStart: IsoDate;
  readonly area: string;
  readonly email: string;
  readonly phone: string;
  readonly pangkats: readonly PangkatSpell[];
  readonly jabatans: readonly JabatanSpell[];
  /** Latent tendencies that make a person's years resemble each other (standard normal). */
  readonly talent: number;
  readonly conduct: number;
  readonly isHead: boolean;
};

type Job = {
  readonly levels: readonly (readonly [JabatanLevel, number])[];
  readonly title: (level: JabatanLevel, random: Random) => string;
  readonly education: (level: JabatanLevel, random: Random) => Education;
  readonly pppk: number;
  /** The job family; null: the unit's. */
  readonly area: string | null;
  readonly gelar: (education: Education, random: Random) => { prefix?: string; suffix?: string };
};

const LEVEL_LABEL: Readonly<Record<JabatanLevel, string>> = {
  JPT_UTAMA: 'Utama',
  JPT_MADYA: 'Madya',
  JPT_PRATAMA: 'Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  AHLI_UTAMA: 'Ahli Utama',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_PERTAMA: 'Ahli Pertama',
  PENYELIA: 'Penyelia',
  MAHIR: 'Mahir',
  TERAMPIL: 'Terampil',
  PEMULA: 'Pemula',
  PELAKSANA: 'Pelaksana',
};

const KETERAMPILAN: readonly JabatanLevel[] = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'];
const isKeterampilan = (level: JabatanLevel) => KETERAMPILAN.includes(level);
const fungsional = (name: string) => (level: JabatanLevel) => `${name} ${LEVEL_LABEL[level]}`;
const ahliOrD3 = (ahli: Education, r: Random, s2 = 0.1) => (r.chance(s2) ? 'S2' : ahli);
const general = (e: Education, r: Random) =>
  e === 'S2'
    ? { suffix: r.pick(['M.Si.', 'M.M.', 'M.AP.', 'M.H.']) }
    : e === 'S1_D4'
      ? { suffix: r.pick(['S.E.', 'S.H.', 'S.Sos.', 'S.IP.', 'S.AP.', 'S.T.']) }
      : e === 'D3'
        ? { suffix: 'A.Md.' }
        : {};

// biome-ignore format: one job per entry
const JOBS = {
  GURU: { levels: [['AHLI_PERTAMA', 35], ['AHLI_MUDA', 35], ['AHLI_MADYA', 30]], title: fungsional('Guru'),
    education: (_l, r) => (r.chance(0.12) ? 'S2' : 'S1_D4'), pppk: 0.35, area: 'PENDIDIKAN',
    gelar: (e) => ({ suffix: e === 'S2' ? 'M.Pd.' : 'S.Pd.' }) },
  DOKTER: { levels: [['AHLI_PERTAMA', 40], ['AHLI_MUDA', 40], ['AHLI_MADYA', 20]], title: fungsional('Dokter'),
    education: (_l, r) => (r.chance(0.25) ? 'S2' : 'S1_D4'), pppk: 0.1, area: 'KESEHATAN',
    gelar: (e) => ({ prefix: 'dr.', ...(e === 'S2' ? { suffix: 'Sp.PD' } : {}) }) },
  DOKTER_GIGI: { levels: [['AHLI_PERTAMA', 50], ['AHLI_MUDA', 50]], title: fungsional('Dokter Gigi'),
    education: () => 'S1_D4', pppk: 0.1, area: 'KESEHATAN', gelar: () => ({ prefix: 'drg.' }) },
  PERAWAT: { levels: [['TERAMPIL', 25], ['MAHIR', 20], ['PENYELIA', 10], ['AHLI_PERTAMA', 25], ['AHLI_MUDA', 15], ['AHLI_MADYA', 5]],
    title: fungsional('Perawat'), education: (l) => (isKeterampilan(l) ? 'D3' : 'S1_D4'), pppk: 0.3, area: 'KESEHATAN',
    gelar: (e) => ({ suffix: e === 'D3' ? 'A.Md.Kep.' : 'S.Kep., Ns.' }) },
  BIDAN: { levels: [['TERAMPIL', 35], ['MAHIR', 25], ['PENYELIA', 10], ['AHLI_PERTAMA', 20], ['AHLI_MUDA', 10]],
    title: fungsional('Bidan'), education: (l) => (isKeterampilan(l) ? 'D3' : 'S1_D4'), pppk: 0.3, area: 'KESEHATAN',
    gelar: (e) => ({ suffix: e === 'D3' ? 'A.Md.Keb.' : 'S.Tr.Keb.' }) },
  NAKES: { levels: [['TERAMPIL', 30], ['MAHIR', 25], ['AHLI_PERTAMA', 30], ['AHLI_MUDA', 15]],
    title: (l, r) => fungsional(r.pick(['Apoteker', 'Pranata Laboratorium Kesehatan', 'Nutrisionis', 'Sanitarian', 'Perekam Medis', 'Radiografer']))(l),
    education: (l) => (isKeterampilan(l) ? 'D3' : 'S1_D4'), pppk: 0.2, area: 'KESEHATAN',
    gelar: (e) => ({ suffix: e === 'D3' ? 'A.Md.Kes.' : 'S.KM.' }) },
  PELAKSANA: { levels: [['PELAKSANA', 1]],
    title: (_l, r) => r.pick(['Pengadministrasi Perkantoran', 'Penata Layanan Operasional', 'Pengolah Data dan Informasi', 'Operator Layanan Operasional', 'Pengelola Umum Operasional']),
    education: (_l, r) => r.weighted([['SLTA', 45], ['D3', 20], ['S1_D4', 30], ['SLTP', 3], ['SD', 2]]), pppk: 0.12, area: null, gelar: general },
  KEUANGAN: { levels: [['PELAKSANA', 1]], title: (_l, r) => r.pick(['Pengelola Keuangan', 'Bendahara', 'Penata Kelola Keuangan']),
    education: (_l, r) => r.weighted([['SLTA', 30], ['D3', 25], ['S1_D4', 45]]), pppk: 0.05, area: 'KEUANGAN', gelar: general },
  TENDIK: { levels: [['PELAKSANA', 1]], title: (_l, r) => r.pick(['Pengadministrasi Sekolah', 'Operator Sekolah', 'Pengelola Perpustakaan Sekolah', 'Penjaga Sekolah']),
    education: (_l, r) => r.weighted([['SLTA', 55], ['D3', 15], ['S1_D4', 20], ['SLTP', 6], ['SD', 4]]), pppk: 0.25, area: 'PENDIDIKAN', gelar: general },
  ANALIS: { levels: [['AHLI_PERTAMA', 45], ['AHLI_MUDA', 40], ['AHLI_MADYA', 15]], title: fungsional('Analis Kebijakan'),
    education: (_l, r) => ahliOrD3('S1_D4', r, 0.2), pppk: 0.05, area: null, gelar: general },
  PRAKOM: { levels: [['TERAMPIL', 25], ['MAHIR', 15], ['AHLI_PERTAMA', 40], ['AHLI_MUDA', 20]], title: fungsional('Pranata Komputer'),
    education: (l) => (isKeterampilan(l) ? 'D3' : 'S1_D4'), pppk: 0.15, area: 'TEKNOLOGI_INFORMASI',
    gelar: (e) => ({ suffix: e === 'D3' ? 'A.Md.Kom.' : 'S.Kom.' }) },
  AUDITOR: { levels: [['AHLI_PERTAMA', 40], ['AHLI_MUDA', 40], ['AHLI_MADYA', 20]], title: fungsional('Auditor'),
    education: (_l, r) => ahliOrD3('S1_D4', r, 0.2), pppk: 0, area: 'PENGAWASAN',
    gelar: (e) => ({ suffix: e === 'S2' ? 'M.Ak.' : 'S.E., Ak.' }) },
  POLPP: { levels: [['TERAMPIL', 40], ['MAHIR', 30], ['PENYELIA', 15], ['AHLI_PERTAMA', 15]], title: fungsional('Polisi Pamong Praja'),
    education: (l, r) => (isKeterampilan(l) ? r.weighted([['SLTA', 70], ['D3', 30]]) : 'S1_D4'), pppk: 0.1, area: 'KETERTIBAN_UMUM', gelar: general },
  PERENCANA: { levels: [['AHLI_PERTAMA', 40], ['AHLI_MUDA', 40], ['AHLI_MADYA', 20]], title: fungsional('Perencana'),
    education: (_l, r) => ahliOrD3('S1_D4', r, 0.25), pppk: 0, area: 'PERENCANAAN', gelar: general },
  ANALIS_SDM: { levels: [['AHLI_PERTAMA', 45], ['AHLI_MUDA', 40], ['AHLI_MADYA', 15]], title: fungsional('Analis Sumber Daya Manusia Aparatur'),
    education: (_l, r) => ahliOrD3('S1_D4', r, 0.2), pppk: 0, area: 'MANAJEMEN_SDM', gelar: general },
  ARSIPARIS: { levels: [['TERAMPIL', 40], ['MAHIR', 20], ['AHLI_PERTAMA', 40]], title: fungsional('Arsiparis'),
    education: (l) => (isKeterampilan(l) ? 'D3' : 'S1_D4'), pppk: 0.1, area: 'ADMINISTRASI_UMUM', gelar: general },
} satisfies Record<string, Job>;
type JobKey = keyof typeof JOBS;

const OFFICE_BY_AREA: Readonly<Record<string, JobKey>> = {
  PENGAWASAN: 'AUDITOR',
  KETERTIBAN_UMUM: 'POLPP',
  PERENCANAAN: 'PERENCANA',
  MANAJEMEN_SDM: 'ANALIS_SDM',
  TEKNOLOGI_INFORMASI: 'PRAKOM',
};

/** The kind of job a member of a unit holds. */
const jobFor = (staff: StaffProfile, area: string, random: Random): JobKey => {
  switch (staff) {
    case 'SD':
      return random.weighted([
        ['GURU', 82],
        ['TENDIK', 18],
      ]);
    case 'SMP':
      return random.weighted([
        ['GURU', 86],
        ['TENDIK', 14],
      ]);
    case 'PUSKESMAS':
      return random.weighted([
        ['DOKTER', 10],
        ['DOKTER_GIGI', 3],
        ['PERAWAT', 33],
        ['BIDAN', 27],
        ['NAKES', 12],
        ['PELAKSANA', 15],
      ]);
    case 'HOSPITAL':
      return random.weighted([
        ['DOKTER', 12],
        ['DOKTER_GIGI', 1],
        ['PERAWAT', 45],
        ['BIDAN', 8],
        ['NAKES', 16],
        ['PELAKSANA', 18],
      ]);
    case 'KELURAHAN':
      return random.weighted([
        ['PELAKSANA', 90],
        ['KEUANGAN', 10],
      ]);
    default: {
      const special = OFFICE_BY_AREA[area];
      return random.weighted<JobKey>([
        ['PELAKSANA', 50],
        ['KEUANGAN', 10],
        ['ANALIS', 15],
        ['PRAKOM', 4],
        ['ARSIPARIS', 3],
        ...(special ? ([[special, 30]] as const) : []),
      ]);
    }
  }
};

/** MERIT-1: the pangkat a level is usually held at (PNS). */
const PANGKAT_RANGE: Readonly<Record<JabatanLevel, readonly [Pangkat, Pangkat]>> = {
  JPT_UTAMA: ['IV_D', 'IV_E'],
  JPT_MADYA: ['IV_C', 'IV_E'],
  JPT_PRATAMA: ['IV_B', 'IV_D'],
  ADMINISTRATOR: ['III_D', 'IV_B'],
  PENGAWAS: ['III_B', 'III_D'],
  AHLI_UTAMA: ['IV_D', 'IV_E'],
  AHLI_MADYA: ['IV_A', 'IV_C'],
  AHLI_MUDA: ['III_C', 'III_D'],
  AHLI_PERTAMA: ['III_A', 'III_B'],
  PENYELIA: ['III_C', 'III_D'],
  MAHIR: ['III_A', 'III_B'],
  TERAMPIL: ['II_B', 'II_D'],
  PEMULA: ['II_A', 'II_A'],
  PELAKSANA: ['II_A', 'III_C'],
};

/** The pangkat a new civil servant enters at, by education. */
const ENTRY_PANGKAT: Readonly<Record<Education, Pangkat>> = {
  SD: 'I_A',
  SLTP: 'I_C',
  SLTA: 'II_A',
  D1: 'II_A',
  D2: 'II_B',
  D3: 'II_C',
  S1_D4: 'III_A',
  S2: 'III_B',
  S3: 'III_C',
};

/** A pelaksana's pangkat stays within what their education reaches. */
const PELAKSANA_TOP: Readonly<Record<Education, Pangkat>> = {
  SD: 'II_A',
  SLTP: 'II_C',
  SLTA: 'III_B',
  D1: 'III_B',
  D2: 'III_C',
  D3: 'III_C',
  S1_D4: 'III_D',
  S2: 'III_D',
  S3: 'III_D',
};

const AGE_AT_START: Readonly<Record<Education, readonly [number, number]>> = {
  SD: [19, 28],
  SLTP: [19, 28],
  SLTA: [19, 27],
  D1: [20, 28],
  D2: [21, 29],
  D3: [21, 29],
  S1_D4: [23, 32],
  S2: [25, 35],
  S3: [28, 38],
};

const RETIREMENT_AGE = (level: JabatanLevel) =>
  level.startsWith('JPT') || level === 'AHLI_MADYA' ? 60 : level === 'AHLI_UTAMA' ? 65 : 58;

const HEAD_JOB: Readonly<Record<HeadKind, { level: JabatanLevel; job: JobKey | null }>> = {
  SEKDA: { level: 'JPT_PRATAMA', job: null },
  JPT_UTAMA: { level: 'JPT_UTAMA', job: null },
  JPT_PRATAMA: { level: 'JPT_PRATAMA', job: null },
  ADMINISTRATOR: { level: 'ADMINISTRATOR', job: null },
  PENGAWAS: { level: 'PENGAWAS', job: null },
  KEPALA_SEKOLAH: { level: 'AHLI_MADYA', job: 'GURU' },
  KEPALA_PUSKESMAS: { level: 'AHLI_MADYA', job: 'DOKTER' },
};

const pangkatBetween = (random: Random, [low, high]: readonly [Pangkat, Pangkat]): Pangkat =>
  PANGKATS[random.int(pangkatRank(low), pangkatRank(high))] as Pangkat;

const firstOf = (year: number, month: number): IsoDate => unwrap(makeDate(year, month, 1));

/** A promotion date: 1 April or 1 October, as pangkat used to be granted, `years` before `before`. */
const promotionDate = (before: IsoDate, years: number, random: Random): IsoDate => {
  const y = Number(before.slice(0, 4)) - years;
  const month = random.chance(0.5) ? 4 : 10;
  const candidate = firstOf(y, month);
  return candidate <= before ? candidate : firstOf(y - 1, month);
};

/** Builds employees with valid NIPs (ID-1), checked by the domain's parser on the way out. */
export class PeopleFactory {
  readonly #random: Random;
  readonly #today: IsoDate;
  readonly #sequences = new Map<string, number>();
  #nextId = 1;

  constructor(random: Random, today: IsoDate) {
    this.#random = random;
    this.#today = today;
  }

  /** The head of a unit. */
  head(kind: HeadKind, title: string, unit: { id: number; instansiId: number; area: string }): Person {
    const { level, job } = HEAD_JOB[kind];
    const r = this.#random;
    const education: Education =
      kind === 'JPT_UTAMA'
        ? 'S3'
        : level === 'JPT_PRATAMA'
          ? r.weighted([
              ['S2', 85],
              ['S3', 15],
            ])
          : level === 'ADMINISTRATOR'
            ? r.weighted([
                ['S1_D4', 40],
                ['S2', 60],
              ])
            : level === 'PENGAWAS'
              ? r.weighted([
                  ['D3', 10],
                  ['S1_D4', 70],
                  ['S2', 20],
                ])
              : r.weighted([
                  ['S1_D4', 60],
                  ['S2', 40],
                ]);
    const gelar = job ? JOBS[job].gelar(education, r) : general(education, r);
    return this.#build({
      level,
      title,
      education,
      employment: 'PNS',
      area: job ? (JOBS[job].area ?? unit.area) : unit.area,
      gelar,
      unit,
      isHead: true,
      minYearsInRank: 0,
    });
  }

  /** A member of a unit with the unit's kind of staff. */
  member(staff: StaffProfile, unit: { id: number; instansiId: number; area: string }): Person {
    const r = this.#random;
    const job: Job = JOBS[jobFor(staff, unit.area, r)];
    const level = r.weighted(job.levels);
    const education = job.education(level, r);
    const employment: EmploymentType = r.chance(job.pppk) ? 'PPPK' : 'PNS';
    return this.#build({
      level,
      title: job.title(level, r),
      education,
      employment,
      area: job.area ?? unit.area,
      gelar: job.gelar(education, r),
      unit,
      isHead: false,
      minYearsInRank: 0,
    });
  }

  #build(input: {
    level: JabatanLevel;
    title: string;
    education: Education;
    employment: EmploymentType;
    area: string;
    gelar: { prefix?: string; suffix?: string };
    unit: { id: number; instansiId: number; area: string };
    isHead: boolean;
    minYearsInRank: number;
  }): Person {
    const r = this.#random;
    const today = this.#today;
    const { level, education, employment } = input;
    const gender: Gender = r.chance(input.unit.area === 'PENDIDIKAN' || input.unit.area === 'KESEHATAN' ? 0.68 : 0.45)
      ? 'FEMALE'
      : 'MALE';
    const kind = JABATAN_KIND_OF[level];
    let pangkats: PangkatSpell[] = [];
    let serviceStart: IsoDate;
    let birthDate: IsoDate;
    const [minAge, maxAge] = AGE_AT_START[education];
    if (employment === 'PPPK') {
      serviceStart = firstOf(r.int(2021, Math.max(2021, Number(today.slice(0, 4)) - 1)), r.pick([1, 3, 4, 10]));
      birthDate = addDays(addYears(serviceStart, -r.int(24, 45)), -r.int(0, 364));
    } else {
      const range = PANGKAT_RANGE[level];
      let current = pangkatBetween(r, range);
      if (level === 'PELAKSANA' && pangkatRank(current) > pangkatRank(PELAKSANA_TOP[education]))
        current = PELAKSANA_TOP[education];
      const entry = pangkatRank(ENTRY_PANGKAT[education]) <= pangkatRank(current) ? ENTRY_PANGKAT[education] : current;
      // Years in the current pangkat: about a third are past the 4 years of MERIT-2.
      const yearsInRank = r.weighted([
        [0, 12],
        [1, 16],
        [2, 16],
        [3, 16],
        [4, 14],
        [5, 10],
        [6, 8],
        [8, 8],
      ]);
      const steps = pangkatRank(current) - pangkatRank(entry);
      const since = promotionDate(today, yearsInRank, r);
      const starts: IsoDate[] = [since];
      for (let s = 0; s < steps; s += 1) starts.unshift(promotionDate(starts[0] as IsoDate, r.int(3, 5), r));
      // Entry (TMT CPNS) on the 1st of a month of the first step's year.
      const first = starts[0] as IsoDate;
      starts[0] = firstOf(Number(first.slice(0, 4)), Math.min(r.pick([1, 3, 4]), Number(first.slice(5, 7))));
      serviceStart = starts[0] as IsoDate;
      const ageAtStart = r.int(minAge, maxAge);
      birthDate = addDays(addYears(serviceStart, -ageAtStart), -r.int(0, 364));
      const retire = RETIREMENT_AGE(level);
      const tooOld = wholeYearsBetween(birthDate, today) - (retire - 1);
      if (tooOld > 0) birthDate = addYears(birthDate, Math.min(tooOld, ageAtStart - 18));
      pangkats = starts.map((from, i) => ({
        pangkat: PANGKATS[pangkatRank(entry) + i] as Pangkat,
        from,
        to: starts[i + 1] ?? null,
      }));
    }
    const jabatans = this.#jabatans(level, kind, input.title, serviceStart, r);
    const nip = this.#nip(birthDate, serviceStart, gender);
    const plain = personName(r, gender);
    const name = `${input.gelar.prefix ? `${input.gelar.prefix} ` : ''}${plain}${input.gelar.suffix ? `, ${input.gelar.suffix}` : ''}`;
    const id = this.#nextId;
    this.#nextId += 1;
    const handle = plain.toLowerCase().replace(/[^a-z]+/g, '.');
    return {
      id,
      instansiId: input.unit.instansiId,
      unitId: input.unit.id,
      nip,
      name,
      gender,
      birthDate,
      employment,
      education,
      serviceStart,
      area: input.area,
      email: `${handle}.${nip.slice(-4)}@${input.unit.instansiId === 1 ? 'tebingtinggikota.go.id' : 'bkn.go.id'}`,
      phone: `08${r.pick(['11', '12', '13', '21', '22', '52', '53', '77', '78', '81'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
      pangkats,
      jabatans,
      talent: r.normal(),
      conduct: r.normal(),
      isHead: input.isHead,
    };
  }

  /** The current jabatan, and for a senior one the level held before it. */
  #jabatans(level: JabatanLevel, kind: JabatanKind, title: string, serviceStart: IsoDate, r: Random): JabatanSpell[] {
    const serviceYears = wholeYearsBetween(serviceStart, this.#today);
    const previous: Partial<Record<JabatanLevel, JabatanLevel>> = {
      JPT_UTAMA: 'JPT_MADYA',
      JPT_PRATAMA: 'ADMINISTRATOR',
      ADMINISTRATOR: 'PENGAWAS',
      PENGAWAS: 'PELAKSANA',
      AHLI_MADYA: 'AHLI_MUDA',
      AHLI_MUDA: 'AHLI_PERTAMA',
      PENYELIA: 'MAHIR',
      MAHIR: 'TERAMPIL',
    };
    const before = previous[level];
    if (!before || serviceYears < 4) return [{ level, kind, title, from: serviceStart, to: null }];
    const since = firstOf(
      Number(this.#today.slice(0, 4)) - r.int(1, Math.min(8, serviceYears - 1)),
      r.pick([1, 4, 7, 10]),
    );
    const beforeTitle =
      before === 'PELAKSANA'
        ? 'Pengadministrasi Perkantoran'
        : kind === 'FUNGSIONAL'
          ? title.replace(LEVEL_LABEL[level], LEVEL_LABEL[before])
          : before === 'ADMINISTRATOR'
            ? 'Kepala Bidang'
            : before === 'PENGAWAS'
              ? 'Kepala Seksi'
              : 'Deputi';
    return [
      { level: before, kind: JABATAN_KIND_OF[before], title: beforeTitle, from: serviceStart, to: since },
      { level, kind, title, from: since, to: null },
    ];
  }

  /** ID-1: the NIP of the parts, with the next free sequence number for them; parsed back as a check. */
  #nip(birthDate: IsoDate, serviceStart: IsoDate, gender: Gender): string {
    const start = { year: Number(serviceStart.slice(0, 4)), month: Number(serviceStart.slice(5, 7)) };
    const key = `${birthDate}|${serviceStart.slice(0, 7)}|${gender}`;
    const sequence = (this.#sequences.get(key) ?? 0) + 1;
    this.#sequences.set(key, sequence);
    const nip = formatNip({ birthDate, serviceStart: start, gender, sequence });
    const parsed = parseNip(nip, { today: this.#today, gender });
    if (!parsed.ok) throw new Error(`seed built an invalid NIP ${nip}: ${parsed.error.message}`);
    return nip;
  }
}
