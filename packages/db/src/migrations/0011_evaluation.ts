import type { Kysely } from 'kysely';

/** Reserved for the evaluation workflows (issue #6); filled in by that work before it lands. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
