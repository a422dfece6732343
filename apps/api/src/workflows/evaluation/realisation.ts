import { checkSkpEditable } from '@kinerja/domain';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import type { TxContext } from '../../mutation/run.js';
import { fail } from '../../mutation/user-error.js';
import { RealisationType } from '../../schema/skp.js';
import { findEmployee, keyOf, requiredNote } from '../merit/common.js';
import { checkVersion, orRefuse, policyOfYear, requireEvaluatorOf, requireOwnSkp } from './common.js';
import { ikiOf, validateOneRhk } from './content.js';

/** EVAL-3/8: what was achieved on an indicator per period, with evidence links, and the evaluator's feedback. */

const lockIkiAndSkp = async (tx: TxContext, ikiId: number, field: string) => {
  const iki =
    (await tx.db.selectFrom('skp_iki').selectAll().where('id', '=', ikiId).executeTakeFirst()) ??
    fail('NOT_FOUND', `indicator (IKI) ${ikiId} does not exist`, ['input', field]);
  const rhk = await tx.db.selectFrom('skp_rhk').selectAll().where('id', '=', iki.rhk_id).executeTakeFirstOrThrow();
  const skp = await tx.db
    .selectFrom('skp')
    .selectAll()
    .where('id', '=', rhk.skp_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { iki, rhk, skp };
};

defineMutation({
  name: 'recordRealisation',
  description:
    'Records what was achieved on an indicator (IKI) in one period of the year, with links to the evidence (EVAL-3/8), on an APPROVED SKP. The employee.',
  input: (t) => ({
    indicatorId: t.id({ required: true, description: 'The indicator.' }),
    period: t.int({ required: true, description: 'The period of the year (1-4 for QUARTERLY, EVAL-8).' }),
    value: t.float({ required: false, description: 'The number achieved, for a quantitative target.' }),
    description: t.string({ required: true, description: 'What was achieved, in words.' }),
    evidenceLinks: t.stringList({ required: false, description: 'Links to the evidence (bukti dukung).' }),
    version: t.int({
      required: false,
      description: 'The version you read of the period’s realisation; omit when the period has none yet.',
    }),
  }),
  run: async (tx, input) => {
    const { iki, rhk, skp } = await lockIkiAndSkp(
      tx,
      keyOf(String(input.indicatorId), 'Iki', ['indicatorId']),
      'indicatorId',
    );
    requireOwnSkp(tx, skp, 'record its realisations');
    orRefuse(checkSkpEditable(skp.state, 'REALISATION'));
    const description = requiredNote(input.description, ['description'], 'what was achieved');
    const evidence = (input.evidenceLinks ?? []).map((l) => l.trim());
    const value = input.value ?? null;
    const policy = await policyOfYear(
      tx,
      (await findEmployee(tx, skp.employee_id, ['indicatorId'])).instansi_id,
      skp.year,
    );
    const domainIki = ikiOf(iki);
    await validateOneRhk(
      tx,
      skp,
      {
        id: String(rhk.id),
        jenis: rhk.jenis as 'UTAMA' | 'TAMBAHAN',
        description: rhk.description,
        parentRhkId: null,
        ikis: [
          { ...domainIki, realisations: [{ period: input.period, value, description, evidence, feedback: null }] },
        ],
      },
      policy,
    );
    const existing = await tx.db
      .selectFrom('skp_realisation')
      .selectAll()
      .where('iki_id', '=', iki.id)
      .where('period', '=', input.period)
      .forUpdate()
      .executeTakeFirst();
    const set = { value: value === null ? null : String(value), description, evidence_links: evidence };
    if (existing) {
      if (input.version === null || input.version === undefined)
        fail('CONFLICT', `period ${input.period} already has a realisation: send its version to change it`, [
          'input',
          'version',
        ]);
      checkVersion(existing, input.version as number, `the realisation of period ${input.period}`);
      const realisation = await updateVersioned(tx, {
        table: 'skp_realisation',
        id: existing.id,
        version: input.version as number,
        set,
      });
      return { realisation };
    }
    const realisation = await tx.db
      .insertInto('skp_realisation')
      .values({ iki_id: iki.id, period: input.period, ...set })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'skp_realisation', entityId: realisation.id, new: realisation }]);
    return { realisation };
  },
  payload: (t) => ({
    realisation: t.field({
      type: RealisationType,
      nullable: true,
      description: 'The realisation of the period.',
      resolve: (p) => p.realisation,
    }),
  }),
});

defineMutation({
  name: 'giveRealisationFeedback',
  description:
    'The evaluator’s feedback (umpan balik) on a realisation (EVAL-3), while the SKP is APPROVED or EVALUATED. The evaluator of the SKP.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The realisation.' }),
    version: t.int({ required: true, description: 'The version you read.' }),
    feedback: t.string({ required: true, description: 'The feedback.' }),
  }),
  run: async (tx, input) => {
    const id = keyOf(String(input.id), 'Realisation', ['id']);
    const row =
      (await tx.db.selectFrom('skp_realisation').selectAll().where('id', '=', id).executeTakeFirst()) ??
      fail('NOT_FOUND', `realisation ${id} does not exist`, ['input', 'id']);
    const { skp } = await lockIkiAndSkp(tx, row.iki_id, 'id');
    requireEvaluatorOf(tx, skp, 'give feedback on it');
    checkVersion(row, input.version, `realisation ${row.id}`);
    orRefuse(checkSkpEditable(skp.state, 'RATING'));
    const feedback = requiredNote(input.feedback, ['feedback'], 'the feedback');
    const realisation = await updateVersioned(tx, {
      table: 'skp_realisation',
      id: row.id,
      version: input.version,
      set: { feedback },
    });
    return { realisation };
  },
  payload: (t) => ({
    realisation: t.field({
      type: RealisationType,
      nullable: true,
      description: 'The realisation with the feedback.',
      resolve: (p) => p.realisation,
    }),
  }),
});
