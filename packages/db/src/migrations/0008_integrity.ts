import { type Kysely, sql } from 'kysely';

/**
 * Integrity found missing by the constraint tests, and the recommendation kinds once the domain named them: an
 * employee's current jabatan level and kind are set together (0002's check let a level through without its kind),
 * an SKP's evaluator is not also the evaluator's superior, and a recommendation's kind is one of REC-1..5.
 * Frozen: change the schema with a new migration.
 */
const RECOMMENDATION_KINDS = `'REC_1_DEVELOP', 'REC_2_TRAINING_GAP', 'REC_3_COACHING', 'REC_4_DISCIPLINARY_REVIEW',
  'REC_5_COMPETENCY_TEST'`;

const statements = [
  `alter table employee add constraint employee_current_jabatan_pair_check
    check ((current_jabatan_level is null) = (current_jabatan_kind is null))`,
  `alter table skp add constraint skp_evaluator_superior_not_evaluator_check
    check (evaluator_superior_id <> evaluator_id)`,
  `alter table recommendation drop constraint recommendation_kind_check,
    add constraint recommendation_kind_check check (kind in (${RECOMMENDATION_KINDS}))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
