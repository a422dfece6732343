import type { TrainingKind as TrainingKindCode } from '@kinerja/domain';
import { requireAdminOf } from '../../auth/access.js';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { fail } from '../../mutation/user-error.js';
import { TrainingKind } from '../../schema/enums.js';
import type { DbRow } from '../../schema/rows.js';
import { ProgramType } from '../../schema/training.js';
import { adminProgram, keyOf, optionalText, requiredText } from './common.js';

/** The most JP a program can be worth (a long leadership course is a few hundred). */
const MAX_JP = 1000;

const jpOf = (jp: number, field: readonly string[]): number =>
  Number.isSafeInteger(jp) && jp > 0 && jp <= MAX_JP
    ? jp
    : fail('INVALID_INPUT', `JP are whole hours from 1 to ${MAX_JP}, not ${jp}`, ['input', ...field], 'DEV-1');

const codeOf = (code: string): string => {
  const value = requiredText(code, ['code'], 'the program code', 40);
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(value))
    fail('INVALID_INPUT', 'a program code is letters, digits and . _ / -', ['input', 'code']);
  return value;
};

const refuseTakenCode = async (tx: Parameters<typeof requireAdminOf>[0], instansiId: number, code: string, id = 0) => {
  const taken = await tx.db
    .selectFrom('training_program')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .where('code', '=', code)
    .where('id', '<>', id)
    .executeTakeFirst();
  if (taken) fail('DUPLICATE', `the instansi already has a program with the code ${code}`, ['input', 'code']);
};

defineMutation({
  name: 'createTrainingProgram',
  description:
    'Creates a training program of the viewer’s instansi: kind (DEV-2), competency area, JP, provider. ADMIN of the instansi.',
  input: (t) => ({
    code: t.string({ required: true, description: 'Code (kode program), unique within the instansi.' }),
    name: t.string({ required: true, description: 'Name (nama program).' }),
    kind: t.field({ type: TrainingKind, required: true, description: 'Kind of development (DEV-2).' }),
    competencyArea: t.string({ required: true, description: 'Competency area developed.' }),
    jp: t.int({ required: true, description: 'Training hours (JP) the program is worth (DEV-1).' }),
    provider: t.string({ required: true, description: 'Provider (penyelenggara).' }),
    isIt: t.boolean({ required: false, description: 'IT or information-system training (technical, DEV-2).' }),
    description: t.string({ required: false, description: 'Description.' }),
  }),
  run: async (tx, input) => {
    const instansiId = tx.viewer.instansiId;
    requireAdminOf(tx, instansiId);
    const code = codeOf(input.code);
    await refuseTakenCode(tx, instansiId, code);
    const program = await tx.db
      .insertInto('training_program')
      .values({
        instansi_id: instansiId,
        code,
        name: requiredText(input.name, ['name'], 'the program name'),
        kind: input.kind as TrainingKindCode,
        competency_area: requiredText(input.competencyArea, ['competencyArea'], 'the competency area'),
        jp: jpOf(input.jp, ['jp']),
        provider: requiredText(input.provider, ['provider'], 'the provider'),
        is_it: input.isIt ?? false,
        description: optionalText(input.description, ['description']),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'training_program', entityId: program.id, new: program }]);
    return { program };
  },
  payload: (t) => ({
    program: t.field({
      type: ProgramType,
      nullable: true,
      description: 'The program created.',
      resolve: (p) => p.program,
    }),
  }),
});

defineMutation({
  name: 'updateTrainingProgram',
  description:
    'Changes a training program (fields left out stay as they are). ADMIN of its instansi; names the version read.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The program.' }),
    version: t.int({ required: true, description: 'The version read; a newer one refuses with CONFLICT.' }),
    code: t.string({ required: false, description: 'Code (kode program), unique within the instansi.' }),
    name: t.string({ required: false, description: 'Name (nama program).' }),
    kind: t.field({ type: TrainingKind, required: false, description: 'Kind of development (DEV-2).' }),
    competencyArea: t.string({ required: false, description: 'Competency area developed.' }),
    jp: t.int({ required: false, description: 'Training hours (JP) the program is worth (DEV-1).' }),
    provider: t.string({ required: false, description: 'Provider (penyelenggara).' }),
    isIt: t.boolean({ required: false, description: 'IT or information-system training (technical, DEV-2).' }),
    description: t.string({ required: false, description: 'Description; empty clears it.' }),
    reason: t.string({ required: false, description: 'Why it changes (kept in the audit trail).' }),
  }),
  run: async (tx, input) => {
    const id = keyOf(input.id, 'TrainingProgram', ['id']);
    const current = await adminProgram(tx, id, ['id']);
    const set: Record<string, unknown> = {};
    if (input.code != null) {
      set.code = codeOf(input.code);
      await refuseTakenCode(tx, current.instansi_id, set.code as string, id);
    }
    if (input.name != null) set.name = requiredText(input.name, ['name'], 'the program name');
    if (input.kind != null) set.kind = input.kind;
    if (input.competencyArea != null)
      set.competency_area = requiredText(input.competencyArea, ['competencyArea'], 'the competency area');
    if (input.jp != null) set.jp = jpOf(input.jp, ['jp']);
    if (input.provider != null) set.provider = requiredText(input.provider, ['provider'], 'the provider');
    if (input.isIt != null) set.is_it = input.isIt;
    if (input.description !== undefined) set.description = optionalText(input.description, ['description']);
    const program = (await updateVersioned(tx, {
      table: 'training_program',
      id,
      version: input.version,
      set,
      reason: optionalText(input.reason, ['reason']),
    })) as DbRow<'training_program'>;
    return { program };
  },
  payload: (t) => ({
    program: t.field({
      type: ProgramType,
      nullable: true,
      description: 'The program as changed.',
      resolve: (p) => p.program,
    }),
  }),
});

defineMutation({
  name: 'retireTrainingProgram',
  description: 'Retires a training program: it takes no new sessions (DEV-2). ADMIN of its instansi.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The program.' }),
    version: t.int({ required: true, description: 'The version read; a newer one refuses with CONFLICT.' }),
    reason: t.string({ required: true, description: 'Why it is retired (kept in the audit trail).' }),
  }),
  run: async (tx, input) => {
    const id = keyOf(input.id, 'TrainingProgram', ['id']);
    const current = await adminProgram(tx, id, ['id']);
    if (current.retired_at !== null && current.version === input.version)
      fail('INVALID_STATE', `training program ${current.code} is already retired`, ['input', 'id']);
    const program = (await updateVersioned(tx, {
      table: 'training_program',
      id,
      version: input.version,
      set: { retired_at: new Date().toISOString() },
      reason: requiredText(input.reason, ['reason'], 'why the program is retired', 2000),
    })) as DbRow<'training_program'>;
    return { program };
  },
  payload: (t) => ({
    program: t.field({
      type: ProgramType,
      nullable: true,
      description: 'The retired program.',
      resolve: (p) => p.program,
    }),
  }),
});
