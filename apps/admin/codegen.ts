import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Operation types from the API's printed contract, `apps/api/schema.graphql` (graphql-codegen's client preset).
 * Run through `pnpm generate`, which skips this while the schema file does not exist yet. Settings follow Apollo
 * Client 4's advice: nullable fields as `null` not optional, `unknown` for unmapped scalars, `__typename` always
 * present, and fragment masking left to Apollo's own data masking (`@unmask` understood).
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        customDirectives: { apolloUnmask: true },
        inlineFragmentTypes: 'mask',
      },
    },
  },
};

export default config;
