import type { ORG_PREDIKATS } from '@kinerja/domain';
import { sql } from 'kysely';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { reads } from '../query/columns.js';
import { listTypes } from '../query/list-types.js';
import { type EntitySpec, toMany, toOne } from '../query/spec.js';
import { EmployeeType, employeeSpec } from './employee.js';
import { EmployeeYearType, employeeYearSpec } from './employee-year.js';
import { nestedListField, rootListField, specFields, toOneField, withinUnit } from './entity.js';
import { OrgPredikat } from './enums.js';
import { InstansiType } from './instansi.js';
import { implementNode, nodeRef } from './node.js';
import type { DbRow } from './rows.js';

/** A unit kerja: a node of an instansi's organisation tree. */
export const unitSpec: EntitySpec = {
  name: 'Unit',
  table: 'unit',
  key: 'id',
  fields: {
    id: { column: 'id', kind: { type: 'ID', of: 'Unit' }, description: 'The unit.', hidden: true },
    code: { column: 'code', kind: { type: 'String' }, description: 'Code (kode unit).', orderable: true },
    name: { column: 'name', kind: { type: 'String' }, description: 'Name (nama unit kerja).', orderable: true },
    kind: {
      column: 'kind',
      kind: { type: 'String' },
      description: 'Kind (jenis unit), e.g. DINAS, SEKOLAH, PUSKESMAS.',
      orderable: true,
      groupBy: 'KIND',
    },
    parentId: {
      column: 'parent_id',
      kind: { type: 'ID', of: 'Unit' },
      description: 'The parent unit (unit induk).',
      hidden: true,
      nullable: true,
      groupBy: 'PARENT',
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
    parent: toOne(() => unitSpec, 'parent_id', 'The parent unit matches.'),
    children: toMany(() => unitSpec, 'parent_id', 'The units directly below.'),
    employees: toMany(() => employeeSpec, 'unit_id', 'The employees of the unit itself.'),
  },
  customFilters: {
    withinUnit: withinUnit('id', 'The unit is this unit or below it (subtree).'),
  },
  defaultOrder: [{ field: 'name' }],
};

type UnitRow = DbRow<'unit'>;

export const UnitType = nodeRef<UnitRow>('Unit', 'unit');
implementNode(UnitType, 'unit', 'A unit kerja: a node of the organisation tree of an instansi.', (t) => ({
  ...specFields(t, unitSpec),
  instansi: toOneField(t, InstansiType, 'instansi', 'instansi_id', 'The instansi the unit belongs to.'),
  parent: toOneField(t, UnitType, 'unit', 'parent_id', 'The parent unit (unit induk); null at the top.', true),
  head: toOneField(
    t,
    EmployeeType,
    'employee',
    'head_id',
    'The head of the unit (kepala unit), the evaluator of its employees (EVAL-9); null while vacant.',
    true,
  ),
  children: nestedListField(t, unitTypes(), 'The units directly below (sub-unit).', 'parent_id'),
  employees: nestedListField(
    t,
    employeeTypes(),
    'The employees of this unit itself (not of its sub-units).',
    'unit_id',
  ),
  employeeYears: nestedListField(
    t,
    listTypes(employeeYearSpec, EmployeeYearType),
    'Yearly facts (predikat, JP, talent box) of the employees who were in this unit that year.',
    'unit_id',
  ),
  ancestors: t.field({
    ...reads('id'),
    type: [UnitType],
    description: 'The units above, nearest first.',
    resolve: (u: UnitRow, _: unknown, ctx: Context) => loadUnitsAround(ctx, u.id, 'ancestors'),
  }),
  descendants: t.field({
    ...reads('id'),
    type: [UnitType],
    description: 'Every unit below, at any depth, nearest first.',
    resolve: (u: UnitRow, _: unknown, ctx: Context) => loadUnitsAround(ctx, u.id, 'descendants'),
  }),
  orgPredikat: t.field({
    ...reads('id'),
    type: OrgPredikat,
    nullable: true,
    description:
      'The organisation predikat (predikat kinerja organisasi) of a year, set by the head of the parent unit (EVAL-10).',
    args: { year: t.arg.int({ required: true }) },
    resolve: async (u: UnitRow, args: { year: number }, ctx: Context) =>
      (await loadOrgPredikats(ctx, args.year, u.id)) ?? null,
  }),
}));

const unitTypes = () => listTypes(unitSpec, UnitType);
const employeeTypes = () => listTypes(employeeSpec, EmployeeType);

/** The units above or below one unit, for every unit asked at one level, in one statement. */
const loadUnitsAround = (ctx: Context, id: number, direction: 'ancestors' | 'descendants') =>
  ctx
    .loader(`units:${direction}`, async (ids: readonly number[]) => {
      const [from, to] =
        direction === 'ancestors' ? ['descendant_id', 'ancestor_id'] : ['ancestor_id', 'descendant_id'];
      const { rows } = await sql<
        UnitRow & { __from: number }
      >`select c.${sql.ref(from)} as __from, u.* from unit_closure c
        join unit u on u.id = c.${sql.ref(to)}
        where c.${sql.ref(from)} = any(cast(${[...new Set(ids)]} as bigint[])) and c.depth > 0
        order by c.depth, u.name, u.id`.execute(ctx.db);
      return ids.map((i) => rows.filter((r) => r.__from === i));
    })
    .load(id);

/** The organisation predikat of many units for a year, in one statement. */
const loadOrgPredikats = (ctx: Context, year: number, unitId: number) =>
  ctx
    .loader(`orgPredikat:${year}`, async (ids: readonly number[]) => {
      const rows = await ctx.db
        .selectFrom('unit_org_predikat')
        .select(['unit_id', 'predikat'])
        .where('year', '=', year)
        .where('unit_id', 'in', [...new Set(ids)])
        .execute();
      const by = new Map(rows.map((r) => [r.unit_id, r.predikat as (typeof ORG_PREDIKATS)[number]]));
      return ids.map((i) => by.get(i));
    })
    .load(unitId);

builder.queryFields((t) => ({
  units: rootListField(t, unitTypes(), 'Units kerja, with filters, order, pages and aggregates.'),
}));

export { loadOrgPredikats };
