import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Apollo Client reads the masked fragment types that graphql-codegen writes (codegen.ts).
declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
