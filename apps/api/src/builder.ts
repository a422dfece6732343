import { parseIsoDate } from '@kinerja/domain';
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { Context } from './context.js';

/** The schema builder: plugins and scalars only; each type lives in its own file under schema/. */
export type BuilderTypes = {
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
};
/** The schema's Pothos types, for helpers that take field builders. */
export type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'The object with this global ID (any type).' },
    nodeTypeOptions: { description: 'An object with an opaque global ID, loadable with node(id).' },
    idFieldOptions: { description: 'The opaque global ID.' },
    nodesQueryOptions: { description: 'The objects with these global IDs, in the same order; null for unknown IDs.' },
  },
});

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string')
    throw new GraphQLError('a Date is a string YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw new GraphQLError(parsed.error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  return parsed.value;
};

builder.addScalarType(
  'Date',
  new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date (tanggal) as YYYY-MM-DD, with no time and no time zone.',
    serialize: (v) => String(v),
    parseValue: parseDate,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING)
        throw new GraphQLError('a Date is a string YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
      return parseDate(ast.value);
    },
  }),
);

builder.queryType({ description: 'Everything an analyst, an admin or an evaluator can read.' });
builder.mutationType({
  description: 'The workflows: each mutation runs in one transaction, is audited, and returns `userErrors`.',
});
