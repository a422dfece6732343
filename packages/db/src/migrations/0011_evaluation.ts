import { type Kysely, sql } from 'kysely';

/**
 * The evaluation workflows (issue #6, EVAL-3..10): the annual predikat keeps the evaluator's reason when it departs
 * from the suggestion (EVAL-8, as EVAL-5/6 do for the ratings), and the SKP records when it was submitted and
 * approved. Frozen: change the schema with a new migration.
 */
const statements = [
  // EVAL-8: an annual predikat other than the suggested one keeps its written reason.
  'alter table skp add column annual_predikat_override_reason text',
  `alter table skp add constraint skp_annual_predikat_override_reason_check check (
    annual_predikat is null or annual_predikat_suggested is null or annual_predikat = annual_predikat_suggested
    or coalesce(btrim(annual_predikat_override_reason), '') <> ''
  )`,
  // EVAL-9: when the employee submitted the plan and when the evaluator approved it.
  'alter table skp add column submitted_at timestamptz',
  'alter table skp add column approved_at timestamptz',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
