import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * The shape limits of an operation, checked while Apollo validates it, before it costs anything. The numbers and
 * why are in docs/security.md; the dashboards' deepest query has depth 10 and no aliases.
 */
export const LIMITS = {
  /** Tokens the parser reads before it gives up (Apollo's own parser option answers 400, not 500). */
  maxTokens: 5_000,
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
} as const;

/**
 * graphql-armor throws its rejection out of validation, which Apollo answers with a 500; reporting it to the
 * validation context makes it the 400 GRAPHQL_VALIDATION_FAILED it is.
 */
const report = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** graphql-armor's validation rules for the limits. */
export const limitRules = [
  maxDepthRule({ n: LIMITS.maxDepth, flattenFragments: true, ...report }),
  maxAliasesRule({ n: LIMITS.maxAliases, ...report }),
  maxDirectivesRule({ n: LIMITS.maxDirectives, ...report }),
];
