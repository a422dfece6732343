import { type Kysely, sql } from 'kysely';

/**
 * MERIT-2 in the read model: the first promotion date (the 1st of a month, within the next twelve) on which the
 * domain finds an employee eligible for a regular rank promotion, so "rank promotions due" can be filtered, ordered
 * and counted per unit in SQL. Written from `rankPromotion` with the other derived facts. Frozen.
 */
const statements = [
  'alter table employee add column rank_promotion_due_on date',
  `alter table employee add constraint employee_rank_promotion_due_on_check
    check (rank_promotion_due_on is null or extract(day from rank_promotion_due_on) = 1)`,
  'create index employee_rank_promotion_due_on_idx on employee (rank_promotion_due_on)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
