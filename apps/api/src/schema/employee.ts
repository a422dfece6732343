import {
  date,
  EDUCATIONS,
  type Education,
  EMPLOYMENT_TYPES,
  type EmploymentType as EmploymentTypeValue,
  GENDERS,
  JABATAN_KINDS,
  JABATAN_LEVELS,
  MANAGERIAL_TARGETS,
  type ManagerialTarget,
  PANGKATS,
  type Pangkat,
  PREDIKATS,
  positionEligibility,
  rankPromotion,
  talentBox,
  trainingStatus,
  wholeYearsBetween,
} from '@kinerja/domain';
import { sql } from 'kysely';
import { seesPersonalData } from '../auth/scope.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { reads } from '../query/columns.js';
import { inputError } from '../query/errors.js';
import { listTypes } from '../query/list-types.js';
import { type EntitySpec, enumKind, toMany, toOne } from '../query/spec.js';
import { CheckType } from './decision.js';
import { EmployeeYearType, employeeYearSpec } from './employee-year.js';
import { nestedListField, perangkatDaerahKey, rootListField, specFields, toOneField, withinUnit } from './entity.js';
import { DisciplineLevel, JabatanLevel, Pangkat as PangkatEnum, PotensiLevel, Rating } from './enums.js';
import {
  loadAnnualPredikats,
  loadEnrolmentFacts,
  loadJabatanHistory,
  loadLatestAssessment,
  loadPangkatHistory,
  loadSanctions,
  loadSuperiorPangkat,
  policyFor,
  toJabatanPeriods,
} from './facts.js';
import { InstansiType } from './instansi.js';
import { implementNode, nodeRef } from './node.js';
import { RecommendationType, recommendationSpec } from './recommendation.js';
import type { DbRow } from './rows.js';
import { SkpType, skpSpec } from './skp.js';
import { EnrolmentType, enrolmentSpec } from './training.js';
import { UnitType, unitSpec } from './unit.js';

type EmployeeRow = DbRow<'employee'>;

/** An ASN: what analysts filter, order, group and aggregate employees on. */
export const employeeSpec: EntitySpec = {
  name: 'Employee',
  table: 'employee',
  key: 'id',
  fields: {
    id: { column: 'id', kind: { type: 'ID', of: 'Employee' }, description: 'The employee.', hidden: true },
    nip: {
      column: 'nip',
      kind: { type: 'String' },
      description: 'NIP, the 18-digit employee number (ID-1).',
      orderable: true,
    },
    name: { column: 'name', kind: { type: 'String' }, description: 'Name (nama).', orderable: true },
    gender: {
      column: 'gender',
      kind: enumKind('Gender', GENDERS),
      description: 'Gender (jenis kelamin).',
      groupBy: 'GENDER',
    },
    birthDate: {
      column: 'birth_date',
      kind: { type: 'Date' },
      description:
        'Birth date (tanggal lahir). Personal data: an analyst may not filter or order on it (FORBIDDEN) and reads null; use `age`.',
      orderable: true,
      hidden: true,
    },
    employment: {
      column: 'employment',
      kind: enumKind('EmploymentType', EMPLOYMENT_TYPES),
      description: 'PNS or PPPK.',
      groupBy: 'EMPLOYMENT',
    },
    education: {
      column: 'education',
      kind: enumKind('Education', EDUCATIONS),
      description: 'Highest education (pendidikan).',
      groupBy: 'EDUCATION',
    },
    serviceStart: {
      column: 'service_start',
      kind: { type: 'Date' },
      description: 'Start of service (TMT CPNS/PPPK).',
      orderable: true,
    },
    competencyArea: {
      column: 'competency_area',
      kind: { type: 'String' },
      description: 'Competency area (rumpun jabatan).',
      groupBy: 'COMPETENCY_AREA',
    },
    currentPangkat: {
      column: 'current_pangkat',
      kind: enumKind('Pangkat', PANGKATS),
      description: 'Current rank (pangkat/golongan).',
      nullable: true,
      orderable: true,
      groupBy: 'PANGKAT',
    },
    pangkatSince: {
      column: 'pangkat_since',
      kind: { type: 'Date' },
      description: 'Since when the current pangkat is held (TMT pangkat).',
      nullable: true,
      orderable: true,
    },
    currentJabatanLevel: {
      column: 'current_jabatan_level',
      kind: enumKind('JabatanLevel', JABATAN_LEVELS),
      description: 'Current position level (jenjang jabatan).',
      nullable: true,
      groupBy: 'JABATAN_LEVEL',
    },
    currentJabatanKind: {
      column: 'current_jabatan_kind',
      kind: enumKind('JabatanKind', JABATAN_KINDS),
      description: 'Current position kind (jenis jabatan).',
      nullable: true,
      groupBy: 'JABATAN_KIND',
    },
    currentJabatanTitle: {
      column: 'current_jabatan_title',
      kind: { type: 'String' },
      description: 'Current position title (nama jabatan).',
      nullable: true,
    },
    latestPredikat: {
      column: 'latest_predikat',
      kind: enumKind('Predikat', PREDIKATS),
      description: 'The latest annual predikat.',
      nullable: true,
      groupBy: 'LATEST_PREDIKAT',
    },
    latestPredikatYear: {
      column: 'latest_predikat_year',
      kind: { type: 'Int' },
      description: 'The year of the latest annual predikat.',
      nullable: true,
      orderable: true,
    },
    rankPromotionDueOn: {
      column: 'rank_promotion_due_on',
      kind: { type: 'Date' },
      description:
        'The first promotion date (the 1st of each of the next 12 months) on which a regular rank promotion is due (MERIT-2, from the domain; null: none within the year).',
      nullable: true,
      orderable: true,
    },
    unitId: {
      column: 'unit_id',
      kind: { type: 'ID', of: 'Unit' },
      description: 'The unit kerja.',
      hidden: true,
      groupBy: 'UNIT',
    },
    instansiId: {
      column: 'instansi_id',
      kind: { type: 'ID', of: 'Instansi' },
      description: 'The instansi.',
      hidden: true,
      groupBy: 'INSTANSI',
    },
  },
  relations: {
    unit: toOne(() => unitSpec, 'unit_id', 'The unit matches.'),
    years: toMany(() => employeeYearSpec, 'employee_id', 'The yearly facts (predikat, JP, talent box) match.'),
    skps: toMany(() => skpSpec, 'employee_id', 'The SKPs match.'),
    enrolments: toMany(() => enrolmentSpec, 'employee_id', 'The training enrolments match.'),
    recommendations: toMany(() => recommendationSpec, 'employee_id', 'The recommendations match.'),
  },
  customFilters: {
    withinUnit: withinUnit('unit_id', 'The employee works in this unit or a unit below it.'),
    yearsInRankAtLeast: {
      type: 'Int',
      description: 'Has held the current pangkat for at least this many whole years today.',
      sql: (alias, value, today) =>
        sql<boolean>`${sql.ref(`${alias}.pangkat_since`)} <= cast(${today} as date) - make_interval(years => ${Number(value)})`,
    },
    yearsInRankBelow: {
      type: 'Int',
      description: 'Has held the current pangkat for fewer than this many whole years today.',
      sql: (alias, value, today) =>
        sql<boolean>`${sql.ref(`${alias}.pangkat_since`)} > cast(${today} as date) - make_interval(years => ${Number(value)})`,
    },
  },
  groupKeys: [
    {
      name: 'RANK_PROMOTION_DUE_MONTH',
      description: 'The month a regular rank promotion is due (YYYY-MM; null: none within the year).',
      sql: (a) => `to_char(${a}.rank_promotion_due_on, 'YYYY-MM')`,
    },
    {
      name: 'PERANGKAT_DAERAH',
      of: 'Unit',
      description: 'The top-level unit (perangkat daerah) above the employee’s unit.',
      sql: perangkatDaerahKey('unit_id'),
    },
    {
      name: 'GOLONGAN',
      description: 'The golongan (I..IV) of the current pangkat.',
      sql: (a) => `split_part(${a}.current_pangkat, '_', 1)`,
    },
  ],
  defaultOrder: [{ field: 'name' }],
};

const TrainingStatusType = builder.objectRef<ReturnType<typeof trainingStatus>>('TrainingStatus').implement({
  description: 'A year of competency development against the 20 JP every ASN is owed (DEV-1).',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The calendar year.' }),
    jpTarget: t.exposeInt('jpTarget', { description: 'JP owed this year.' }),
    jpDone: t.exposeInt('jpDone', { description: 'JP credited from completed trainings.' }),
    jpPlanned: t.exposeInt('jpPlanned', { description: 'JP of enrolments not yet completed.' }),
    shortfall: t.exposeInt('shortfall', { description: 'JP neither done nor planned (kekurangan).' }),
    met: t.exposeBoolean('met', { description: 'The JP done reach the target.' }),
    checks: t.field({ type: [CheckType], description: 'The reasons.', resolve: (s) => [...s.checks] }),
  }),
});

const TalentActionType = builder.objectRef<{ code: string; label: string }>('TalentAction').implement({
  description: 'A recommended action for a box of the 9-box (MERIT-4).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'A stable action code.' }),
    label: t.exposeString('label', { description: 'In Indonesian.' }),
  }),
});

const TalentBoxType = builder.objectRef<ReturnType<typeof talentBox>>('TalentBox').implement({
  description: 'The talent 9-box (kotak talenta) of an employee for a year, with reasons (MERIT-4).',
  fields: (t) => ({
    placed: t.exposeBoolean('ok', {
      description: 'Whether the employee could be placed; the checks say what is missing.',
    }),
    box: t.int({ nullable: true, description: 'Box 1..9.', resolve: (b) => b.box }),
    kinerja: t.field({ type: Rating, nullable: true, description: 'Performance level.', resolve: (b) => b.kinerja }),
    potensi: t.field({
      type: PotensiLevel,
      nullable: true,
      description: 'Potential level.',
      resolve: (b) => b.potensi,
    }),
    actions: t.field({
      type: [TalentActionType],
      description: 'Recommended actions for the box.',
      resolve: (b) => [...b.actions],
    }),
    checks: t.field({ type: [CheckType], description: 'The reasons.', resolve: (b) => [...b.checks] }),
  }),
});

const RankPromotionType = builder.objectRef<ReturnType<typeof rankPromotion>>('RankPromotion').implement({
  description:
    'Whether the employee may be promoted to the next pangkat on a date (kenaikan pangkat reguler, MERIT-2).',
  fields: (t) => ({
    eligible: t.exposeBoolean('ok', { description: 'Every check holds.' }),
    path: t.string({
      nullable: true,
      description: 'REGULAR or OUTSTANDING (prestasi luar biasa).',
      resolve: (r) => r.path,
    }),
    nextPangkat: t.field({
      type: PangkatEnum,
      nullable: true,
      description: 'The rank it leads to.',
      resolve: (r) => r.nextPangkat,
    }),
    checks: t.field({ type: [CheckType], description: 'Every check, held or not.', resolve: (r) => [...r.checks] }),
  }),
});

export const ManagerialTargetEnum = builder.enumType('ManagerialTarget', {
  values: [...MANAGERIAL_TARGETS],
  description: 'A managerial level a vacancy can be opened for (MERIT-3).',
});

const PositionEligibilityType = builder
  .objectRef<ReturnType<typeof positionEligibility>>('PositionEligibility')
  .implement({
    description: 'Whether the employee meets the requirements of a managerial level (MERIT-3), with every check.',
    fields: (t) => ({
      eligible: t.exposeBoolean('ok', { description: 'Every requirement is met.' }),
      target: t.field({ type: ManagerialTargetEnum, description: 'The level asked about.', resolve: (p) => p.target }),
      checks: t.field({
        type: [CheckType],
        description: 'Every requirement, met or not.',
        resolve: (p) => [...p.checks],
      }),
    }),
  });

const PangkatHistoryType = builder.objectRef<DbRow<'pangkat_history'>>('PangkatHistory').implement({
  description: 'A pangkat held (riwayat pangkat).',
  fields: (t) => ({
    pangkat: t.field({ type: PangkatEnum, description: 'The pangkat.', resolve: (r) => r.pangkat as Pangkat }),
    from: t.field({ type: 'Date', description: 'TMT.', resolve: (r) => r.tmt_from }),
    to: t.field({ type: 'Date', nullable: true, description: 'Until (null while held).', resolve: (r) => r.tmt_to }),
    decreeNumber: t.string({ nullable: true, description: 'Nomor SK.', resolve: (r) => r.decree_number }),
  }),
});

const JabatanHistoryType = builder.objectRef<DbRow<'jabatan_history'>>('JabatanHistory').implement({
  description: 'A position held (riwayat jabatan).',
  fields: (t) => ({
    level: t.field({
      type: JabatanLevel,
      description: 'The level.',
      resolve: (r) => r.level as (typeof JABATAN_LEVELS)[number],
    }),
    title: t.exposeString('title', { description: 'The title (nama jabatan).' }),
    unit: toOneField(t, UnitType, 'unit', 'unit_id', 'The unit of the position.'),
    from: t.field({ type: 'Date', description: 'TMT.', resolve: (r) => r.tmt_from }),
    to: t.field({ type: 'Date', nullable: true, description: 'Until (null while held).', resolve: (r) => r.tmt_to }),
  }),
});

export const SanctionType = builder.objectRef<DbRow<'sanction'>>('Sanction').implement({
  description:
    'A discipline sanction (hukuman disiplin) decided by the authority (DISC-1); the system never decides one.',
  fields: (t) => ({
    level: t.field({
      type: DisciplineLevel,
      description: 'RINGAN, SEDANG or BERAT.',
      resolve: (r) => r.level as 'RINGAN' | 'SEDANG' | 'BERAT',
    }),
    type: t.exposeString('type', { description: 'The sanction (DISC-1).' }),
    startDate: t.field({ type: 'Date', description: 'In force from.', resolve: (r) => r.start_date }),
    months: t.int({ nullable: true, description: 'Duration in months.', resolve: (r) => r.months }),
    decidedBy: t.exposeString('decided_by', { description: 'The authority that decided it.' }),
    decreeNumber: t.string({ nullable: true, description: 'Nomor SK.', resolve: (r) => r.decree_number }),
  }),
});

export const EmployeeType = nodeRef<EmployeeRow>('Employee', 'employee');
implementNode(EmployeeType, 'employee', 'An ASN (pegawai): PNS or PPPK.', (t) => ({
  ...specFields(t, employeeSpec),
  birthDate: t.field({
    type: 'Date',
    nullable: true,
    ...reads('id', 'instansi_id', 'birth_date'),
    description:
      'Birth date (tanggal lahir). Personal data: null for an analyst (shown as `age`), except for their own record or, for an analyst who is also an ADMIN, the employees of their instansi.',
    resolve: (r: EmployeeRow, _: unknown, ctx: Context) => (seesPersonalData(ctx.viewer, r) ? r.birth_date : null),
  }),
  email: t.string({
    nullable: true,
    ...reads('id', 'instansi_id', 'email'),
    description:
      'Work e-mail. Personal contact data: null for an analyst (except their own record or, if also an ADMIN, their instansi).',
    resolve: (r: EmployeeRow, _: unknown, ctx: Context) => (seesPersonalData(ctx.viewer, r) ? r.email : null),
  }),
  phone: t.string({
    nullable: true,
    ...reads('id', 'instansi_id', 'phone'),
    description:
      'Phone number. Personal contact data: null for an analyst (except their own record or, if also an ADMIN, their instansi).',
    resolve: (r: EmployeeRow, _: unknown, ctx: Context) => (seesPersonalData(ctx.viewer, r) ? r.phone : null),
  }),
  age: t.int({
    ...reads('birth_date'),
    description: 'Age in whole years today (usia); what an analyst sees instead of the birth date.',
    resolve: (r: EmployeeRow, _: unknown, ctx: Context) => wholeYearsBetween(date(r.birth_date), ctx.today),
  }),
  unit: toOneField(t, UnitType, 'unit', 'unit_id', 'The unit kerja.'),
  instansi: toOneField(t, InstansiType, 'instansi', 'instansi_id', 'The instansi.'),
  years: nestedListField(
    t,
    listTypes(employeeYearSpec, EmployeeYearType),
    'Yearly facts: predikat, JP, talent box.',
    'employee_id',
  ),
  skps: nestedListField(t, listTypes(skpSpec, SkpType), 'SKPs, one per year (evaluations).', 'employee_id'),
  enrolments: nestedListField(t, listTypes(enrolmentSpec, EnrolmentType), 'Training enrolments.', 'employee_id'),
  recommendations: nestedListField(
    t,
    listTypes(recommendationSpec, RecommendationType),
    'Recommendations (rekomendasi).',
    'employee_id',
  ),
  pangkatHistory: t.field({
    ...reads('id'),
    type: [PangkatHistoryType],
    description: 'Ranks held, newest first (riwayat pangkat).',
    resolve: (r: EmployeeRow, _: unknown, ctx: Context) => loadPangkatHistory(ctx, r.id),
  }),
  jabatanHistory: t.field({
    ...reads('id'),
    type: [JabatanHistoryType],
    description: 'Positions held, newest first (riwayat jabatan).',
    resolve: (r: EmployeeRow, _: unknown, ctx: Context) => loadJabatanHistory(ctx, r.id),
  }),
  sanctions: t.field({
    ...reads('id'),
    type: [SanctionType],
    description: 'Discipline sanctions, newest first.',
    resolve: async (r: EmployeeRow, _: unknown, ctx: Context) => (await loadSanctions(ctx, r.id)).map((s) => s.row),
  }),
  trainingStatus: t.field({
    ...reads('id', 'employment', 'instansi_id'),
    type: TrainingStatusType,
    description: 'JP done, planned and the shortfall of a year (DEV-1).',
    args: { year: t.arg.int({ required: true }) },
    resolve: async (r: EmployeeRow, args: { year: number }, ctx: Context) =>
      trainingStatus({
        year: args.year,
        employment: r.employment as EmploymentTypeValue,
        enrolments: await loadEnrolmentFacts(ctx, args.year, r.id),
        policy: await policyFor(ctx, r.instansi_id, date(`${args.year}-12-31`)),
      }),
  }),
  talentBox: t.field({
    ...reads('id', 'instansi_id'),
    type: TalentBoxType,
    description:
      'The 9-box from the annual predikats of the year and the year before and the latest potential score (MERIT-4).',
    args: { year: t.arg.int({ required: true }) },
    resolve: async (r: EmployeeRow, args: { year: number }, ctx: Context) => {
      const [annualPredikats, potential] = await Promise.all([
        loadAnnualPredikats(ctx, r.id),
        loadLatestAssessment(ctx, 'POTENSI', r.id),
      ]);
      return talentBox({
        year: args.year,
        annualPredikats,
        potentialScore: potential ? Number(potential.score) : null,
        policy: await policyFor(ctx, r.instansi_id, date(`${args.year}-12-31`)),
      });
    },
  }),
  rankPromotion: t.field({
    ...reads('id', 'name', 'current_pangkat', 'pangkat_since', 'education', 'instansi_id', 'unit_id'),
    type: RankPromotionType,
    nullable: true,
    description:
      'Regular rank promotion on a date, the 1st of a month (MERIT-2), with every check; null for an employee with no pangkat (PPPK), to whom it does not apply.',
    args: { on: t.arg({ type: 'Date', required: true }) },
    resolve: async (r: EmployeeRow, args: { on: string }, ctx: Context) => {
      if (!r.current_pangkat || !r.pangkat_since) return null;
      const on = date(args.on);
      const [annualPredikats, sanctions, superiorPangkat] = await Promise.all([
        loadAnnualPredikats(ctx, r.id),
        loadSanctions(ctx, r.id),
        loadSuperiorPangkat(ctx, r),
      ]);
      return rankPromotion({
        on,
        pangkat: r.current_pangkat as Pangkat,
        pangkatSince: date(r.pangkat_since),
        education: r.education as Education,
        annualPredikats,
        superiorPangkat,
        sanctions,
        policy: await policyFor(ctx, r.instansi_id, on),
      });
    },
  }),
  eligibility: t.field({
    ...reads('id', 'birth_date', 'education', 'current_pangkat', 'service_start', 'instansi_id'),
    type: PositionEligibilityType,
    description: 'Whether the employee meets a managerial level’s requirements on a date (MERIT-3), with every check.',
    args: {
      level: t.arg({ type: ManagerialTargetEnum, required: true }),
      on: t.arg({ type: 'Date', required: false, description: 'Default: today.' }),
    },
    resolve: async (r: EmployeeRow, args: { level: ManagerialTarget; on?: string | null }, ctx: Context) => {
      const on = args.on ? date(args.on) : ctx.today;
      const [annualPredikats, sanctions, jabatan, competency] = await Promise.all([
        loadAnnualPredikats(ctx, r.id),
        loadSanctions(ctx, r.id),
        loadJabatanHistory(ctx, r.id),
        loadLatestAssessment(ctx, 'KOMPETENSI', r.id),
      ]);
      return positionEligibility({
        target: args.level,
        on,
        birthDate: date(r.birth_date),
        education: r.education as Education,
        pangkat: (r.current_pangkat ?? 'I_A') as Pangkat,
        jabatanHistory: toJabatanPeriods(jabatan),
        serviceStart: date(r.service_start),
        annualPredikats,
        competencyMeetsStandard: competency?.competency_meets_standard ?? null,
        sanctions,
        policy: await policyFor(ctx, r.instansi_id, on),
      });
    },
  }),
}));

const employeeTypes = () => listTypes(employeeSpec, EmployeeType);

builder.queryFields((t) => ({
  employees: rootListField(
    t,
    employeeTypes(),
    'Employees (pegawai), with filters, order, pages, aggregates and groups.',
  ),
  employee: t.field({
    type: EmployeeType,
    nullable: true,
    description: 'The employee with this NIP, or null (also when the caller may not read them).',
    args: { nip: t.arg.string({ required: true }) },
    resolve: async (_, args, ctx) => {
      if (!/^\d{18}$/.test(args.nip)) throw inputError('a NIP is 18 digits', 'BAD_USER_INPUT', 'nip');
      const visible = ctx.scope(employeeSpec);
      return (
        (await ctx.db
          .selectFrom('employee as t')
          .selectAll()
          .where('t.nip', '=', args.nip)
          .where(() => visible('t'))
          .executeTakeFirst()) ?? null
      );
    },
  }),
}));
