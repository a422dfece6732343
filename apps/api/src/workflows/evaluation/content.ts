import {
  type BehaviourExpectation,
  type BerakhlakValue,
  type Iki,
  type IkiAspect,
  type IkiTarget,
  type Policy,
  type Rhk,
  type RhkJenis,
  type SkpContent,
  type SkpValidationError,
  validateSkpContent,
} from '@kinerja/domain';
import type { TxContext } from '../../mutation/run.js';
import { fail, UserFault, userError } from '../../mutation/user-error.js';
import type { DbRow } from '../../schema/rows.js';
import type { SkpRow } from './common.js';

/** An SKP's content as rows, mapped to the domain's shapes (EVAL-3/4), and its validation as user errors. */

const PREFIX = /^rhk\[\d+\]\.(ikis\[\d+\]\.)?(realisations\[\d+\]\.)?/;
const INPUT_NAME: Readonly<Record<string, string>> = {
  'target.value': 'targetValue',
  'target.unit': 'targetUnit',
  'target.description': 'targetText',
};

/** The input field of a validation issue about the one RHK, IKI or realisation a mutation writes. */
const inputFieldOf = (path: string | undefined): string[] | null => {
  if (!path) return null;
  const tail = path.replace(PREFIX, '');
  const evidence = /^evidence\[(\d+)\]$/.exec(tail);
  if (evidence) return ['input', 'evidenceLinks', evidence[1] ?? '0'];
  return ['input', INPUT_NAME[tail] ?? tail];
};

/** Refuses with every issue of a validation, each on its input field. */
export const refuseIssues = (error: SkpValidationError): never => {
  throw new UserFault(
    error.issues.map((i) =>
      userError(
        i.code === 'DUPLICATE' ? 'DUPLICATE' : 'INVALID_INPUT',
        i.message.replace(PREFIX, ''),
        inputFieldOf(i.path),
        i.code,
      ),
    ),
  );
};

/** An IKI target from the input: a number with its unit, or a description. */
export const targetOf = (input: {
  targetValue?: number | null | undefined;
  targetUnit?: string | null | undefined;
  targetText?: string | null | undefined;
}): IkiTarget => {
  const hasValue = input.targetValue !== null && input.targetValue !== undefined;
  const hasText = (input.targetText ?? '').trim() !== '';
  if (hasValue === hasText)
    return fail(
      'INVALID_INPUT',
      'an IKI target is either a number with its unit (targetValue, targetUnit) or a description (targetText)',
      ['input', hasValue ? 'targetText' : 'targetValue'],
      'EVAL-3',
    );
  return hasValue
    ? { kind: 'QUANTITATIVE', value: input.targetValue as number, unit: (input.targetUnit ?? '').trim() }
    : { kind: 'QUALITATIVE', description: (input.targetText ?? '').trim() };
};

export const targetColumns = (target: IkiTarget) =>
  target.kind === 'QUANTITATIVE'
    ? { target_value: String(target.value), target_unit: target.unit, target_text: null }
    : { target_value: null, target_unit: null, target_text: target.description };

export const ikiOf = (row: DbRow<'skp_iki'>, realisations: readonly DbRow<'skp_realisation'>[] = []): Iki => ({
  aspect: row.aspect as IkiAspect,
  indicator: row.indicator,
  target:
    row.target_value === null
      ? { kind: 'QUALITATIVE', description: row.target_text ?? '' }
      : { kind: 'QUANTITATIVE', value: Number(row.target_value), unit: row.target_unit ?? '' },
  realisations: realisations
    .filter((r) => r.iki_id === row.id)
    .map((r) => ({
      period: r.period,
      value: r.value === null ? null : Number(r.value),
      description: r.description,
      evidence: r.evidence_links,
      feedback: r.feedback,
    })),
});

/** The ids of the evaluator's RHK of the same year: what an RHK may support (cascading, EVAL-3). */
export const evaluatorRhkIds = async (tx: TxContext, skp: SkpRow): Promise<string[]> => {
  const rows = await tx.db
    .selectFrom('skp_rhk as r')
    .innerJoin('skp as s', 's.id', 'r.skp_id')
    .select('r.id')
    .where('s.employee_id', '=', skp.evaluator_id)
    .where('s.year', '=', skp.year)
    .execute();
  return rows.map((r) => String(r.id));
};

/** Validates one RHK (with its IKIs and their realisations) of an SKP by the domain (EVAL-3); refuses every issue. */
export const validateOneRhk = async (tx: TxContext, skp: SkpRow, rhk: Rhk, policy: Policy) => {
  const content: SkpContent = {
    employeeId: String(skp.employee_id),
    year: skp.year,
    evaluatorId: String(skp.evaluator_id),
    evaluatorSuperiorId: skp.evaluator_superior_id === null ? null : String(skp.evaluator_superior_id),
    rhk: [rhk],
    behaviour: [],
  };
  const context = rhk.parentRhkId === null ? {} : { evaluatorRhkIds: await evaluatorRhkIds(tx, skp) };
  const result = validateSkpContent(content, policy, context);
  if (!result.ok) refuseIssues(result.error);
};

/**
 * The results (RHK) of an SKP with their indicators (IKI) and the indicators' realisations, one statement each;
 * `lock` locks the results for the rest of the transaction (rating).
 */
export const loadResultRows = async (tx: TxContext, skpId: number, lock = false) => {
  const rhks = await tx.db
    .selectFrom('skp_rhk')
    .selectAll()
    .where('skp_id', '=', skpId)
    .orderBy('position')
    .orderBy('id')
    .$if(lock, (q) => q.forUpdate())
    .execute();
  const ikis = rhks.length
    ? await tx.db
        .selectFrom('skp_iki')
        .selectAll()
        .where(
          'rhk_id',
          'in',
          rhks.map((r) => r.id),
        )
        .orderBy('position')
        .orderBy('id')
        .execute()
    : [];
  const realisations = ikis.length
    ? await tx.db
        .selectFrom('skp_realisation')
        .selectAll()
        .where(
          'iki_id',
          'in',
          ikis.map((i) => i.id),
        )
        .execute()
    : [];
  return { rhks, ikis, realisations };
};

/** The whole content of an SKP as the domain sees it. */
export const loadContent = async (tx: TxContext, skp: SkpRow): Promise<SkpContent> => {
  const { rhks, ikis, realisations } = await loadResultRows(tx, skp.id);
  const behaviours = await tx.db.selectFrom('skp_behaviour').selectAll().where('skp_id', '=', skp.id).execute();
  return {
    employeeId: String(skp.employee_id),
    year: skp.year,
    evaluatorId: String(skp.evaluator_id),
    evaluatorSuperiorId: skp.evaluator_superior_id === null ? null : String(skp.evaluator_superior_id),
    rhk: rhks.map((r) => ({
      id: String(r.id),
      jenis: r.jenis as RhkJenis,
      description: r.description,
      parentRhkId: r.parent_rhk_id === null ? null : String(r.parent_rhk_id),
      ikis: ikis.filter((i) => i.rhk_id === r.id).map((i) => ikiOf(i, realisations)),
    })),
    behaviour: behaviours.map(
      (b): BehaviourExpectation => ({
        value: b.value as BerakhlakValue,
        expectation: b.expectation,
        feedback: b.feedback,
      }),
    ),
  };
};
