import { type RawBuilder, sql } from 'kysely';
import type { ScopeOf, ScopeTarget } from '../query/spec.js';
import { hasRole, unitsOf, type Viewer } from './viewer.js';

/**
 * What a caller may read, as SQL: for each table, a condition over an alias of it that every statement reading the
 * table puts in its WHERE (lists, nested pages, aggregates, groups, relation filters, to-one joins, `node(id)`), so
 * a filter, a count or a group can never see a row the caller may not read. The table of docs/security.md, in code:
 *
 * - EMPLOYEE: their own employee row and the records hanging off it (yearly facts, SKPs, enrolments,
 *   recommendations); every signed-in user with an employee row sees their own records.
 * - EVALUATOR: their own, and the employees of the unit subtree of each unit an EVALUATOR grant names.
 * - UNIT_HEAD: the employees of the unit subtree of each unit a UNIT_HEAD grant names.
 * - ADMIN: every employee of their instansi.
 * - ANALYST: every instansi.
 * Roles combine: a row is visible when any role makes it visible. Organisation data (the instansi, its units, its
 * training programs and sessions) is visible to every signed-in user of the instansi; ANALYST sees all of it.
 * Anonymous callers see nothing (and are refused before any statement runs: `auth/read-plugin.ts`).
 */

const TRUE = sql<boolean>`true`;
const FALSE = sql<boolean>`false`;

const or = (parts: readonly RawBuilder<boolean>[]): RawBuilder<boolean> =>
  parts.length === 0
    ? FALSE
    : parts.length === 1
      ? (parts[0] as RawBuilder<boolean>)
      : sql<boolean>`(${sql.join(parts, sql` or `)})`;

/** Tables whose rows belong to one employee through `employee_id`: visible when that employee is. */
const EMPLOYEE_RECORDS = new Set([
  'employee_year_fact',
  'skp',
  'enrolment',
  'recommendation',
  'assessment',
  'sanction',
  'pangkat_history',
  'jabatan_history',
]);

/** The ids of the units in the subtree of any of `roots` (the closure table: an index lookup). */
const subtreeOf = (roots: readonly number[]) =>
  sql`(select uc.descendant_id from unit_closure uc where uc.ancestor_id = any(cast(${[...roots]} as int[])))`;

/** Which employees a (non-analyst) viewer may read, as conditions over an employee alias and over an id column. */
const employeeRules = (viewer: Viewer) => {
  const units = [...new Set([...unitsOf(viewer, 'EVALUATOR'), ...unitsOf(viewer, 'UNIT_HEAD')])];
  const isAdmin = viewer.roles.some((r) => r.role === 'ADMIN');
  /** The conditions on an employee row that need its unit or instansi. */
  const byRow = (alias: string): RawBuilder<boolean>[] => [
    ...(isAdmin ? [sql<boolean>`${sql.ref(`${alias}.instansi_id`)} = ${viewer.instansiId}`] : []),
    ...(units.length > 0 ? [sql<boolean>`${sql.ref(`${alias}.unit_id`)} in ${subtreeOf(units)}`] : []),
  ];
  const self = (idColumn: RawBuilder<unknown>) =>
    viewer.employeeId === null ? [] : [sql<boolean>`${idColumn} = ${viewer.employeeId}`];
  return {
    /** Over the employee table's alias. */
    employee: (alias: string) => or([...self(sql.ref(`${alias}.id`)), ...byRow(alias)]),
    /** Over a table whose `employee_id` names the employee. */
    records: (alias: string) => {
      const owner = sql.ref(`${alias}.employee_id`);
      const inner = `${alias}_owner`;
      const others = byRow(inner);
      return or([
        ...self(owner),
        ...(others.length === 0
          ? []
          : [
              sql<boolean>`${owner} in (select ${sql.ref(`${inner}.id`)} from employee as ${sql.id(inner)}
                where ${or(others)})`,
            ]),
      ]);
    },
    /** Over a table with a `unit_id` (a vacancy): the unit subtrees the viewer heads or evaluates, or the instansi. */
    unit: (alias: string) => or(byRow(alias)),
  };
};

/** The scope of a viewer: for every table, the condition over its alias that keeps only the rows they may read. */
export const scopeFor = (viewer: Viewer | null): ScopeOf => {
  if (viewer === null) return () => () => FALSE;
  if (viewer.roles.some((r) => r.role === 'ANALYST'))
    return (target) => (READABLE.has(target.table) ? () => TRUE : () => FALSE);
  const rules = employeeRules(viewer);
  const ofInstansi = (column: string) => (alias: string) =>
    sql<boolean>`${sql.ref(`${alias}.${column}`)} = ${viewer.instansiId}`;
  return (target: ScopeTarget) => {
    if (target.table === 'employee') return rules.employee;
    if (EMPLOYEE_RECORDS.has(target.table)) return rules.records;
    switch (target.table) {
      case 'instansi':
        return ofInstansi('id');
      case 'unit':
      case 'training_program':
        return ofInstansi('instansi_id');
      case 'training_session':
        return (alias) => sql<boolean>`exists (select 1 from training_program as ${sql.id(`${alias}_program`)}
          where ${sql.ref(`${alias}_program.id`)} = ${sql.ref(`${alias}.program_id`)}
            and ${sql.ref(`${alias}_program.instansi_id`)} = ${viewer.instansiId})`;
      case 'vacancy':
        return rules.unit;
      default:
        // A table no rule names (users, sessions, the audit trail) is read by no one through the read API.
        return () => FALSE;
    }
  };
};

/** Every table a rule names: what an ANALYST reads in full. */
const READABLE = new Set([
  'employee',
  ...EMPLOYEE_RECORDS,
  'instansi',
  'unit',
  'training_program',
  'training_session',
  'vacancy',
]);

/**
 * Whether the viewer sees an employee's personal fields (birth date, e-mail, phone): everyone who reads the row
 * through a role other than ANALYST. An analyst sees them only for their own record or, if also an ADMIN, for the
 * employees of their instansi; otherwise the birth date is shown as `age` and the contact fields are null.
 */
export const seesPersonalData = (
  viewer: Viewer | null,
  employee: { readonly id: number; readonly instansi_id: number },
): boolean => {
  if (viewer === null) return false;
  if (!viewer.roles.some((r) => r.role === 'ANALYST')) return true;
  if (viewer.employeeId === employee.id) return true;
  return viewer.roles.some((r) => r.role === 'ADMIN') && viewer.instansiId === employee.instansi_id;
};

/** The employee fields an analyst may neither filter nor order on (they would reveal what `seesPersonalData` hides). */
export const PERSONAL_FILTER_FIELDS = ['birthDate'] as const;

/** Whether a list argument (a filter, at any depth, or an order) names a personal field. */
export const namesPersonalField = (value: unknown): boolean => {
  if (typeof value === 'string') return value.startsWith('BIRTH_DATE_');
  if (Array.isArray(value)) return value.some(namesPersonalField);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(
    ([k, v]) => (PERSONAL_FILTER_FIELDS as readonly string[]).includes(k) || namesPersonalField(v),
  );
};

/**
 * Refuses an analyst's list arguments that filter or order on a personal field (FORBIDDEN): a birth-date range
 * narrowed step by step would reveal the date the field hides.
 */
export const isPersonalArgRefused = (viewer: Viewer | null, args: { filter?: unknown; orderBy?: unknown }): boolean =>
  hasRole(viewer, 'ANALYST') &&
  !hasRole(viewer, 'ADMIN') &&
  (namesPersonalField(args.filter) || namesPersonalField(args.orderBy));
