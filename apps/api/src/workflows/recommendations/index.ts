import { changeRecommendationStatus, type RecommendationStatus } from '@kinerja/domain';
import { requireAdminOf, unitInSubtree } from '../../auth/access.js';
import { hasRole } from '../../auth/viewer.js';
import { updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { lockRow, type TxContext } from '../../mutation/run.js';
import { fail, fromDomainError, UserFault } from '../../mutation/user-error.js';
import { RecommendationType } from '../../schema/recommendation.js';
import type { DbRow } from '../../schema/rows.js';
import { keyOf, requiredNote } from '../merit/common.js';
import { generateRecommendations } from './generate.js';
import './types.js';

/**
 * REC-1..5 on demand for a unit: what the domain recommends for every employee of the unit's subtree, recorded
 * once per rule, employee and year. An ADMIN of the unit's instansi, or the UNIT_HEAD of a unit above it.
 */
defineMutation({
  name: 'generateRecommendations',
  description:
    'Draws the recommendations (REC-1..5) the domain finds for every employee of a unit and its sub-units, on demand; one per rule, employee and year, never a duplicate. ADMIN of the instansi or UNIT_HEAD over the unit.',
  input: (t) => ({
    unitId: t.id({ required: true, description: 'The unit (its whole subtree is included).' }),
    year: t.int({
      required: false,
      description: 'The year of the annual predikat the rules read (default: the last completed year).',
    }),
  }),
  run: async (tx, input) => {
    const unitId = keyOf(String(input.unitId), 'Unit', ['unitId']);
    const unit =
      (await tx.db.selectFrom('unit').select(['id', 'instansi_id']).where('id', '=', unitId).executeTakeFirst()) ??
      fail('NOT_FOUND', `unit ${unitId} does not exist`, ['input', 'unitId']);
    const isAdmin = hasRole(tx.viewer, 'ADMIN') && tx.viewer.instansiId === unit.instansi_id;
    if (!isAdmin && !(await unitInSubtree(tx, 'UNIT_HEAD', unit.id)))
      fail('FORBIDDEN', 'only an administrator of the instansi or the head of a unit above it may do this');
    const year = input.year ?? null;
    if (year !== null && (year < 2000 || year > Number(tx.today.slice(0, 4))))
      fail('INVALID_INPUT', `the year must be from 2000 to ${tx.today.slice(0, 4)}`, ['input', 'year']);
    const employees = await tx.db
      .selectFrom('employee as e')
      .innerJoin('unit_closure as c', 'c.descendant_id', 'e.unit_id')
      .select('e.id')
      .where('c.ancestor_id', '=', unit.id)
      .execute();
    const created = await generateRecommendations(
      tx,
      employees.map((e) => e.id),
      { kind: 'ON_DEMAND', year },
    );
    return { recommendations: created, employeeCount: employees.length };
  },
  payload: (t) => ({
    recommendations: t.field({
      type: [RecommendationType],
      nullable: true,
      description: 'The recommendations recorded now (those recorded before are not repeated).',
      resolve: (p) => p.recommendations,
    }),
    employeeCount: t.int({
      nullable: true,
      description: 'How many employees were considered.',
      resolve: (p) => p.employeeCount,
    }),
  }),
});

/**
 * REC-1..5: moves a recommendation to a new status (domain transitions), recording who and why in its history
 * and the audit log. Only an ADMIN of the employee's instansi: the instansi decides on recommendations.
 */
const changeStatus = async (
  tx: TxContext,
  input: { id: string | number; version: number; note: string },
  to: RecommendationStatus,
): Promise<{ recommendation: DbRow<'recommendation'> }> => {
  const id = keyOf(String(input.id), 'Recommendation', ['id']);
  // Locked first, so the status the transition is judged on is the one updated.
  await lockRow(tx, 'recommendation', id);
  const found =
    (await tx.db
      .selectFrom('recommendation as r')
      .innerJoin('employee as e', 'e.id', 'r.employee_id')
      .select(['r.status', 'r.version', 'e.instansi_id'])
      .where('r.id', '=', id)
      .executeTakeFirst()) ?? fail('NOT_FOUND', `recommendation ${id} does not exist`, ['input', 'id']);
  requireAdminOf(tx, found.instansi_id);
  if (found.version !== input.version)
    fail(
      'CONFLICT',
      `recommendation ${id} was changed by someone else (version ${found.version}, you had ${input.version}): reload it`,
      ['input', 'version'],
    );
  const note = requiredNote(input.note, ['note'], `why the recommendation becomes ${to}`);
  const change = changeRecommendationStatus(found.status, {
    to,
    by: tx.viewer.username,
    reason: note,
    at: tx.today,
  });
  if (!change.ok)
    throw new UserFault([
      fromDomainError(change.error, change.error.code === 'INVALID_TRANSITION' ? 'INVALID_STATE' : 'INVALID_INPUT', [
        'input',
        'id',
      ]),
    ]);
  const recommendation = await updateVersioned(tx, {
    table: 'recommendation',
    id,
    version: input.version,
    set: { status: to },
    reason: note,
  });
  await tx.db
    .insertInto('recommendation_status_history')
    .values({
      recommendation_id: id,
      from_status: change.value.from,
      to_status: to,
      changed_by_id: tx.viewer.userId,
      note,
    })
    .execute();
  return { recommendation };
};

const statusMutation = (name: string, to: RecommendationStatus, description: string) =>
  defineMutation({
    name,
    description,
    input: (t) => ({
      id: t.id({ required: true, description: 'The recommendation.' }),
      version: t.int({ required: true, description: 'The version you read (a stale one is a CONFLICT).' }),
      note: t.string({ required: true, description: 'Why (recorded in its history with who and when).' }),
    }),
    run: (tx, input) => changeStatus(tx, input, to),
    payload: (t) => ({
      recommendation: t.field({
        type: RecommendationType,
        nullable: true,
        description: 'The recommendation after the change.',
        resolve: (p) => p.recommendation,
      }),
    }),
  });

statusMutation(
  'acceptRecommendation',
  'ACCEPTED',
  'Accepts an OPEN recommendation (REC-1..5) for follow-up, with a note; ADMIN of the employee’s instansi.',
);
statusMutation(
  'dismissRecommendation',
  'DISMISSED',
  'Dismisses an OPEN recommendation (REC-1..5) with the reason; ADMIN of the employee’s instansi.',
);
statusMutation(
  'completeRecommendation',
  'DONE',
  'Marks an ACCEPTED recommendation (REC-1..5) done, with what was done; ADMIN of the employee’s instansi.',
);
