import { type Kysely, sql } from 'kysely';

/**
 * Training management (issue #6, DEV-3): a session can be cancelled, with the reason; a cancelled session takes no
 * enrolments and its enrolments are withdrawn. Frozen once landed.
 */
const statements = [
  'alter table training_session add column cancelled_at timestamptz',
  'alter table training_session add column cancel_reason text',
  `alter table training_session add constraint training_session_cancel_reason_check check (
    (cancelled_at is null) = (cancel_reason is null) and (cancel_reason is null or btrim(cancel_reason) <> '')
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
