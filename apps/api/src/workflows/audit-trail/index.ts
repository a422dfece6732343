import type { ObjectRef } from '@pothos/core';
import { sql } from 'kysely';
import { builder, type Types } from '../../builder.js';
import type { Context } from '../../context.js';
import { EmployeeType } from '../../schema/employee.js';
import { RecommendationType } from '../../schema/recommendation.js';
import type { DbRow } from '../../schema/rows.js';
import { SkpType } from '../../schema/skp.js';
import { EnrolmentType, ProgramType, SessionType } from '../../schema/training.js';
import { UnitType } from '../../schema/unit.js';
import { VacancyType } from '../merit/vacancy.js';

/**
 * `auditTrail` on every object a workflow changes: who changed what, when, from what to what and why, newest
 * first, read from the append-only audit log. An object's trail includes the rows that belong to it (an SKP's
 * results, indicators, realisations, behaviour and periodic evaluations; an employee's SKPs, enrolments,
 * assessments, sanctions and recommendations). One statement per type and level, whatever the number of objects.
 */
type AuditRow = DbRow<'audit_log'> & { owner_id: number };

/** The most entries one object shows (the newest); the full log stays in the database. */
export const MAX_AUDIT_ENTRIES = 200;

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

const AuditEntryType = builder.objectRef<AuditRow>('AuditEntry').implement({
  description: 'One recorded change: who, when, which object and field, the old and new value, and why.',
  fields: (t) => ({
    at: t.string({ description: 'When (ISO 8601 instant).', resolve: (r) => new Date(r.at).toISOString() }),
    actor: t.exposeString('actor', { description: 'Who made the change (username).' }),
    entity: t.exposeString('entity', { description: 'The kind of record changed (table name, e.g. skp_rhk).' }),
    entityId: t.exposeInt('entity_id', { description: 'The database id of the record changed.' }),
    field: t.string({
      nullable: true,
      description: 'The field changed; null when the whole record was created or removed.',
      resolve: (r) => r.field,
    }),
    old: t.string({ nullable: true, description: 'The value before, as JSON text.', resolve: (r) => json(r.old) }),
    new: t.string({ nullable: true, description: 'The value after, as JSON text.', resolve: (r) => json(r.new) }),
    reason: t.string({ nullable: true, description: 'Why, as given by the person.', resolve: (r) => r.reason }),
  }),
});

/** For each kind of object, the audit rows that belong to one of them, as (entity, entity_id) pairs by owner. */
const OWNED: Record<string, (ids: readonly number[]) => ReturnType<typeof sql>> = {
  skp: (ids) => sql`select 'skp' as entity, id as entity_id, id as owner_id from skp where id in (${sql.join(ids)})
    union all select 'skp_rhk', id, skp_id from skp_rhk where skp_id in (${sql.join(ids)})
    union all select 'skp_iki', i.id, r.skp_id from skp_iki i join skp_rhk r on r.id = i.rhk_id where r.skp_id in (${sql.join(ids)})
    union all select 'skp_realisation', x.id, r.skp_id from skp_realisation x join skp_iki i on i.id = x.iki_id
      join skp_rhk r on r.id = i.rhk_id where r.skp_id in (${sql.join(ids)})
    union all select 'skp_behaviour', id, skp_id from skp_behaviour where skp_id in (${sql.join(ids)})
    union all select 'skp_period_evaluation', id, skp_id from skp_period_evaluation where skp_id in (${sql.join(ids)})`,
  employee: (
    ids,
  ) => sql`select 'employee' as entity, id as entity_id, id as owner_id from employee where id in (${sql.join(ids)})
    union all select 'skp', id, employee_id from skp where employee_id in (${sql.join(ids)})
    union all select 'enrolment', id, employee_id from enrolment where employee_id in (${sql.join(ids)})
    union all select 'assessment', id, employee_id from assessment where employee_id in (${sql.join(ids)})
    union all select 'sanction', id, employee_id from sanction where employee_id in (${sql.join(ids)})
    union all select 'recommendation', id, employee_id from recommendation where employee_id in (${sql.join(ids)})`,
  unit: (ids) => sql`select 'unit' as entity, id as entity_id, id as owner_id from unit where id in (${sql.join(ids)})
    union all select 'unit_org_predikat', id, unit_id from unit_org_predikat where unit_id in (${sql.join(ids)})
    union all select 'distribution_decision', id, unit_id from distribution_decision where unit_id in (${sql.join(ids)})`,
  training_program: (ids) =>
    sql`select 'training_program' as entity, id as entity_id, id as owner_id from training_program where id in (${sql.join(ids)})`,
  training_session: (ids) =>
    sql`select 'training_session' as entity, id as entity_id, id as owner_id from training_session where id in (${sql.join(ids)})`,
  enrolment: (ids) =>
    sql`select 'enrolment' as entity, id as entity_id, id as owner_id from enrolment where id in (${sql.join(ids)})`,
  recommendation: (ids) =>
    sql`select 'recommendation' as entity, id as entity_id, id as owner_id from recommendation where id in (${sql.join(ids)})`,
  vacancy: (ids) =>
    sql`select 'vacancy' as entity, id as entity_id, id as owner_id from vacancy where id in (${sql.join(ids)})`,
};

const loadTrail = (ctx: Context, kind: string, id: number, last: number): Promise<AuditRow[]> =>
  ctx
    .loader(`auditTrail:${kind}:${last}`, async (ids: readonly number[]) => {
      const owned = OWNED[kind];
      if (!owned) throw new Error(`no audit trail for ${kind}`);
      const { rows } = await sql<AuditRow>`select * from (
          select a.*, o.owner_id, row_number() over (partition by o.owner_id order by a.at desc, a.id desc) as n
          from (${owned([...new Set(ids)])}) o
          join audit_log a on a.entity = o.entity and a.entity_id = o.entity_id
        ) t where n <= ${last} order by owner_id, at desc, id desc`.execute(ctx.db);
      const by = new Map<number, AuditRow[]>();
      for (const r of rows) {
        const list = by.get(r.owner_id) ?? [];
        list.push(r);
        by.set(r.owner_id, list);
      }
      return ids.map((i) => by.get(i) ?? []);
    })
    .load(id);

const addTrail = <T extends { id: number }>(ref: ObjectRef<Types, T>, kind: string, what: string) =>
  builder.objectField(ref, 'auditTrail', (t) =>
    t.field({
      type: [AuditEntryType],
      description: `Who changed ${what}, when, from what to what and why; newest first (at most ${MAX_AUDIT_ENTRIES}).`,
      args: {
        last: t.arg.int({
          defaultValue: 50,
          description: `How many of the newest entries (1 to ${MAX_AUDIT_ENTRIES}).`,
        }),
      },
      resolve: (row, args, ctx) =>
        loadTrail(ctx, kind, row.id, Math.max(1, Math.min(MAX_AUDIT_ENTRIES, args.last ?? 50))),
    }),
  );

addTrail(SkpType, 'skp', 'this SKP and its results, indicators, realisations and ratings');
addTrail(
  EmployeeType,
  'employee',
  "this employee's records (SKPs, enrolments, assessments, sanctions, recommendations)",
);
addTrail(UnitType, 'unit', "this unit's organisation predikat and distribution decisions");
addTrail(ProgramType, 'training_program', 'this program');
addTrail(SessionType, 'training_session', 'this session');
addTrail(EnrolmentType, 'enrolment', 'this enrolment');
addTrail(RecommendationType, 'recommendation', 'this recommendation');
addTrail(VacancyType, 'vacancy', 'this vacancy and its selection');
