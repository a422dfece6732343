import {
  competencyMeetsStandard,
  JABATAN_LEVELS,
  type JabatanLevel as JabatanLevelCode,
  parseAssessedOn,
  parseAssessmentKind,
  parseAssessmentScore,
} from '@kinerja/domain';
import { requireAdminOf, requireRole } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { audit } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { refreshFacts } from '../../mutation/refresh-facts.js';
import type { TxContext } from '../../mutation/run.js';
import { fail, type UserError, UserErrorType, UserFault, userError } from '../../mutation/user-error.js';
import { enumType } from '../../query/list-types.js';
import { EmployeeType } from '../../schema/employee.js';
import { toOneField } from '../../schema/entity.js';
import { JabatanLevel } from '../../schema/enums.js';
import type { DbRow } from '../../schema/rows.js';
import { findEmployee, keyOf, optionalText } from './common.js';
import { parseCsv } from './csv.js';

const AssessmentKindEnum = enumType(
  'AssessmentKind',
  ['POTENSI', 'KOMPETENSI'],
  'POTENSI (potential, for the talent 9-box, MERIT-4) or KOMPETENSI (competency against the standard, MERIT-3/5).',
);

export const AssessmentType = builder.objectRef<DbRow<'assessment'>>('Assessment').implement({
  description: 'A potential or competency assessment of an employee (MERIT-3/4/5).',
  fields: (t) => ({
    kind: t.field({ type: AssessmentKindEnum, description: 'POTENSI or KOMPETENSI.', resolve: (a) => a.kind }),
    score: t.float({ description: 'The score, 0-100.', resolve: (a) => Number(a.score) }),
    assessedOn: t.field({ type: 'Date', description: 'The day of the assessment.', resolve: (a) => a.assessed_on }),
    meetsStandard: t.boolean({
      nullable: true,
      description:
        'KOMPETENSI: whether the score meets the standard of the level and job family (MERIT-3); null when there is none.',
      resolve: (a) => a.competency_meets_standard,
    }),
    assessor: t.string({ nullable: true, description: 'Who assessed.', resolve: (a) => a.assessor }),
    note: t.string({ nullable: true, description: 'A note.', resolve: (a) => a.note }),
    version: t.exposeInt('version', { description: 'The version, for edits.' }),
    employee: toOneField(t, EmployeeType, 'employee', 'employee_id', 'The employee assessed.'),
  }),
});

/** One assessment to record, as given (GraphQL input or a CSV row). */
type RawAssessment = {
  readonly kind: string;
  readonly score: number | string;
  readonly assessedOn: string;
  readonly assessor: string | null;
  readonly note: string | null;
  readonly standardLevel: JabatanLevelCode | null;
};

type Prepared = Omit<DbRow<'assessment'>, 'id' | 'version'>;

/** MERIT-3: the competency standard of an instansi for a level and job family. */
type FindStandard = (
  instansiId: number,
  level: JabatanLevelCode,
  area: string,
) => Promise<DbRow<'competency_standard'> | undefined>;

/** Every competency standard of the instansi, read once (a small table), as a lookup. */
const standardsOf = async (tx: TxContext, instansiId: number): Promise<FindStandard> => {
  const rows = await tx.db
    .selectFrom('competency_standard')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .execute();
  const map = new Map(rows.map((r) => [`${r.instansi_id}|${r.jabatan_level}|${r.competency_area}`, r]));
  return async (instansi, level, area) => map.get(`${instansi}|${level}|${area}`);
};

/**
 * Validates one assessment with the domain (kind, score, day) and judges a competency score against the standard
 * of the level (the one given, or the employee's current level) and the employee's job family (MERIT-3). Returns
 * the row to insert, or every reason it is refused, with field paths under `path`.
 */
const prepare = async (
  tx: TxContext,
  employee: DbRow<'employee'>,
  raw: RawAssessment,
  path: readonly string[],
  columns: { kind: string; score: string; assessedOn: string; assessor: string; note: string },
  findStandard: FindStandard,
): Promise<{ ok: true; row: Prepared } | { ok: false; errors: UserError[] }> => {
  const errors: UserError[] = [];
  const at = (column: string) => [...path, column];
  const kind = parseAssessmentKind(raw.kind.trim().toUpperCase());
  if (!kind.ok) errors.push(userError('INVALID_INPUT', kind.error.message, at(columns.kind), kind.error.code));
  const score = parseAssessmentScore(raw.score);
  if (!score.ok) errors.push(userError('INVALID_INPUT', score.error.message, at(columns.score), score.error.code));
  const on = parseAssessedOn(raw.assessedOn, tx.today);
  if (!on.ok) errors.push(userError('INVALID_INPUT', on.error.message, at(columns.assessedOn), on.error.code));
  const assessor = (raw.assessor ?? '').trim();
  if (assessor.length > 200) errors.push(userError('INVALID_INPUT', 'at most 200 characters', at(columns.assessor)));
  const note = (raw.note ?? '').trim();
  if (note.length > 2000) errors.push(userError('INVALID_INPUT', 'at most 2,000 characters', at(columns.note)));
  if (!kind.ok || !score.ok || !on.ok || errors.length > 0) return { ok: false, errors };
  let standardId: number | null = null;
  let meets: boolean | null = null;
  if (kind.value === 'KOMPETENSI') {
    const level = raw.standardLevel ?? (employee.current_jabatan_level as JabatanLevelCode | null);
    const standard = level ? await findStandard(employee.instansi_id, level, employee.competency_area) : undefined;
    if (standard) {
      standardId = standard.id;
      meets = competencyMeetsStandard(score.value, {
        minScore: Number(standard.min_score),
        label: `${standard.jabatan_level} / ${standard.competency_area}`,
      }).ok;
    }
  }
  return {
    ok: true,
    row: {
      employee_id: employee.id,
      kind: kind.value,
      score: score.value,
      assessed_on: on.value,
      competency_standard_id: standardId,
      competency_meets_standard: meets,
      assessor: assessor === '' ? null : assessor,
      note: note === '' ? null : note,
    },
  };
};

const duplicateOf = (row: Prepared) => `${row.employee_id}|${row.kind}|${row.assessed_on}`;

/** The keys (employee, kind, day) already recorded among these rows. */
const recordedKeys = async (tx: TxContext, rows: readonly Prepared[]): Promise<Set<string>> => {
  const ids = [...new Set(rows.map((r) => r.employee_id))];
  if (ids.length === 0) return new Set();
  const existing = await tx.db
    .selectFrom('assessment')
    .select(['employee_id', 'kind', 'assessed_on'])
    .where('employee_id', 'in', ids)
    .execute();
  return new Set(existing.map((r) => `${r.employee_id}|${r.kind}|${r.assessed_on}`));
};

/** Inserts prepared rows with one audit row each. */
const insertAll = async (tx: TxContext, rows: readonly Prepared[]): Promise<DbRow<'assessment'>[]> => {
  if (rows.length === 0) return [];
  const inserted = await tx.db
    .insertInto('assessment')
    .values([...rows])
    .returningAll()
    .execute();
  await audit(
    tx,
    inserted.map((a) => ({ entity: 'assessment', entityId: a.id, new: a })),
  );
  return inserted;
};

const SINGLE_COLUMNS = { kind: 'kind', score: 'score', assessedOn: 'assessedOn', assessor: 'assessor', note: 'note' };

defineMutation({
  name: 'recordAssessment',
  description:
    'Records a potential (MERIT-4) or competency (MERIT-3/5) assessment of an employee; a competency score is judged against the standard of the level and job family. ADMIN of the employee’s instansi. The talent box and succession facts are refreshed at once.',
  input: (t) => ({
    employeeId: t.id({ required: true, description: 'The employee assessed.' }),
    kind: t.field({ type: AssessmentKindEnum, required: true, description: 'POTENSI or KOMPETENSI.' }),
    score: t.float({ required: true, description: 'The score, 0-100, at most two decimals.' }),
    assessedOn: t.field({
      type: 'Date',
      required: true,
      description: 'The day of the assessment (not in the future).',
    }),
    standardLevel: t.field({
      type: JabatanLevel,
      required: false,
      description: 'KOMPETENSI: the level whose standard it is judged against (default: the employee’s current level).',
    }),
    assessor: t.string({ required: false, description: 'Who assessed (e.g. the assessment centre).' }),
    note: t.string({ required: false, description: 'A note.' }),
  }),
  run: async (tx, input) => {
    const employee = await findEmployee(tx, keyOf(String(input.employeeId), 'Employee', ['employeeId']), [
      'employeeId',
    ]);
    requireAdminOf(tx, employee.instansi_id);
    const prepared = await prepare(
      tx,
      employee,
      {
        kind: input.kind,
        score: input.score,
        assessedOn: input.assessedOn,
        assessor: optionalText(input.assessor, ['assessor'], 200),
        note: optionalText(input.note, ['note'], 2000),
        standardLevel: (input.standardLevel as JabatanLevelCode | null | undefined) ?? null,
      },
      ['input'],
      SINGLE_COLUMNS,
      await standardsOf(tx, employee.instansi_id),
    );
    if (!prepared.ok) throw new UserFault(prepared.errors);
    if ((await recordedKeys(tx, [prepared.row])).has(duplicateOf(prepared.row)))
      fail('DUPLICATE', `a ${prepared.row.kind} assessment of ${prepared.row.assessed_on} is already recorded`, [
        'input',
        'assessedOn',
      ]);
    const [assessment] = await insertAll(tx, [prepared.row]);
    await refreshFacts(tx, [employee.id]);
    return { assessment: assessment ?? null };
  },
  payload: (t) => ({
    assessment: t.field({
      type: AssessmentType,
      nullable: true,
      description: 'The assessment recorded.',
      resolve: (p) => p.assessment,
    }),
  }),
});

/** One row of an import: its line in the CSV, whether it was taken, the reasons it was not, what was written. */
type ImportRow = {
  readonly row: number;
  readonly nip: string;
  readonly ok: boolean;
  readonly reasons: readonly UserError[];
  readonly assessment: DbRow<'assessment'> | null;
};

const ImportRowType = builder.objectRef<ImportRow>('AssessmentImportRow').implement({
  description: 'One data row of an assessment import: taken, or refused with its reasons.',
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The line number in the CSV text (the header is line 1).' }),
    nip: t.exposeString('nip', { description: 'The NIP the row names, as given.' }),
    ok: t.exposeBoolean('ok', { description: 'Whether the row is valid (and written unless the import was refused).' }),
    reasons: t.field({
      type: [UserErrorType],
      description: 'Why the row is refused (empty when ok), with the column at fault.',
      resolve: (r) => [...r.reasons],
    }),
    assessment: t.field({
      type: AssessmentType,
      nullable: true,
      description: 'The assessment written from the row.',
      resolve: (r) => r.assessment,
    }),
  }),
});

/** The columns of an import, by header name (case-insensitive). */
const CSV_COLUMNS = ['nip', 'kind', 'score', 'assessed_on', 'assessor', 'note', 'standard_level'] as const;
const REQUIRED_COLUMNS = ['nip', 'kind', 'score', 'assessed_on'] as const;
/** At most this many data rows per import. */
export const MAX_IMPORT_ROWS = 5000;

defineMutation({
  name: 'importAssessments',
  description: `Imports potential and competency assessments from CSV text with a header (${CSV_COLUMNS.join(', ')}; the first four required), at most ${MAX_IMPORT_ROWS} rows, with a report per row. When any row is refused nothing is written and userErrors name each refused row (field ["input", "csv", "<line>", "<column>"]) unless \`partial\` is true, which writes the valid rows. ADMIN of the instansi; every row’s employee must belong to it.`,
  input: (t) => ({
    csv: t.string({ required: true, description: 'The CSV text, comma- or semicolon-separated, with a header.' }),
    partial: t.boolean({
      required: false,
      description: 'Write the valid rows even when some are refused (default false: all or nothing).',
    }),
  }),
  run: async (tx, input) => {
    requireRole(tx, 'ADMIN');
    const parsed = parseCsv(input.csv);
    if (!parsed.ok) return fail('INVALID_INPUT', `line ${parsed.line}: ${parsed.message}`, ['input', 'csv']);
    const [header, ...records] = parsed.records;
    if (!header) return fail('INVALID_INPUT', 'the CSV is empty; it needs a header', ['input', 'csv']);
    const names = header.cells.map((c) => c.trim().toLowerCase());
    const unknown = names.filter((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
    if (unknown.length > 0)
      fail('INVALID_INPUT', `unknown column(s) ${unknown.join(', ')}; the columns are ${CSV_COLUMNS.join(', ')}`, [
        'input',
        'csv',
      ]);
    const missing = REQUIRED_COLUMNS.filter((n) => !names.includes(n));
    if (missing.length > 0) fail('INVALID_INPUT', `missing column(s) ${missing.join(', ')}`, ['input', 'csv']);
    if (records.length === 0) fail('INVALID_INPUT', 'the CSV has no data rows', ['input', 'csv']);
    if (records.length > MAX_IMPORT_ROWS)
      fail('INVALID_INPUT', `at most ${MAX_IMPORT_ROWS} rows per import, not ${records.length}`, ['input', 'csv']);
    const cellOf = (cells: readonly string[], column: (typeof CSV_COLUMNS)[number]) => {
      const i = names.indexOf(column);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const nips = [...new Set(records.map((r) => cellOf(r.cells, 'nip').replaceAll(' ', '')))];
    const employees = await tx.db.selectFrom('employee').selectAll().where('nip', 'in', nips).execute();
    const byNip = new Map(employees.map((e) => [e.nip, e]));

    const findStandard = await standardsOf(tx, tx.viewer.instansiId);
    const results: { row: number; nip: string; errors: UserError[]; prepared: Prepared | null }[] = [];
    for (const record of records) {
      const path = ['input', 'csv', String(record.line)];
      const nip = cellOf(record.cells, 'nip').replaceAll(' ', '');
      const errors: UserError[] = [];
      if (record.cells.length !== names.length)
        errors.push(userError('INVALID_INPUT', `${record.cells.length} cells; the header has ${names.length}`, path));
      const employee = byNip.get(nip);
      if (!employee)
        errors.push(userError('NOT_FOUND', `no employee has the NIP "${nip.slice(0, 30)}"`, [...path, 'nip']));
      else if (employee.instansi_id !== tx.viewer.instansiId)
        errors.push(userError('FORBIDDEN', `employee ${nip} is not of your instansi`, [...path, 'nip']));
      const levelText = cellOf(record.cells, 'standard_level').toUpperCase();
      if (levelText !== '' && !(JABATAN_LEVELS as readonly string[]).includes(levelText))
        errors.push(
          userError('INVALID_INPUT', `"${levelText.slice(0, 30)}" is not a jabatan level`, [...path, 'standard_level']),
        );
      let prepared: Prepared | null = null;
      if (employee && errors.length === 0) {
        const result = await prepare(
          tx,
          employee,
          {
            kind: cellOf(record.cells, 'kind'),
            score: cellOf(record.cells, 'score'),
            assessedOn: cellOf(record.cells, 'assessed_on'),
            assessor: cellOf(record.cells, 'assessor'),
            note: cellOf(record.cells, 'note'),
            standardLevel: levelText === '' ? null : (levelText as JabatanLevelCode),
          },
          path,
          { kind: 'kind', score: 'score', assessedOn: 'assessed_on', assessor: 'assessor', note: 'note' },
          findStandard,
        );
        if (result.ok) prepared = result.row;
        else errors.push(...result.errors);
      }
      results.push({ row: record.line, nip, errors, prepared });
    }
    // Duplicates: against what is recorded, and within the file (the later row is refused).
    const recorded = await recordedKeys(
      tx,
      results.flatMap((r) => (r.prepared ? [r.prepared] : [])),
    );
    const seen = new Map<string, number>();
    for (const r of results) {
      if (!r.prepared) continue;
      const key = duplicateOf(r.prepared);
      const path = ['input', 'csv', String(r.row), 'assessed_on'];
      if (recorded.has(key))
        r.errors.push(
          userError(
            'DUPLICATE',
            `a ${r.prepared.kind} assessment of ${r.prepared.assessed_on} is already recorded`,
            path,
          ),
        );
      else if (seen.has(key))
        r.errors.push(userError('DUPLICATE', `the same assessment is already on line ${seen.get(key)}`, path));
      else seen.set(key, r.row);
      if (r.errors.length > 0) r.prepared = null;
    }
    const refused = results.filter((r) => r.errors.length > 0);
    if (refused.length > 0 && !input.partial)
      throw new UserFault(
        refused.flatMap((r) =>
          r.errors.map((e) => ({ ...e, message: `line ${r.row}: ${e.message}`, field: e.field ?? ['input', 'csv'] })),
        ),
      );
    const toWrite = results.flatMap((r) => (r.prepared ? [r.prepared] : []));
    const inserted = await insertAll(tx, toWrite);
    const byKey = new Map(inserted.map((a) => [`${a.employee_id}|${a.kind}|${a.assessed_on}`, a]));
    await refreshFacts(
      tx,
      inserted.map((a) => a.employee_id),
    );
    const rows: ImportRow[] = results.map((r) => ({
      row: r.row,
      nip: r.nip,
      ok: r.errors.length === 0,
      reasons: r.errors,
      assessment: r.prepared ? (byKey.get(duplicateOf(r.prepared)) ?? null) : null,
    }));
    return { rows, written: inserted.length, refused: refused.length };
  },
  payload: (t) => ({
    rows: t.field({
      type: [ImportRowType],
      nullable: true,
      description: 'Every data row, in order, with its outcome.',
      resolve: (p) => p.rows,
    }),
    written: t.int({ nullable: true, description: 'How many assessments were written.', resolve: (p) => p.written }),
    refused: t.int({ nullable: true, description: 'How many rows were refused.', resolve: (p) => p.refused }),
  }),
});
