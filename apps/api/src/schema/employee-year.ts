import {
  EDUCATIONS,
  EMPLOYMENT_TYPES,
  GENDERS,
  JABATAN_KINDS,
  JABATAN_LEVELS,
  PANGKATS,
  POTENSI_LEVELS,
  PREDIKATS,
  RATINGS,
} from '@kinerja/domain';
import { builder } from '../builder.js';
import { listTypes } from '../query/list-types.js';
import { type EntitySpec, enumKind, toOne } from '../query/spec.js';
import { EmployeeType, employeeSpec } from './employee.js';
import { perangkatDaerahKey, rootListField, specFields, toOneField, withinUnit } from './entity.js';
import type { DbRow } from './rows.js';
import { UnitType, unitSpec } from './unit.js';

/**
 * One employee's derived facts for one year (the read model): annual predikat, JP against the entitlement, talent
 * box, succession. Computed by @kinerja/domain when their inputs are written, so SQL only filters and groups them.
 */
export const employeeYearSpec: EntitySpec = {
  name: 'EmployeeYear',
  table: 'employee_year_fact',
  key: 'employee_id',
  stableKeys: ['employee_id', 'year'],
  fields: {
    employeeId: {
      column: 'employee_id',
      kind: { type: 'ID', of: 'Employee' },
      description: 'The employee.',
      hidden: true,
    },
    year: {
      column: 'year',
      kind: { type: 'Int' },
      description: 'The calendar year (tahun).',
      orderable: true,
      groupBy: 'YEAR',
    },
    unitId: {
      column: 'unit_id',
      kind: { type: 'ID', of: 'Unit' },
      description: 'The unit that year.',
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
    employment: {
      column: 'employment',
      kind: enumKind('EmploymentType', EMPLOYMENT_TYPES),
      description: 'PNS or PPPK.',
      groupBy: 'EMPLOYMENT',
    },
    gender: { column: 'gender', kind: enumKind('Gender', GENDERS), description: 'Gender.', groupBy: 'GENDER' },
    education: {
      column: 'education',
      kind: enumKind('Education', EDUCATIONS),
      description: 'Highest education.',
      groupBy: 'EDUCATION',
    },
    pangkat: {
      column: 'pangkat',
      kind: enumKind('Pangkat', PANGKATS),
      description: 'Pangkat that year.',
      nullable: true,
      groupBy: 'PANGKAT',
    },
    jabatanLevel: {
      column: 'jabatan_level',
      kind: enumKind('JabatanLevel', JABATAN_LEVELS),
      description: 'Position level that year.',
      nullable: true,
      groupBy: 'JABATAN_LEVEL',
    },
    jabatanKind: {
      column: 'jabatan_kind',
      kind: enumKind('JabatanKind', JABATAN_KINDS),
      description: 'Position kind that year.',
      nullable: true,
      groupBy: 'JABATAN_KIND',
    },
    annualPredikat: {
      column: 'annual_predikat',
      kind: enumKind('Predikat', PREDIKATS),
      description: 'The annual predikat (EVAL-8).',
      nullable: true,
      groupBy: 'ANNUAL_PREDIKAT',
    },
    jpDone: {
      column: 'jp_done',
      kind: { type: 'Int' },
      description: 'JP completed (DEV-1).',
      orderable: true,
      aggregate: true,
    },
    jpPlanned: {
      column: 'jp_planned',
      kind: { type: 'Int' },
      description: 'JP enrolled, not yet done (DEV-1).',
      aggregate: true,
    },
    jpShortfall: {
      column: 'jp_shortfall',
      kind: { type: 'Int' },
      description: 'JP neither done nor planned (DEV-1).',
      orderable: true,
      aggregate: true,
    },
    jpMet: {
      column: 'jp_met',
      kind: { type: 'Boolean' },
      description: 'The JP done reach the year’s entitlement (DEV-1).',
      groupBy: 'JP_MET',
    },
    kinerjaLevel: {
      column: 'kinerja_level',
      kind: enumKind('Rating', RATINGS),
      description: 'Performance level of the 9-box (MERIT-4).',
      nullable: true,
      groupBy: 'KINERJA_LEVEL',
    },
    potensiLevel: {
      column: 'potensi_level',
      kind: enumKind('PotensiLevel', POTENSI_LEVELS),
      description: 'Potential level of the 9-box (MERIT-4).',
      nullable: true,
      groupBy: 'POTENSI_LEVEL',
    },
    talentBox: {
      column: 'talent_box',
      kind: { type: 'Int' },
      description: 'Talent box 1..9 (MERIT-4).',
      nullable: true,
      orderable: true,
      groupBy: 'TALENT_BOX',
    },
    successionMember: {
      column: 'succession_member',
      kind: { type: 'Boolean' },
      description: 'In the succession group (MERIT-5).',
      groupBy: 'SUCCESSION_MEMBER',
    },
  },
  relations: {
    employee: toOne(() => employeeSpec, 'employee_id', 'The employee matches.'),
    unit: toOne(() => unitSpec, 'unit_id', 'The unit matches.'),
  },
  customFilters: {
    withinUnit: withinUnit('unit_id', 'The unit that year is this unit or below it.'),
  },
  groupKeys: [
    {
      name: 'PERANGKAT_DAERAH',
      of: 'Unit',
      description: 'The top-level unit (perangkat daerah).',
      sql: perangkatDaerahKey('unit_id'),
    },
    {
      name: 'GOLONGAN',
      description: 'The golongan (I..IV) of the pangkat that year.',
      sql: (a) => `split_part(${a}.pangkat, '_', 1)`,
    },
    {
      name: 'PREVIOUS_TALENT_BOX',
      description:
        'The same employee’s talent box 1..9 in the year before (MERIT-4), null when they had no box or no row that ' +
        'year: grouped with TALENT_BOX it gives the movement between boxes. The year-before row is the same ' +
        'employee’s, so it is one a caller who may read this year’s row may read too.',
      // One index lookup per row on the primary key (employee_id, year). No scope condition inside: the scope of
      // employee_year_fact is by employee (auth/scope.ts, EMPLOYEE_RECORDS), so a caller who may read this year's row
      // may read the same employee's row of the year before; a unit head sees where their current staff sat last year.
      sql: (a) =>
        `(select ${a}_prev.talent_box from employee_year_fact ${a}_prev
           where ${a}_prev.employee_id = ${a}.employee_id and ${a}_prev.year = ${a}.year - 1)`,
    },
  ],
  defaultOrder: [{ field: 'year', desc: true }],
};

type EmployeeYearRow = DbRow<'employee_year_fact'>;

export const EmployeeYearType = builder.objectRef<EmployeeYearRow>('EmployeeYear');
EmployeeYearType.implement({
  description:
    'An employee’s derived facts for one year: predikat, JP, talent box, succession (computed by the domain rules).',
  fields: (t) => ({
    ...specFields(t, employeeYearSpec),
    employee: toOneField(t, EmployeeType, 'employee', 'employee_id', 'The employee.'),
    unit: toOneField(t, UnitType, 'unit', 'unit_id', 'The unit that year.'),
  }),
});

builder.queryFields((t) => ({
  employeeYears: rootListField(
    t,
    listTypes(employeeYearSpec, EmployeeYearType),
    'Yearly facts of every employee: the source of the dashboards (predikat distribution, JP per unit, 9-box).',
  ),
}));
