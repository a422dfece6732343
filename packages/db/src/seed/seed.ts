import {
  type AnnualPredikat,
  addDays,
  applyOverride,
  BERAKHLAK_VALUES,
  type BerakhlakRatings,
  type CandidateSession,
  changeRecommendationStatus,
  checkDistribution,
  compareDates,
  DEFAULT_POLICY,
  date,
  type EmployeeFactsInput,
  type EnrolmentFacts,
  type EnrolmentStatus,
  enrol,
  evaluatorOf,
  type Iki,
  type IsoDate,
  JABATAN_LEVELS,
  type JabatanLevel,
  latestPredikat,
  type OrgPredikat,
  type PeriodicPredikat,
  type Predikat,
  periodsOfYear,
  predikatOf,
  type RatedRhk,
  type Rating,
  type RecommendationStatus,
  rankPromotionDueOn,
  recommend,
  SANCTION_INFO,
  type Sanction,
  sanctionTypesOf,
  suggestAnnualPredikat,
  suggestBehaviourRating,
  suggestResultsRating,
  suggestRhkRating,
  type TalentBoxResult,
  type TrainingStatus,
  trainingStatus,
  unitLeaderResultsRating,
  unwrap,
  yearFacts,
} from '@kinerja/domain';
import { type Kysely, sql } from 'kysely';
import { rawHandleOf } from '../create-db.js';
import type { DB } from '../database.js';
import { hashPassword } from '../password.js';
import {
  BERAKHLAK_EXPECTATIONS,
  FEEDBACK,
  OVERRIDE_REASONS,
  PROGRAMS,
  type ProgramTemplate,
  type RhkTemplate,
  TAMBAHAN,
  utamaTemplates,
} from './content.js';
import { allocate, planUnits, type UnitPlan } from './organisation.js';
import { PeopleFactory, type Person } from './people.js';
import { createRandom, type Random } from './random.js';
import { type CopyValue, json, type Loader, pgLoader, pgliteLoader, RowSink } from './sink.js';
import { DEMO_USERS } from './users.js';

/** How to seed. */
export type SeedOptions = {
  /** Employees in total, BKN's included (default 3,000; at least 150). */
  readonly employees?: number | undefined;
  /** The day the demo is "today": SKPs of its year are in progress, sessions after it are open (default 2026-11-28). */
  readonly today?: IsoDate | undefined;
  /** The pseudo-random seed: the same options give the same rows (default 'kinerja'). */
  readonly seed?: string | number | undefined;
  /** Empty every table first (the audit log included). Without it, a database with data is refused. */
  readonly reset?: boolean | undefined;
  /** Hashes the demo users' passwords (default: argon2id, as sign-in checks them). */
  readonly hashPassword?: ((password: string) => string | Promise<string>) | undefined;
  readonly log?: ((message: string) => void) | undefined;
  readonly progress?:
    | ((p: { readonly phase: string; readonly done: number; readonly total: number }) => void)
    | undefined;
};

/** What a seed loaded. */
export type SeedSummary = {
  readonly employees: number;
  readonly units: number;
  /** The demo users, with the NIP of the employee each one is (they may sign in with it). */
  readonly users: readonly { readonly username: string; readonly nip: string | null }[];
  readonly rows: Readonly<Record<string, number>>;
  readonly ms: number;
};

/** The demo's default "today". */
export const DEFAULT_SEED_TODAY: IsoDate = date('2026-11-28');
/** The default number of employees. */
export const DEFAULT_SEED_EMPLOYEES = 3000;

/** The demo covers today's year (in progress) and the three before it. */
const yearsUpTo = (thisYear: number) => [thisYear - 3, thisYear - 2, thisYear - 1, thisYear];
const POLICY = DEFAULT_POLICY;

// biome-ignore format: one table per row, parents before children (the COPY order)
const TABLES: Readonly<Record<string, readonly string[]>> = {
  instansi: ['id', 'code', 'name', 'kind'],
  policy_version: ['id', 'instansi_id', 'effective_from', 'policy', 'note'],
  unit: ['id', 'instansi_id', 'parent_id', 'code', 'name', 'kind'],
  employee: ['id', 'instansi_id', 'unit_id', 'nip', 'name', 'gender', 'birth_date', 'employment', 'education', 'service_start',
    'competency_area', 'email', 'phone', 'current_pangkat', 'pangkat_since', 'current_jabatan_level', 'current_jabatan_kind',
    'current_jabatan_title'],
  pangkat_history: ['id', 'employee_id', 'pangkat', 'tmt_from', 'tmt_to', 'decree_number'],
  jabatan_history: ['id', 'employee_id', 'level', 'kind', 'title', 'unit_id', 'tmt_from', 'tmt_to'],
  unit_org_predikat: ['id', 'unit_id', 'year', 'predikat', 'set_by_id', 'set_at'],
  competency_standard: ['id', 'instansi_id', 'jabatan_level', 'competency_area', 'min_score', 'description'],
  assessment: ['id', 'employee_id', 'kind', 'score', 'assessed_on', 'competency_standard_id', 'competency_meets_standard', 'assessor'],
  sanction: ['id', 'employee_id', 'level', 'type', 'start_date', 'months', 'decided_by', 'decree_number', 'reason'],
  skp: ['id', 'employee_id', 'year', 'unit_id', 'evaluator_id', 'evaluator_superior_id', 'state', 'results_rating_suggested',
    'results_rating_final', 'results_rating_override_reason', 'behaviour_rating_suggested', 'behaviour_rating_final',
    'behaviour_rating_override_reason', 'annual_predikat_suggested', 'annual_predikat', 'evaluated_at', 'finalised_at'],
  skp_rhk: ['id', 'skp_id', 'position', 'jenis', 'description', 'parent_rhk_id', 'rating_suggested', 'rating'],
  skp_iki: ['id', 'rhk_id', 'position', 'aspect', 'indicator', 'target_value', 'target_unit', 'target_text'],
  skp_realisation: ['id', 'iki_id', 'period', 'value', 'description', 'evidence_links', 'feedback'],
  skp_behaviour: ['id', 'skp_id', 'value', 'expectation', 'rating', 'feedback'],
  skp_period_evaluation: ['id', 'skp_id', 'periodicity', 'period', 'results_rating', 'behaviour_rating', 'predikat', 'evaluated_at'],
  distribution_decision: ['id', 'unit_id', 'year', 'org_predikat', 'outcome', 'rated_count', 'counts', 'violations',
    'policy_version_id', 'decided_by_id', 'decided_at'],
  training_program: ['id', 'instansi_id', 'code', 'name', 'kind', 'competency_area', 'jp', 'provider', 'is_it', 'description'],
  training_session: ['id', 'program_id', 'start_date', 'end_date', 'place', 'link', 'capacity'],
  enrolment: ['id', 'session_id', 'employee_id', 'status', 'waitlist_position', 'jp_credited', 'score', 'enrolled_at',
    'completed_on'],
  employee_year_fact: ['employee_id', 'year', 'instansi_id', 'unit_id', 'employment', 'gender', 'education', 'pangkat',
    'jabatan_level', 'jabatan_kind', 'annual_predikat', 'jp_done', 'jp_planned', 'jp_shortfall', 'jp_met', 'kinerja_level',
    'potensi_level', 'talent_box', 'succession_member', 'policy_version_id', 'computed_at'],
  app_user: ['id', 'username', 'employee_id', 'instansi_id', 'display_name', 'password_hash'],
  user_role: ['id', 'user_id', 'role', 'unit_id'],
  recommendation: ['id', 'employee_id', 'kind', 'year', 'trigger_key', 'reasons', 'actions', 'status', 'created_at'],
  recommendation_status_history: ['id', 'recommendation_id', 'from_status', 'to_status', 'changed_by_id', 'changed_at', 'note'],
  seed_latest_predikat: ['employee_id', 'predikat', 'year'],
  seed_rank_due: ['employee_id', 'due_on'],
};

/** Every table the seed fills, for `reset` (children first is not needed: truncate ... cascade). */
const APP_TABLES = Object.keys(TABLES).filter((t) => !t.startsWith('seed_'));

type Unit = {
  readonly id: number;
  readonly plan: UnitPlan;
  readonly instansiId: number;
  readonly parentId: number | null;
  headId: number | null;
};

type YearSummary = { predikat: Predikat | null; state: string };

const INSTANSI = { PEMKOT: 1, BKN: 2 } as const;
const POLICY_VERSION = { PEMKOT: 1, BKN: 2 } as const;

const at = (d: IsoDate, time = '08:00:00') => `${d}T${time}Z`;
const neighbour = (r: Rating, random: Random): Rating =>
  r === 'SESUAI' ? random.pick(['DI_ATAS', 'DI_BAWAH'] as const) : 'SESUAI';
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The share of each predikat (SANGAT_BAIK .. SANGAT_KURANG) a unit head aims at under each organisation predikat. */
const CURVE: Readonly<Record<OrgPredikat, readonly number[]>> = {
  ISTIMEWA: [45, 45, 8, 2, 0],
  BAIK: [15, 65, 15, 4, 1],
  BUTUH_PERBAIKAN: [5, 25, 65, 4, 1],
  KURANG: [0, 15, 15, 65, 5],
  SANGAT_KURANG: [0, 10, 10, 10, 70],
};

/** Results and behaviour ratings an evaluator would give for a predikat (EVAL-2 read backwards). */
const ratingsFor = (predikat: Predikat, r: Random): [Rating, Rating] => {
  switch (predikat) {
    case 'SANGAT_BAIK':
      return ['DI_ATAS', 'DI_ATAS'];
    case 'BAIK':
      return r.weighted<[Rating, Rating]>([
        [['SESUAI', 'SESUAI'], 60],
        [['DI_ATAS', 'SESUAI'], 25],
        [['SESUAI', 'DI_ATAS'], 15],
      ]);
    case 'BUTUH_PERBAIKAN':
      return ['DI_BAWAH', r.chance(0.8) ? 'SESUAI' : 'DI_ATAS'];
    case 'KURANG_MISCONDUCT':
      return [r.chance(0.8) ? 'SESUAI' : 'DI_ATAS', 'DI_BAWAH'];
    case 'SANGAT_KURANG':
      return ['DI_BAWAH', 'DI_BAWAH'];
  }
};

/** Ratings from a person's tendencies, for the year in progress. */
const latentRatings = (p: Person, r: Random): [Rating, Rating] => {
  const x = 0.8 * p.talent + 0.6 * r.normal();
  const y = 0.8 * p.conduct + 0.6 * r.normal();
  return [
    x > 0.85 ? 'DI_ATAS' : x < -1.5 ? 'DI_BAWAH' : 'SESUAI',
    y > 0.75 ? 'DI_ATAS' : y < -2.1 ? 'DI_BAWAH' : 'SESUAI',
  ];
};

/** The generator: builds rows and hands them to the sink, table by table, parents first. */
class DemoBuilder {
  readonly #sink: RowSink;
  readonly #random: Random;
  readonly #today: IsoDate;
  readonly #employees: number;
  readonly #options: SeedOptions;
  readonly #units: Unit[] = [];
  readonly #unitByCode = new Map<string, Unit>();
  readonly #unitById = new Map<number, Unit>();
  readonly #people: Person[] = [];
  readonly #personById = new Map<number, Person>();
  readonly #orgPredikat = new Map<string, OrgPredikat>();
  readonly #years = new Map<number, Map<number, YearSummary>>();
  readonly #potential = new Map<number, { on: IsoDate; score: number }[]>();
  readonly #competency = new Map<number, boolean>();
  readonly #sanctions = new Map<number, Sanction[]>();
  readonly #enrolments = new Map<number, (EnrolmentFacts & { programId: number })[]>();
  readonly #training = new Map<string, TrainingStatus>();
  readonly #talent = new Map<string, TalentBoxResult>();
  readonly #ids = new Map<string, number>();
  readonly #thisYear: number;
  readonly #seedYears: readonly number[];
  readonly #sessions: {
    id: number;
    program: ProgramTemplate & { id: number };
    start: IsoDate;
    capacity: number;
    holders: number;
  }[] = [];

  constructor(sink: RowSink, options: SeedOptions) {
    this.#sink = sink;
    this.#options = options;
    this.#random = createRandom(options.seed ?? 'kinerja');
    this.#today = options.today ?? DEFAULT_SEED_TODAY;
    this.#employees = options.employees ?? DEFAULT_SEED_EMPLOYEES;
    this.#thisYear = Number(this.#today.slice(0, 4));
    this.#seedYears = yearsUpTo(this.#thisYear);
  }

  #nextId(table: string): number {
    const id = (this.#ids.get(table) ?? 0) + 1;
    this.#ids.set(table, id);
    return id;
  }

  #progress(phase: string, done: number, total: number) {
    this.#options.progress?.({ phase, done, total });
  }

  readonly users: { username: string; nip: string | null }[] = [];

  async build(): Promise<{ units: number; employees: number }> {
    const started = performance.now();
    const log = (message: string) =>
      this.#options.log?.(`${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    await this.#organisation();
    log(`seed: ${this.#units.length} units`);
    await this.#peopleRows();
    log(`seed: ${this.#people.length} employees`);
    await this.#assessmentsAndSanctions();
    await this.#skps();
    log('seed: SKPs and distribution decisions');
    await this.#trainingRows();
    log('seed: training catalogue, sessions and enrolments');
    await this.#facts();
    log('seed: yearly facts');
    await this.#users();
    await this.#recommendations();
    await this.#sink.drain();
    return { units: this.#units.length, employees: this.#people.length };
  }

  async #organisation() {
    const sink = this.#sink;
    await sink.add('instansi', [INSTANSI.PEMKOT, 'PEMKOT_TEBING_TINGGI', 'Pemerintah Kota Tebing Tinggi', 'DAERAH']);
    await sink.add('instansi', [INSTANSI.BKN, 'BKN', 'Badan Kepegawaian Negara', 'PUSAT']);
    for (const [instansi, id] of Object.entries(POLICY_VERSION))
      await sink.add('policy_version', [
        id,
        INSTANSI[instansi as keyof typeof INSTANSI],
        '2020-01-01',
        json(POLICY),
        'Kebijakan bawaan (nilai default spesifikasi domain)',
      ]);
    const plans = planUnits(this.#employees, this.#random.fork('units'));
    for (const plan of plans) {
      const parent = plan.parentCode ? this.#unitByCode.get(plan.parentCode) : undefined;
      const unit: Unit = {
        id: this.#nextId('unit'),
        plan,
        instansiId: INSTANSI[plan.instansi],
        parentId: parent?.id ?? null,
        headId: null,
      };
      this.#units.push(unit);
      this.#unitByCode.set(plan.code, unit);
      this.#unitById.set(unit.id, unit);
      await sink.add('unit', [unit.id, unit.instansiId, unit.parentId, plan.code, plan.name, plan.kind]);
    }
  }

  async #peopleRows() {
    const heads = this.#units.filter((u) => u.plan.head);
    const members = this.#employees - heads.length;
    if (members < heads.length)
      throw new Error(
        `a demo of ${this.#employees} employees is too small for its ${heads.length} unit heads; ask for at least ${heads.length * 2}`,
      );
    // Heads first (parents before children), so every evaluator precedes the people they evaluate.
    const factory = new PeopleFactory(this.#random.fork('people'), this.#today);
    for (const unit of heads) {
      const head = unit.plan.head;
      if (!head) continue;
      const person = factory.head(head.kind, head.title, {
        id: unit.id,
        instansiId: unit.instansiId,
        area: unit.plan.area,
      });
      unit.headId = person.id;
      this.#addPerson(person);
    }
    for (const unit of this.#units) {
      const target = unit.plan.headOf ? this.#unitByCode.get(unit.plan.headOf) : undefined;
      if (target) unit.headId = target.headId;
    }
    const counts = allocate(
      this.#units.map((u) => u.plan.weight),
      members,
    );
    this.#units.forEach((unit, i) => {
      for (let k = 0; k < (counts[i] ?? 0); k += 1)
        this.#addPerson(
          factory.member(unit.plan.staff, { id: unit.id, instansiId: unit.instansiId, area: unit.plan.area }),
        );
    });
    let done = 0;
    for (const p of this.#people) {
      const pangkat = p.pangkats.at(-1);
      const jabatan = p.jabatans.at(-1);
      await this.#sink.add('employee', [
        p.id,
        p.instansiId,
        p.unitId,
        p.nip,
        p.name,
        p.gender,
        p.birthDate,
        p.employment,
        p.education,
        p.serviceStart,
        p.area,
        p.email,
        p.phone,
        pangkat?.pangkat ?? null,
        pangkat?.from ?? null,
        jabatan?.level ?? null,
        jabatan?.kind ?? null,
        jabatan?.title ?? null,
      ]);
      for (const [i, s] of p.pangkats.entries())
        await this.#sink.add('pangkat_history', [
          this.#nextId('pangkat_history'),
          p.id,
          s.pangkat,
          s.from,
          s.to,
          i === 0
            ? `813/${String(p.id).padStart(5, '0')}/CPNS/${s.from.slice(0, 4)}`
            : `823/${p.nip.slice(-6)}/KP/${s.from.slice(0, 4)}`,
        ]);
      for (const s of p.jabatans)
        await this.#sink.add('jabatan_history', [
          this.#nextId('jabatan_history'),
          p.id,
          s.level,
          s.kind,
          s.title,
          p.unitId,
          s.from,
          s.to,
        ]);
      done += 1;
      if (done % 5000 === 0) this.#progress('employees', done, this.#people.length);
    }
    const heads2 = this.#units.filter((u) => u.headId !== null).map((u) => `(${u.id}, ${u.headId})`);
    if (heads2.length > 0)
      await this.#sink.exec(
        `update unit set head_id = h.head_id from (values ${heads2.join(', ')}) as h(id, head_id) where unit.id = h.id`,
      );
    this.#progress('employees', this.#people.length, this.#people.length);
  }

  #addPerson(p: Person) {
    this.#people.push(p);
    this.#personById.set(p.id, p);
  }

  #unitOf(p: Person): Unit {
    const unit = this.#unitById.get(p.unitId);
    if (!unit) throw new Error(`employee ${p.id} has no unit`);
    return unit;
  }

  /** MERIT-3/4/5 inputs: potential and competency assessments; DISC-1: a few sanctions. */
  async #assessmentsAndSanctions() {
    const r = this.#random.fork('assessments');
    const sink = this.#sink;
    const standards = new Map<string, { id: number; min: number }>();
    const areas = [...new Set(this.#people.map((p) => p.area))].sort();
    const minScore: Partial<Record<JabatanLevel, number>> = {
      JPT_PRATAMA: 78,
      ADMINISTRATOR: 72,
      PENGAWAS: 68,
      AHLI_MADYA: 75,
      AHLI_MUDA: 70,
      AHLI_PERTAMA: 65,
    };
    for (const [instansi, instansiId] of Object.entries(INSTANSI))
      for (const level of JABATAN_LEVELS) {
        const min = minScore[level];
        if (min === undefined) continue;
        for (const area of areas) {
          const id = this.#nextId('competency_standard');
          standards.set(`${instansi}|${level}|${area}`, { id, min });
          await sink.add('competency_standard', [
            id,
            instansiId,
            level,
            area,
            min,
            `Standar kompetensi ${level.toLowerCase().replaceAll('_', ' ')} rumpun ${area.toLowerCase().replaceAll('_', ' ')}`,
          ]);
        }
      }
    for (const p of this.#people) {
      if (p.employment === 'PNS' && r.chance(0.78)) {
        const times = r.chance(0.25) ? 2 : 1;
        const list: { on: IsoDate; score: number }[] = [];
        for (let k = 0; k < times; k += 1) {
          const on = date(
            `${this.#thisYear - 4 + k * 2 + r.int(0, 1)}-${String(r.int(2, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
          );
          const score = round1(Math.min(99, Math.max(40, r.normal(79 + 5 * p.talent + 2 * k, 5))));
          list.push({ on, score });
          await sink.add('assessment', [
            this.#nextId('assessment'),
            p.id,
            'POTENSI',
            score,
            on,
            null,
            null,
            'UPT Penilaian Kompetensi BKN',
          ]);
        }
        this.#potential.set(p.id, list);
      }
      const level = p.jabatans.at(-1)?.level;
      const standard = level
        ? standards.get(`${p.instansiId === INSTANSI.BKN ? 'BKN' : 'PEMKOT'}|${level}|${p.area}`)
        : undefined;
      if (standard && (p.isHead || r.chance(0.6))) {
        const score = round1(Math.min(99, Math.max(40, r.normal(74 + 5 * p.talent, 7))));
        const meets = score >= standard.min;
        this.#competency.set(p.id, meets);
        await sink.add('assessment', [
          this.#nextId('assessment'),
          p.id,
          'KOMPETENSI',
          score,
          date(
            `${this.#thisYear - 1}-${String(r.int(3, 10)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
          ),
          standard.id,
          meets,
          'Asesor SDM Aparatur BKPSDM',
        ]);
      }
      if (r.chance(0.006 + Math.max(0, -p.conduct - 1.5) * 0.05)) {
        const level = r.weighted([
          ['RINGAN', 60],
          ['SEDANG', 30],
          ['BERAT', 10],
        ] as const);
        const type = r.pick(
          sanctionTypesOf(level).filter((t) => t !== 'PEMBERHENTIAN_DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI'),
        );
        const start = date(`${r.int(this.#thisYear - 3, this.#thisYear)}-${String(r.int(1, 10)).padStart(2, '0')}-01`);
        if (compareDates(start, this.#today) > 0) continue;
        this.#sanctions.set(p.id, [{ type, start }]);
        await sink.add('sanction', [
          this.#nextId('sanction'),
          p.id,
          level,
          type,
          start,
          SANCTION_INFO[type].months,
          level === 'RINGAN' ? 'Kepala Perangkat Daerah' : 'Wali Kota Tebing Tinggi',
          `800.1.6.4/${r.int(100, 999)}/BKPSDM/${start.slice(0, 4)}`,
          'Pelanggaran disiplin sesuai PP 94/2021 hasil pemeriksaan atasan langsung',
        ]);
      }
    }
  }

  #isInService(p: Person, year: number): boolean {
    const cutoff = year === Number(this.#today.slice(0, 4)) ? this.#today : date(`${year}-09-30`);
    return compareDates(p.serviceStart, cutoff) <= 0;
  }

  /** EVAL-3..10: organisation predikats, SKPs with their content and evaluations, and distribution decisions. */
  async #skps() {
    const r = this.#random.fork('skp');
    const sink = this.#sink;
    const thisYear = Number(this.#today.slice(0, 4));
    // EVAL-10: the organisation predikat of each unit with people, per completed year, set by the parent's head.
    const staffed = new Set(this.#people.map((p) => p.unitId));
    for (const unit of this.#units) {
      if (!staffed.has(unit.id)) continue;
      const parent = unit.parentId ? this.#unitById.get(unit.parentId) : undefined;
      const setBy = parent?.headId && parent.headId !== unit.headId ? parent.headId : null;
      for (const year of this.#seedYears) {
        if (year >= thisYear) continue;
        const predikat = r.weighted<OrgPredikat>([
          ['ISTIMEWA', 22],
          ['BAIK', 64],
          ['BUTUH_PERBAIKAN', 10],
          ['KURANG', 3],
          ['SANGAT_KURANG', 1],
        ]);
        this.#orgPredikat.set(`${unit.id}:${year}`, predikat);
        await sink.add('unit_org_predikat', [
          this.#nextId('unit_org_predikat'),
          unit.id,
          year,
          predikat,
          setBy,
          at(date(`${year + 1}-01-05`), '09:00:00'),
        ]);
      }
    }
    // EVAL-9: the units of the last completed year that are not finalised yet.
    const lastYear = thisYear - 1;
    const pending = new Set(this.#units.filter(() => r.chance(0.1)).map((u) => u.id));
    const firstRhk = new Map<string, number>();
    const predikatsOf = new Map<string, Predikat[]>();
    const intendedPredikats = this.#intendedPredikats(r.fork('curve'), thisYear);
    let done = 0;
    for (const p of this.#people) {
      done += 1;
      if (done % 2000 === 0) this.#progress('skp', done, this.#people.length);
      const unit = this.#unitOf(p);
      const parent = unit.parentId ? this.#unitById.get(unit.parentId) : undefined;
      const choice = evaluatorOf({
        employeeId: String(p.id),
        unit: {
          headId: unit.headId === null ? null : String(unit.headId),
          parentHeadId: parent?.headId == null ? null : String(parent.headId),
        },
      });
      if (!choice.ok) continue;
      const evaluatorId = Number(choice.value.evaluatorId);
      const evaluator = this.#personById.get(evaluatorId);
      const evaluatorUnit = evaluator ? this.#unitOf(evaluator) : undefined;
      const evaluatorParent = evaluatorUnit?.parentId ? this.#unitById.get(evaluatorUnit.parentId) : undefined;
      const superiorChoice = evaluatorUnit
        ? evaluatorOf({
            employeeId: String(evaluatorId),
            unit: {
              headId: evaluatorUnit.headId === null ? null : String(evaluatorUnit.headId),
              parentHeadId: evaluatorParent?.headId == null ? null : String(evaluatorParent.headId),
            },
          })
        : null;
      const superiorId =
        superiorChoice?.ok && Number(superiorChoice.value.evaluatorId) !== p.id
          ? Number(superiorChoice.value.evaluatorId)
          : null;
      const summaries = new Map<number, YearSummary>();
      this.#years.set(p.id, summaries);
      for (const year of this.#seedYears) {
        if (!this.#isInService(p, year)) continue;
        const state =
          year < lastYear
            ? 'FINAL'
            : year === lastYear
              ? pending.has(unit.id)
                ? 'EVALUATED'
                : 'FINAL'
              : r.weighted([
                  ['DRAFT', 8],
                  ['SUBMITTED', 7],
                  ['APPROVED', 85],
                ] as const);
        const summary = await this.#skp(
          r,
          p,
          unit,
          year,
          state,
          evaluatorId,
          superiorId,
          firstRhk,
          intendedPredikats.get(`${p.id}:${year}`),
        );
        summaries.set(year, summary);
        if (summary.predikat && state === 'FINAL') {
          const key = `${unit.id}:${year}`;
          const list = predikatsOf.get(key) ?? [];
          list.push(summary.predikat);
          predikatsOf.set(key, list);
        }
      }
    }
    this.#progress('skp', this.#people.length, this.#people.length);
    // EVAL-10: the unit head's finalisation of each unit's year, with the distribution check's verdict.
    for (const [key, predikats] of predikatsOf) {
      const [unitId, year] = key.split(':').map(Number) as [number, number];
      const orgPredikat = this.#orgPredikat.get(key);
      if (!orgPredikat) continue;
      const verdict = checkDistribution({ orgPredikat, predikats, policy: POLICY });
      const unit = this.#unitById.get(unitId);
      await sink.add('distribution_decision', [
        this.#nextId('distribution_decision'),
        unitId,
        year,
        orgPredikat,
        verdict.outcome,
        verdict.n,
        json(verdict.counts),
        json(verdict.violations),
        unit?.instansiId === INSTANSI.BKN ? POLICY_VERSION.BKN : POLICY_VERSION.PEMKOT,
        unit?.headId ?? null,
        at(date(`${year + 1}-01-31`), '10:00:00'),
      ]);
    }
  }

  /**
   * EVAL-10 in practice: the unit head rates with the organisation predikat's curve in mind, so each unit's
   * intended predikats follow a share per organisation predikat (best performers first). The ratings are then
   * built to match, and the domain's suggestions decide; small units and overrides still miss the curve.
   */
  #intendedPredikats(r: Random, thisYear: number): Map<string, Predikat> {
    const intended = new Map<string, Predikat>();
    const byUnit = new Map<number, Person[]>();
    for (const p of this.#people) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
    for (const [unitId, members] of byUnit)
      for (const year of this.#seedYears) {
        if (year >= thisYear) continue;
        const org = this.#orgPredikat.get(`${unitId}:${year}`);
        if (!org) continue;
        const rated = members.filter((p) => this.#isInService(p, year));
        const counts = allocate(CURVE[org], rated.length);
        const [sb = 0, b = 0, , km = 0, sk = 0] = counts;
        const ranked = rated
          .map((p) => ({ p, score: p.talent + 0.5 * r.normal() }))
          .sort((x, y) => y.score - x.score || x.p.id - y.p.id)
          .map((x) => x.p);
        const top = ranked.slice(0, sb);
        const bottom = ranked.slice(ranked.length - sk);
        const middle = ranked.slice(sb, ranked.length - sk);
        const misconduct = new Set(
          [...middle]
            .sort((x, y) => x.conduct - y.conduct || x.id - y.id)
            .slice(0, km)
            .map((p) => p.id),
        );
        const rest = middle.filter((p) => !misconduct.has(p.id));
        for (const p of top) intended.set(`${p.id}:${year}`, 'SANGAT_BAIK');
        for (const p of misconduct) intended.set(`${p}:${year}`, 'KURANG_MISCONDUCT');
        for (const [i, p] of rest.entries()) intended.set(`${p.id}:${year}`, i < b ? 'BAIK' : 'BUTUH_PERBAIKAN');
        for (const p of bottom) intended.set(`${p.id}:${year}`, 'SANGAT_KURANG');
      }
    return intended;
  }

  /** One SKP: its row, and for recent years its RHK, IKI, realisations, behaviour and periodic evaluations. */
  async #skp(
    r: Random,
    p: Person,
    unit: Unit,
    year: number,
    state: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'EVALUATED' | 'FINAL',
    evaluatorId: number,
    superiorId: number | null,
    firstRhk: Map<string, number>,
    intended: Predikat | undefined,
  ): Promise<YearSummary> {
    // The SKP row goes in first (its children refer to it), so children wait in `rows` until it is built.
    const rows: [string, CopyValue[]][] = [];
    const child = (table: string, values: CopyValue[]) => {
      rows.push([table, values]);
    };
    const skpId = this.#nextId('skp');
    const orgPredikat = this.#orgPredikat.get(`${unit.id}:${year}`);
    const [intendedResults, intendedBehaviour] = intended ? ratingsFor(intended, r) : latentRatings(p, r);
    // The last completed year and the current one carry their full content (RHK, IKI, realisations, behaviour,
    // periodic evaluations); earlier years keep the SKP with its ratings.
    const detail = year >= this.#thisYear - 1;
    const rated = state === 'EVALUATED' || state === 'FINAL';
    const periods = periodsOfYear(year, POLICY);
    const endedPeriods = periods.filter((q) => compareDates(q.end, this.#today) < 0);
    const showPeriods = rated ? periods : state === 'APPROVED' ? endedPeriods : [];

    let resultsSuggested: Rating | null = null;
    let behaviourSuggested: Rating | null = null;
    if (detail) {
      const rhks: RatedRhk[] = [];
      const utama = r.int(2, 3);
      const tambahan = r.weighted([
        [0, 40],
        [1, 45],
        [2, 15],
      ] as const);
      const templates = utamaTemplates(p.area);
      const parentRhk = firstRhk.get(`${evaluatorId}:${year}`) ?? null;
      for (let k = 0; k < utama + tambahan; k += 1) {
        const jenis = k < utama ? 'UTAMA' : 'TAMBAHAN';
        const template: RhkTemplate =
          jenis === 'UTAMA' ? (templates[k % templates.length] as RhkTemplate) : r.pick(TAMBAHAN);
        const wanted: Rating =
          intendedResults === 'DI_ATAS'
            ? r.chance(0.9)
              ? 'DI_ATAS'
              : 'SESUAI'
            : intendedResults === 'DI_BAWAH'
              ? r.chance(0.9)
                ? 'DI_BAWAH'
                : 'SESUAI'
              : r.weighted([
                  ['SESUAI', 90],
                  ['DI_ATAS', 6],
                  ['DI_BAWAH', 4],
                ] as const);
        const rhkId = this.#nextId('skp_rhk');
        if (k === 0) firstRhk.set(`${p.id}:${year}`, rhkId);
        const iki = this.#iki(r, template, wanted, showPeriods.length);
        const rating = rated ? iki.rating : null;
        if (rating) rhks.push({ jenis, rating });
        child('skp_rhk', [
          rhkId,
          skpId,
          k + 1,
          jenis,
          template.text,
          jenis === 'UTAMA' ? parentRhk : null,
          rating,
          rating,
        ]);
        const ikiId = this.#nextId('skp_iki');
        child('skp_iki', [
          ikiId,
          rhkId,
          1,
          template.aspect,
          template.indicator,
          iki.targetValue,
          iki.targetUnit,
          iki.targetText,
        ]);
        for (const [i, value] of iki.values.entries()) {
          const period = i + 1;
          child('skp_realisation', [
            this.#nextId('skp_realisation'),
            ikiId,
            period,
            value,
            template.target ? `Capaian triwulan ${period}` : 'Capaian kualitatif sesuai ekspektasi',
            [`https://arsip.tebingtinggikota.go.id/skp/${year}/${p.nip}/rhk-${k + 1}-tw${period}.pdf`],
            r.chance(0.3) ? r.pick(FEEDBACK) : null,
          ]);
        }
      }
      const ratings: Record<string, Rating> = {};
      const above = intendedBehaviour === 'DI_ATAS' ? r.int(4, 7) : intendedBehaviour === 'SESUAI' ? r.int(0, 3) : 0;
      const below = intendedBehaviour === 'DI_BAWAH' ? r.int(1, 2) : 0;
      BERAKHLAK_VALUES.forEach((value, i) => {
        ratings[value] = i < below ? 'DI_BAWAH' : i < below + above ? 'DI_ATAS' : 'SESUAI';
      });
      for (const value of BERAKHLAK_VALUES)
        child('skp_behaviour', [
          this.#nextId('skp_behaviour'),
          skpId,
          value,
          BERAKHLAK_EXPECTATIONS[value],
          rated ? (ratings[value] ?? null) : null,
          rated && r.chance(0.4) ? r.pick(FEEDBACK) : null,
        ]);
      if (rated) {
        resultsSuggested =
          p.id === unit.headId && orgPredikat
            ? unitLeaderResultsRating(orgPredikat).rating
            : suggestResultsRating(rhks).rating;
        behaviourSuggested = unwrap(suggestBehaviourRating(ratings as BerakhlakRatings, POLICY)).rating;
      }
    } else if (rated) {
      resultsSuggested =
        p.id === unit.headId && orgPredikat ? unitLeaderResultsRating(orgPredikat).rating : intendedResults;
      behaviourSuggested = intendedBehaviour;
    }

    let results: { final: Rating; reason: string | null } | null = null;
    let behaviour: { final: Rating; reason: string | null } | null = null;
    if (resultsSuggested && behaviourSuggested) {
      const overrideResults = r.chance(0.02)
        ? { rating: neighbour(resultsSuggested, r), reason: r.pick(OVERRIDE_REASONS) }
        : null;
      const overrideBehaviour = r.chance(0.01)
        ? { rating: neighbour(behaviourSuggested, r), reason: r.pick(OVERRIDE_REASONS) }
        : null;
      const fr = unwrap(applyOverride(resultsSuggested, overrideResults));
      const fb = unwrap(applyOverride(behaviourSuggested, overrideBehaviour));
      results = { final: fr.final, reason: fr.reason };
      behaviour = { final: fb.final, reason: fb.reason };
    }
    const predikat = results && behaviour ? predikatOf(results.final, behaviour.final) : null;

    // EVAL-8: periodic evaluations (recent years): the last period carries the year's final ratings.
    let annualSuggested: Predikat | null = predikat;
    if (detail && showPeriods.length > 0 && state !== 'DRAFT' && state !== 'SUBMITTED') {
      const periodic: PeriodicPredikat[] = [];
      for (const [i, period] of showPeriods.entries()) {
        const last = rated && i === showPeriods.length - 1;
        const pr = last && results ? results.final : r.chance(0.8) ? intendedResults : neighbour(intendedResults, r);
        const pb =
          last && behaviour ? behaviour.final : r.chance(0.85) ? intendedBehaviour : neighbour(intendedBehaviour, r);
        const pp = predikatOf(pr, pb);
        periodic.push({ period, predikat: pp });
        child('skp_period_evaluation', [
          this.#nextId('skp_period_evaluation'),
          skpId,
          POLICY.periodicity,
          period.index,
          pr,
          pb,
          pp,
          at(addDays(period.end, r.int(3, 14)), '10:00:00'),
        ]);
      }
      if (rated) annualSuggested = unwrap(suggestAnnualPredikat(year, periodic)).predikat;
    }

    await this.#sink.add('skp', [
      skpId,
      p.id,
      year,
      unit.id,
      evaluatorId,
      superiorId,
      state,
      resultsSuggested,
      results?.final ?? null,
      results?.reason ?? null,
      behaviourSuggested,
      behaviour?.final ?? null,
      behaviour?.reason ?? null,
      rated ? annualSuggested : null,
      predikat,
      rated ? at(date(`${year + 1}-01-${String(r.int(8, 20)).padStart(2, '0')}`), '09:00:00') : null,
      state === 'FINAL' ? at(date(`${year + 1}-01-31`), '10:00:00') : null,
    ]);
    for (const [table, values] of rows) await this.#sink.add(table, values);
    return { predikat, state };
  }

  /** EVAL-3/5: an IKI with its target and periodic realisations, and the rating the domain suggests from them. */
  #iki(r: Random, t: RhkTemplate, wanted: Rating, periods: number) {
    if (!t.target) {
      return {
        targetValue: null,
        targetUnit: null,
        targetText: t.qualitative ?? 'Sesuai ekspektasi pimpinan',
        values: Array.from({ length: periods }, () => null),
        rating: wanted,
      };
    }
    const { min, max, unit } = t.target;
    const target = r.int(min, max);
    const ratio =
      wanted === 'DI_ATAS' ? 1.12 + r.next() * 0.25 : wanted === 'SESUAI' ? 1 + r.next() * 0.08 : 0.6 + r.next() * 0.35;
    const lessIsBetter = t.aspect === 'WAKTU' || t.aspect === 'BIAYA';
    const values: number[] = [];
    let annual: number;
    if (t.aspect === 'KUANTITAS') {
      const exact = target * ratio;
      annual = Math.max(
        0,
        wanted === 'DI_ATAS' ? Math.ceil(exact) : wanted === 'DI_BAWAH' ? Math.floor(exact) : Math.round(exact),
      );
      const share = Math.floor(annual / 4);
      for (let i = 0; i < periods; i += 1) values.push(i === 3 ? annual - 3 * share : share);
    } else {
      const raw = lessIsBetter ? target / ratio : target * ratio;
      annual = round1(unit === 'persen' ? Math.min(100, raw) : raw);
      for (let i = 0; i < periods; i += 1)
        values.push(i === periods - 1 ? annual : round1(annual * (0.9 + r.next() * 0.2)));
    }
    const iki: Pick<Iki, 'aspect' | 'target'> = {
      aspect: t.aspect,
      target: { kind: 'QUANTITATIVE', value: target, unit },
    };
    const rating = periods >= 4 ? unwrap(suggestRhkRating(iki, annual, POLICY)).rating : wanted;
    return { targetValue: target, targetUnit: unit, targetText: null, values, rating };
  }

  /** DEV-1..3: the catalogue, sessions sized to demand, and enrolments with statuses by the session dates. */
  async #trainingRows() {
    const r = this.#random.fork('training');
    const sink = this.#sink;
    const thisYear = Number(this.#today.slice(0, 4));
    const years = [thisYear - 1, thisYear];
    const programs = PROGRAMS.map((t) => ({ ...t, id: this.#nextId('training_program') }));
    for (const prog of programs)
      await sink.add('training_program', [
        prog.id,
        INSTANSI.PEMKOT,
        prog.code,
        prog.name,
        prog.kind,
        prog.area,
        prog.jp,
        prog.provider,
        prog.isIt,
        `${prog.name}, ${prog.jp} JP, diselenggarakan oleh ${prog.provider}.`,
      ]);
    const byArea = new Map<string, typeof programs>();
    for (const prog of programs) {
      if (prog.heads) continue;
      const list = byArea.get(prog.area) ?? [];
      list.push(prog);
      byArea.set(prog.area, list);
    }
    const general = byArea.get('UMUM') ?? [];
    // Who wants which program in which year.
    const demand = new Map<string, number[]>();
    for (const p of this.#people) {
      const level = p.jabatans.at(-1)?.level;
      for (const year of years) {
        if (!this.#isInService(p, year)) continue;
        const goal =
          r.weighted([
            [0, 8],
            [12, 18],
            [20, 46],
            [30, 18],
            [44, 10],
          ] as const) + (p.talent > 1 ? 8 : 0);
        const own = byArea.get(p.area) ?? [];
        const chosen = new Set<number>();
        let planned = 0;
        if ((level === 'PENGAWAS' || level === 'ADMINISTRATOR') && r.chance(0.06)) {
          const lead = programs.find((x) => x.code === (level === 'PENGAWAS' ? 'PKP' : 'PKA'));
          if (lead) {
            chosen.add(lead.id);
            planned += lead.jp;
          }
        }
        for (let tries = 0; planned < goal && chosen.size < 4 && tries < 8; tries += 1) {
          const pool = own.length > 0 && r.chance(0.6) ? own : general;
          const prog = r.pick(pool);
          if (chosen.has(prog.id)) continue;
          chosen.add(prog.id);
          planned += prog.jp;
        }
        for (const id of chosen) {
          const key = `${id}:${year}`;
          const list = demand.get(key) ?? [];
          list.push(p.id);
          demand.set(key, list);
        }
      }
    }
    const programById = new Map(programs.map((x) => [x.id, x]));
    const places = [
      'Aula BKPSDM Kota Tebing Tinggi',
      'Ruang Rapat Diskominfo Kota Tebing Tinggi',
      'Gedung Hj. Sawiyah Tebing Tinggi',
      'BPSDM Provinsi Sumatera Utara, Medan',
    ];
    let done = 0;
    for (const [key, people] of demand) {
      const [programId, year] = key.split(':').map(Number) as [number, number];
      const prog = programById.get(programId) as ProgramTemplate & { id: number };
      const sessions = Math.max(1, Math.ceil(people.length / 30));
      const days = Math.min(20, Math.ceil(prog.jp / 8));
      for (let s = 0; s < sessions; s += 1) {
        const group = people.filter((_, i) => i % sessions === s);
        const month =
          year === thisYear
            ? r.weighted(Array.from({ length: 12 }, (_, m) => [m + 1, m === 11 ? 3 : 1] as const))
            : r.int(1, 11);
        const start = date(`${year}-${String(month).padStart(2, '0')}-${String(r.int(1, 26)).padStart(2, '0')}`);
        const end = addDays(start, days - 1);
        const future = compareDates(start, this.#today) > 0;
        const capacity =
          future && r.chance(0.15)
            ? Math.max(1, group.length - r.int(1, 3))
            : Math.max(20, group.length + r.int(0, 10));
        const sessionId = this.#nextId('training_session');
        const online = prog.online || prog.kind === 'E_LEARNING';
        await sink.add('training_session', [
          sessionId,
          prog.id,
          start,
          end,
          online ? null : r.pick(places),
          online ? `https://elearning.tebingtinggikota.go.id/kelas/${sessionId}` : null,
          capacity,
        ]);
        let holders = 0;
        let waitlisted = 0;
        for (const personId of group) {
          const person = this.#personById.get(personId) as Person;
          let status: EnrolmentStatus;
          if (future) {
            const decision = enrol({
              session: { capacity, startDate: start },
              enrolledCount: holders,
              alreadyEnrolled: false,
              today: this.#today,
            });
            status = decision.ok ? decision.value.status : 'WITHDRAWN';
          } else if (compareDates(end, this.#today) < 0) {
            status = r.weighted([
              ['COMPLETED', 87 + (person.talent > 0 ? 5 : 0)],
              ['FAILED', 4],
              ['WITHDRAWN', 9],
            ] as const);
          } else status = 'ATTENDED';
          if (status !== 'WAITLISTED' && status !== 'WITHDRAWN') holders += 1;
          if (status === 'WAITLISTED') waitlisted += 1;
          const completed = status === 'COMPLETED';
          const score = completed
            ? round1(Math.min(100, Math.max(60, r.normal(83 + 3 * person.talent, 6))))
            : status === 'FAILED'
              ? round1(40 + r.next() * 19)
              : null;
          await sink.add('enrolment', [
            this.#nextId('enrolment'),
            sessionId,
            personId,
            status,
            status === 'WAITLISTED' ? waitlisted : null,
            completed ? prog.jp : null,
            score,
            at(addDays(start, -r.int(7, 45))),
            completed ? end : null,
          ]);
          const list = this.#enrolments.get(personId) ?? [];
          list.push({
            status,
            jpCredited: completed ? prog.jp : null,
            programJp: prog.jp,
            sessionStart: start,
            programId: prog.id,
          });
          this.#enrolments.set(personId, list);
        }
        this.#sessions.push({ id: sessionId, program: prog, start, capacity, holders });
      }
      done += 1;
      if (done % 20 === 0) this.#progress('training', done, demand.size);
    }
    this.#progress('training', demand.size, demand.size);
  }

  #annualPredikats(personId: number): AnnualPredikat[] {
    const list: AnnualPredikat[] = [];
    for (const [year, s] of this.#years.get(personId) ?? []) if (s.predikat) list.push({ year, predikat: s.predikat });
    return list;
  }

  #trainingStatus(p: Person, year: number): TrainingStatus {
    const key = `${p.id}:${year}`;
    let status = this.#training.get(key);
    if (!status) {
      status = trainingStatus({
        year,
        employment: p.employment,
        enrolments: this.#enrolments.get(p.id) ?? [],
        policy: POLICY,
      });
      this.#training.set(key, status);
    }
    return status;
  }

  /** The read model: per employee and year, the facts the domain computes (predikat, JP, talent box, succession). */
  async #facts() {
    const sink = this.#sink;
    const computedAt = at(this.#today, '00:00:00');
    let done = 0;
    for (const p of this.#people) {
      const annual = this.#annualPredikats(p.id);
      const input = this.#factsInput(p);
      for (const year of this.#seedYears) {
        const facts = yearFacts(input, year, this.#today, POLICY, (y) => this.#trainingStatus(p, y));
        if (!facts) continue;
        this.#talent.set(`${p.id}:${year}`, facts.talent);
        await sink.add('employee_year_fact', [
          p.id,
          year,
          p.instansiId,
          p.unitId,
          p.employment,
          p.gender,
          p.education,
          facts.pangkat,
          facts.jabatanLevel,
          facts.jabatanKind,
          facts.annualPredikat,
          facts.training.jpDone,
          facts.training.jpPlanned,
          facts.training.shortfall,
          facts.training.met,
          facts.talent.kinerja,
          facts.talent.potensi,
          facts.talent.box,
          facts.successionMember,
          p.instansiId === INSTANSI.BKN ? POLICY_VERSION.BKN : POLICY_VERSION.PEMKOT,
          computedAt,
        ]);
      }
      const latest = latestPredikat(annual, this.#today);
      if (latest) await sink.add('seed_latest_predikat', [p.id, latest.predikat, latest.year]);
      const due = this.#rankPromotionDueOn(p, input);
      if (due) await sink.add('seed_rank_due', [p.id, due]);
      done += 1;
      if (done % 5000 === 0) this.#progress('facts', done, this.#people.length);
    }
    await sink.exec(
      `update employee set latest_predikat = l.predikat, latest_predikat_year = l.year
       from seed_latest_predikat l where employee.id = l.employee_id`,
    );
    await sink.exec(
      `update employee set rank_promotion_due_on = d.due_on from seed_rank_due d where employee.id = d.employee_id`,
    );
    this.#progress('facts', this.#people.length, this.#people.length);
  }

  /**
   * MERIT-2: the first promotion date (the 1st of each of the next twelve months) on which the domain finds the
   * employee eligible for a regular rank promotion, judged with the pangkat of their evaluator as the superior's.
   */
  #rankPromotionDueOn(p: Person, input: EmployeeFactsInput): IsoDate | null {
    const held = (q: Person) =>
      q.pangkats.find(
        (s) => compareDates(s.from, this.#today) <= 0 && (s.to === null || compareDates(s.to, this.#today) > 0),
      );
    const unit = this.#unitOf(p);
    const parent = unit.parentId ? this.#unitById.get(unit.parentId) : undefined;
    const choice = evaluatorOf({
      employeeId: String(p.id),
      unit: {
        headId: unit.headId === null ? null : String(unit.headId),
        parentHeadId: parent?.headId == null ? null : String(parent.headId),
      },
    });
    const evaluator = choice.ok ? this.#personById.get(Number(choice.value.evaluatorId)) : undefined;
    const superiorPangkat = evaluator ? (held(evaluator)?.pangkat ?? null) : null;
    return rankPromotionDueOn(input, superiorPangkat, this.#today, POLICY);
  }

  /** What the domain's read-model functions read about a person, from the seed's own lists. */
  #factsInput(p: Person): EmployeeFactsInput {
    return {
      employment: p.employment,
      education: p.education,
      serviceStart: p.serviceStart,
      pangkats: p.pangkats,
      jabatans: p.jabatans,
      annualPredikats: this.#annualPredikats(p.id),
      enrolments: this.#enrolments.get(p.id) ?? [],
      potentials: this.#potential.get(p.id) ?? [],
      competencyMeetsStandard: this.#competency.get(p.id) ?? null,
      sanctions: this.#sanctions.get(p.id) ?? [],
    };
  }

  /** REC-1..5: what the domain recommends for the last two completed years, with status histories. */
  async #recommendations() {
    const r = this.#random.fork('recommendations');
    const sink = this.#sink;
    const thisYear = Number(this.#today.slice(0, 4));
    const open: CandidateSession[] = this.#sessions
      .filter((s) => compareDates(s.start, this.#today) > 0 && s.capacity > s.holders)
      .map((s) => ({
        id: String(s.id),
        programId: String(s.program.id),
        kind: s.program.kind,
        competencyArea: s.program.area === 'UMUM' ? null : s.program.area,
        jp: s.program.jp,
        startDate: s.start,
        freePlaces: s.capacity - s.holders,
      }));
    // The domain offers at most the earliest open session of each program (openSessions), the same for everyone on
    // the same day: hand it just those, or every call would sort hundreds of sessions.
    const earliest = new Map<string, CandidateSession>();
    for (const s of open) {
      const seen = earliest.get(s.programId);
      if (!seen || compareDates(s.startDate, seen.startDate) < 0 || (s.startDate === seen.startDate && s.id < seen.id))
        earliest.set(s.programId, s);
    }
    const openByArea = new Map<string | null, CandidateSession[]>();
    for (const s of earliest.values())
      openByArea.set(s.competencyArea, [...(openByArea.get(s.competencyArea) ?? []), s]);
    const adminUserId = 1;
    for (const p of this.#people) {
      const annual = this.#annualPredikats(p.id);
      const completed = (this.#enrolments.get(p.id) ?? [])
        .filter((e) => e.status === 'COMPLETED')
        .map((e) => String(e.programId));
      for (const year of [thisYear - 2, thisYear - 1]) {
        const current = year === thisYear - 1;
        const on = current ? this.#today : date(`${year + 1}-02-01`);
        const recs = recommend({
          employeeId: String(p.id),
          on,
          year,
          annualPredikat: annual.find((a) => a.year === year)?.predikat ?? null,
          previousPredikats: annual.filter((a) => a.year < year),
          talentBox: this.#talent.get(`${p.id}:${year}`)?.box ?? null,
          trainingStatus: current ? this.#trainingStatus(p, thisYear) : null,
          competencyArea: p.area,
          completedProgramIds: completed,
          coaching: null,
          sessions: current ? [...(openByArea.get(p.area) ?? []), ...(openByArea.get(null) ?? [])] : [],
        });
        for (const rec of recs) {
          const id = this.#nextId('recommendation');
          const path: RecommendationStatus[] = current
            ? r
                .weighted([
                  [['OPEN'], 85],
                  [['OPEN', 'ACCEPTED'], 12],
                  [['OPEN', 'DISMISSED'], 3],
                ] as const)
                .slice()
            : r
                .weighted([
                  [['OPEN', 'ACCEPTED', 'DONE'], 50],
                  [['OPEN', 'ACCEPTED'], 15],
                  [['OPEN', 'DISMISSED'], 20],
                  [['OPEN'], 15],
                ] as const)
                .slice();
          await sink.add('recommendation', [
            id,
            p.id,
            rec.kind,
            rec.year,
            rec.triggerKey,
            json(rec.reasons),
            json(rec.actions),
            path.at(-1) ?? 'OPEN',
            at(on),
          ]);
          await sink.add('recommendation_status_history', [
            this.#nextId('recommendation_status_history'),
            id,
            null,
            'OPEN',
            null,
            at(on),
            'Dibuat dari aturan domain',
          ]);
          let when = on;
          for (let k = 1; k < path.length; k += 1) {
            const from = path[k - 1] as RecommendationStatus;
            const to = path[k] as RecommendationStatus;
            when = addDays(when, r.int(10, 60));
            if (compareDates(when, this.#today) > 0) when = this.#today;
            const reason =
              to === 'DISMISSED'
                ? 'Sudah ditangani melalui program lain'
                : to === 'DONE'
                  ? 'Tindak lanjut selesai dilaksanakan'
                  : 'Disetujui untuk ditindaklanjuti';
            const change = unwrap(changeRecommendationStatus(from, { to, by: String(adminUserId), reason, at: when }));
            await sink.add('recommendation_status_history', [
              this.#nextId('recommendation_status_history'),
              id,
              change.from,
              change.to,
              adminUserId,
              at(change.at, '10:00:00'),
              change.reason,
            ]);
          }
        }
      }
    }
  }

  /** The demo users of every role (README lists them with their passwords). */
  async #users() {
    const sink = this.#sink;
    const hash = this.#options.hashPassword ?? hashPassword;
    const disdik = this.#unitByCode.get('DISDIK');
    const school = this.#units.find((u) => u.plan.kind === 'SEKOLAH');
    const kanreg = this.#units.filter((u) => u.plan.instansi === 'BKN' && u.plan.code !== 'BKN').map((u) => u.id);
    const analyst = this.#people.find((p) => kanreg.includes(p.unitId) && !p.isHead);
    const teacher = this.#people.find(
      (p) => school && p.unitId === school.id && !p.isHead && p.jabatans.at(-1)?.title.startsWith('Guru'),
    );
    const people: Record<string, { person: Person | undefined; unit: Unit | undefined }> = {
      admin: { person: undefined, unit: undefined },
      analis: { person: analyst, unit: undefined },
      kadisdik: { person: disdik?.headId ? this.#personById.get(disdik.headId) : undefined, unit: disdik },
      penilai: { person: school?.headId ? this.#personById.get(school.headId) : undefined, unit: school },
      pegawai: { person: teacher, unit: undefined },
    };
    for (const user of DEMO_USERS) {
      const { person, unit } = people[user.username] ?? { person: undefined, unit: undefined };
      const id = this.#nextId('app_user');
      this.users.push({ username: user.username, nip: person?.nip ?? null });
      const instansiId = user.instansi === 'BKN' ? INSTANSI.BKN : INSTANSI.PEMKOT;
      await sink.add('app_user', [
        id,
        user.username,
        person?.id ?? null,
        instansiId,
        person?.name ?? user.displayName,
        await hash(user.password),
      ]);
      for (const role of user.roles)
        await sink.add('user_role', [
          this.#nextId('user_role'),
          id,
          role,
          role === 'UNIT_HEAD' || role === 'EVALUATOR' ? (unit?.id ?? null) : null,
        ]);
    }
  }

  /** The highest id given per table, to move the identity sequences past them. */
  idTables(): string[] {
    return [...this.#ids.keys()];
  }
}

const resetStatements = [
  'alter table audit_log disable trigger user',
  `truncate ${[...APP_TABLES, 'audit_log'].join(', ')} restart identity cascade`,
  'alter table audit_log enable trigger user',
];

/**
 * Bulk-load mode, as pg_restore does it: drops the foreign keys and the indexes that back no constraint on the
 * seeded tables, and returns the statements that put them back (indexes first, then the foreign keys, which
 * PostgreSQL validates in one pass each instead of a trigger call per row). All inside the seed's transaction.
 */
const dropForBulkLoad = async (loader: Loader, tables: readonly string[]): Promise<string[]> => {
  const list = tables.map((t) => `'${t}'`).join(', ');
  const fks = await loader.rows<{ tbl: string; name: string; def: string }>(
    `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
     where contype = 'f' and connamespace = 'public'::regnamespace
       and (conrelid::regclass::text in (${list}) or confrelid::regclass::text in (${list}))
     order by conname`,
  );
  const indexes = await loader.rows<{ name: string; def: string }>(
    `select ic.relname as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
     join pg_class ic on ic.oid = i.indexrelid join pg_class tc on tc.oid = i.indrelid
     where tc.relnamespace = 'public'::regnamespace and tc.relname in (${list})
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
     order by ic.relname`,
  );
  for (const fk of fks) await loader.exec(`alter table ${fk.tbl} drop constraint ${fk.name}`);
  for (const index of indexes) await loader.exec(`drop index ${index.name}`);
  return [
    ...indexes.map((index) => index.def),
    ...fks.map((fk) => `alter table ${fk.tbl} add constraint ${fk.name} ${fk.def}`),
  ];
};

/** Runs `work` with a COPY loader in one transaction on the database's own connection. */
const withLoader = async (db: Kysely<DB>, work: (loader: Loader) => Promise<void>): Promise<void> => {
  const raw = rawHandleOf(db);
  if (!raw) throw new Error('seed needs a database opened by createDb (it loads with COPY on the raw connection)');
  if (raw.kind === 'pg') {
    const client = await raw.pool.connect();
    try {
      await client.query('begin');
      // Rebuilding the indexes after the load sorts millions of keys: give it memory for this transaction only.
      await client.query(`set local maintenance_work_mem = '256MB'`);
      await work(pgLoader(client));
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return;
  }
  // PGlite: hold the serialised connection so nothing else runs in between, and load in one transaction.
  await db.connection().execute(() => raw.pglite.transaction((tx) => work(pgliteLoader(tx))));
};

/**
 * Loads the deterministic demo (Pemerintah Kota Tebing Tinggi and BKN's Kantor Regional VI) into a migrated
 * database, in one transaction: every derived value (ratings, predikat, distribution verdicts, JP status, talent
 * box, succession, recommendations) comes from @kinerja/domain. The same options give the same rows.
 */
export const seed = async (db: Kysely<DB>, options: SeedOptions = {}): Promise<SeedSummary> => {
  const started = performance.now();
  const employees = options.employees ?? DEFAULT_SEED_EMPLOYEES;
  if (!Number.isInteger(employees) || employees < 150)
    throw new Error(`employees must be a whole number of at least 150; got ${employees}`);
  if (!options.reset && (await hasData(db)))
    throw new Error('the database already has data; seed an empty database or pass reset: true');
  let summary: { units: number; employees: number } = { units: 0, employees: 0 };
  let users: SeedSummary['users'] = [];
  let rows: Record<string, number> = {};
  await withLoader(db, async (loader) => {
    if (options.reset) for (const s of resetStatements) await loader.exec(s);
    await loader.exec(
      'create temp table seed_latest_predikat (employee_id integer, predikat text, year integer) on commit drop',
    );
    await loader.exec('create temp table seed_rank_due (employee_id integer, due_on date) on commit drop');
    const restore = await dropForBulkLoad(loader, APP_TABLES);
    const sink = new RowSink(loader, TABLES, 100_000);
    const builder = new DemoBuilder(sink, options);
    summary = await builder.build();
    users = builder.users;
    const loaded = performance.now();
    for (const statement of restore) await loader.exec(statement);
    options.log?.(`seed: indexes and foreign keys restored in ${Math.round(performance.now() - loaded)} ms`);
    for (const table of builder.idTables())
      await loader.exec(
        `select setval(pg_get_serial_sequence('${table}', 'id'), (select coalesce(max(id), 0) + 1 from ${table}), false)`,
      );
    rows = sink.counts();
    delete rows.seed_latest_predikat;
    delete rows.seed_rank_due;
  });
  const analyzing = performance.now();
  await sql`analyze`.execute(db);
  options.log?.(`seed: analyzed in ${Math.round(performance.now() - analyzing)} ms`);
  const ms = Math.round(performance.now() - started);
  options.log?.(
    `seed: ${summary.employees} employees in ${summary.units} units, ${Object.values(rows).reduce((s, n) => s + n, 0)} rows in ${ms} ms`,
  );
  return { ...summary, users, rows, ms };
};

const hasData = async (db: Kysely<DB>) => (await db.selectFrom('instansi').select('id').limit(1).execute()).length > 0;

/** Seeds the demo when the database has no instansi yet (`pnpm start` on a fresh database); true when it did. */
export const seedIfEmpty = async (db: Kysely<DB>, options: SeedOptions = {}): Promise<boolean> => {
  if (await hasData(db)) return false;
  await seed(db, options);
  return true;
};
