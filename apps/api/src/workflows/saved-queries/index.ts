import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { type GraphQLSchema, OperationTypeNode, parse, validate } from 'graphql';
import { requireRole } from '../../auth/access.js';
import { hasRole } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import type { TxContext } from '../../mutation/run.js';
import { fail } from '../../mutation/user-error.js';
import type { DbRow } from '../../schema/rows.js';

/**
 * Saved queries of the analyst workbench: a named GraphQL query with its variables, private to its owner or shared
 * within the owner's instansi. Analysts (and administrators) write them; the query is checked against the schema
 * when saved, so a saved query always runs.
 */
type SavedQueryRow = DbRow<'saved_query'> & { owner_name: string };

/** The longest saved query text (the API's parser refuses long documents anyway). */
export const MAX_SAVED_QUERY_CHARS = 20_000;

const SavedQueryType = builder.objectRef<SavedQueryRow>('SavedQuery').implement({
  description: "A saved GraphQL query of the analyst workbench: the owner's, or shared within their instansi.",
  fields: (t) => ({
    id: t.id({ description: 'The opaque ID.', resolve: (r) => encodeGlobalID('SavedQuery', r.id) }),
    name: t.exposeString('name', { description: 'Its name, unique per owner.' }),
    description: t.string({ nullable: true, description: 'What it answers.', resolve: (r) => r.description }),
    query: t.exposeString('query', { description: 'The GraphQL document (queries only).' }),
    variables: t.string({
      description: 'The variables as a JSON object text, as GraphiQL takes them.',
      resolve: (r) => JSON.stringify(r.variables ?? {}),
    }),
    shared: t.exposeBoolean('shared', { description: 'Shared with everyone of the instansi who may run queries.' }),
    ownerName: t.exposeString('owner_name', { description: 'Who saved it.' }),
    mine: t.boolean({
      description: 'Whether you saved it (only then can you change it).',
      resolve: (r, _a, ctx) => r.owner_id === ctx.viewer?.userId,
    }),
    updatedAt: t.string({
      description: 'When it was last changed (ISO 8601).',
      resolve: (r) => new Date(r.updated_at).toISOString(),
    }),
    version: t.exposeInt('version', { description: 'The version to send back with a change (stale: CONFLICT).' }),
  }),
});

const canSave = (ctx: { viewer: TxContext['viewer'] | null }) =>
  hasRole(ctx.viewer, 'ANALYST') || hasRole(ctx.viewer, 'ADMIN');

builder.queryField('savedQueries', (t) =>
  t.field({
    type: [SavedQueryType],
    description: 'Your saved queries and those shared within your instansi, by name (analysts and administrators).',
    resolve: async (_r, _a, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer || !canSave(ctx)) return [];
      return ctx.db
        .selectFrom('saved_query as q')
        .innerJoin('app_user as u', 'u.id', 'q.owner_id')
        .selectAll('q')
        .select('u.display_name as owner_name')
        .where((eb) =>
          eb.or([
            eb('q.owner_id', '=', viewer.userId),
            eb.and([eb('q.shared', '=', true), eb('q.instansi_id', '=', viewer.instansiId)]),
          ]),
        )
        .orderBy('q.name')
        .orderBy('q.id')
        .limit(500)
        .execute();
    },
  }),
);

/** Refuses a document that does not parse, does not validate against the schema, or is not a query. */
const checkDocument = (schema: GraphQLSchema, text: string) => {
  if (text.length > MAX_SAVED_QUERY_CHARS)
    fail('INVALID_INPUT', `a saved query is at most ${MAX_SAVED_QUERY_CHARS} characters`, ['input', 'query']);
  let doc: ReturnType<typeof parse>;
  try {
    doc = parse(text, { maxTokens: 5000 });
  } catch (e) {
    return fail('INVALID_INPUT', `the query does not parse: ${(e as Error).message}`, ['input', 'query']);
  }
  const errors = validate(schema, doc);
  if (errors.length > 0)
    fail('INVALID_INPUT', `the query is not valid: ${errors.map((e) => e.message).join('; ')}`, ['input', 'query']);
  for (const d of doc.definitions)
    if (d.kind === 'OperationDefinition' && d.operation !== OperationTypeNode.QUERY)
      fail('INVALID_INPUT', 'only queries can be saved, not mutations or subscriptions', ['input', 'query']);
};

const parseVariables = (text: string | null | undefined): Record<string, unknown> => {
  if (text === null || text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('INVALID_INPUT', 'the variables are not valid JSON', ['input', 'variables']);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('INVALID_INPUT', 'the variables must be a JSON object', ['input', 'variables']);
  return value as Record<string, unknown>;
};

const savedQueryId = (id: string): number => {
  try {
    const { typename, id: raw } = decodeGlobalID(id);
    if (typename === 'SavedQuery' && /^\d+$/.test(raw)) return Number(raw);
  } catch {
    // falls through to the refusal
  }
  return fail('NOT_FOUND', 'no such saved query', ['input', 'id']);
};

const withOwner = async (tx: TxContext, id: number): Promise<SavedQueryRow> =>
  tx.db
    .selectFrom('saved_query as q')
    .innerJoin('app_user as u', 'u.id', 'q.owner_id')
    .selectAll('q')
    .select('u.display_name as owner_name')
    .where('q.id', '=', id)
    .executeTakeFirstOrThrow();

/** The saved query, if the viewer owns it; another's (even shared) cannot be changed. */
const ownQuery = async (tx: TxContext, id: number) => {
  const row = await tx.db
    .selectFrom('saved_query')
    .select(['owner_id', 'instansi_id', 'shared'])
    .where('id', '=', id)
    .executeTakeFirst();
  const visible =
    row && (row.owner_id === tx.viewer.userId || (row.shared && row.instansi_id === tx.viewer.instansiId));
  if (!visible) return fail('NOT_FOUND', 'no such saved query', ['input', 'id']);
  if (row.owner_id !== tx.viewer.userId) fail('FORBIDDEN', 'only its owner can change a saved query', ['input', 'id']);
};

const nameOf = (name: string) => {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 120)
    fail('INVALID_INPUT', 'the name must be 1 to 120 characters', ['input', 'name']);
  return trimmed;
};

defineMutation({
  name: 'createSavedQuery',
  description: 'Saves a query of the workbench (analysts and administrators); it is checked against the schema.',
  input: (t) => ({
    name: t.string({ required: true, description: 'A name, unique among yours.' }),
    description: t.string({ description: 'What it answers.' }),
    query: t.string({ required: true, description: 'The GraphQL query document.' }),
    variables: t.string({ description: 'Variables as a JSON object text.' }),
    shared: t.boolean({ description: 'Share it within your instansi (default false).' }),
  }),
  run: async (tx, input, info) => {
    requireRole(tx, 'ANALYST', 'ADMIN');
    const name = nameOf(input.name);
    checkDocument(info.schema, input.query);
    const variables = parseVariables(input.variables);
    const taken = await tx.db
      .selectFrom('saved_query')
      .select('id')
      .where('owner_id', '=', tx.viewer.userId)
      .where('name', '=', name)
      .executeTakeFirst();
    if (taken) fail('DUPLICATE', `you already have a saved query named "${name}"`, ['input', 'name']);
    const row = await tx.db
      .insertInto('saved_query')
      .values({
        owner_id: tx.viewer.userId,
        instansi_id: tx.viewer.instansiId,
        name,
        description: input.description?.trim() || null,
        query: input.query,
        variables: JSON.stringify(variables),
        shared: input.shared ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'saved_query', entityId: row.id, new: { name, shared: input.shared ?? false } }]);
    return { savedQuery: await withOwner(tx, row.id) };
  },
  payload: (t) => ({
    savedQuery: t.field({
      type: SavedQueryType,
      nullable: true,
      description: 'The saved query.',
      resolve: (p) => p.savedQuery,
    }),
  }),
});

defineMutation({
  name: 'updateSavedQuery',
  description: 'Changes one of your saved queries; fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The saved query.' }),
    version: t.int({ required: true, description: 'The version you read (stale: CONFLICT).' }),
    name: t.string({ description: 'A new name.' }),
    description: t.string({ description: 'A new description.' }),
    query: t.string({ description: 'A new query document.' }),
    variables: t.string({ description: 'New variables (JSON object text).' }),
    shared: t.boolean({ description: 'Share it within your instansi, or stop sharing.' }),
  }),
  run: async (tx, input, info) => {
    requireRole(tx, 'ANALYST', 'ADMIN');
    const id = savedQueryId(String(input.id));
    await ownQuery(tx, id);
    const set: Record<string, unknown> = {};
    if (input.name != null) set.name = nameOf(input.name);
    if (input.description !== undefined) set.description = input.description?.trim() || null;
    if (input.query != null) {
      checkDocument(info.schema, input.query);
      set.query = input.query;
    }
    if (input.variables != null) set.variables = parseVariables(input.variables);
    if (input.shared != null) set.shared = input.shared;
    if (Object.keys(set).length > 0) set.updated_at = new Date().toISOString();
    await updateVersioned(tx, { table: 'saved_query', id, version: input.version, set });
    return { savedQuery: await withOwner(tx, id) };
  },
  payload: (t) => ({
    savedQuery: t.field({
      type: SavedQueryType,
      nullable: true,
      description: 'The saved query.',
      resolve: (p) => p.savedQuery,
    }),
  }),
});

defineMutation({
  name: 'deleteSavedQuery',
  description: 'Deletes one of your saved queries.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The saved query.' }),
    version: t.int({ required: true, description: 'The version you read (stale: CONFLICT).' }),
  }),
  run: async (tx, input) => {
    requireRole(tx, 'ANALYST', 'ADMIN');
    const id = savedQueryId(String(input.id));
    await ownQuery(tx, id);
    const row = await tx.db
      .selectFrom('saved_query')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.version !== input.version)
      fail('CONFLICT', `the saved query was changed since you read it (version ${row.version}): reload it`, [
        'input',
        'version',
      ]);
    await tx.db.deleteFrom('saved_query').where('id', '=', id).execute();
    await audit(tx, [{ entity: 'saved_query', entityId: id, old: { name: row.name, query: row.query } }]);
    return { deletedId: String(input.id) };
  },
  payload: (t) => ({
    deletedId: t.id({ nullable: true, description: 'The ID of the deleted query.', resolve: (p) => p.deletedId }),
  }),
});
