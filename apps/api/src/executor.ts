import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  type GraphQLSchema,
  isInputObjectType,
  type OperationDefinitionNode,
  printSchema,
  type TypeNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/**
 * Executes operations with graphql-jit: each distinct operation is compiled once into a function that resolves it
 * without graphql-js's per-field interpretation, which is most of the cost of a dashboard's thousands of fields.
 * Apollo Server still parses, validates, prices (cost plugin) and formats; only execution is replaced, through its
 * gateway interface, the documented seam for a custom executor.
 *
 * graphql-jit cannot compile the coercion of a variable whose type is a recursive input (every `filter:` is one:
 * `and: [EmployeeFilter]`), so operations with input-object variables run on graphql-js; literal filters and
 * scalar variables, which dashboards use, run compiled.
 */
export const jitGateway = (schema: GraphQLSchema): GatewayInterface => {
  const compiled = new LRUCache<string, CompiledQuery>({ max: 1000 });
  const namedType = (t: TypeNode): string => (t.kind === 'NamedType' ? t.name.value : namedType(t.type));
  const hasInputObjectVariable = (op: OperationDefinitionNode) =>
    (op.variableDefinitions ?? []).some((v) => isInputObjectType(schema.getType(namedType(v.type))));
  const executor: GatewayExecutor = async (rc) => {
    if (hasInputObjectVariable(rc.operation))
      return execute({
        schema,
        document: rc.document,
        contextValue: rc.context,
        variableValues: rc.request.variables ?? {},
        operationName: rc.operationName ?? null,
      });
    const key = `${rc.operationName ?? ''}\u0000${rc.source}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, rc.document, rc.operationName ?? undefined, {
        customJSONSerializer: false,
        disableLeafSerialization: false,
      });
      if (!isCompiledQuery(result)) return result;
      query = result;
      compiled.set(key, query);
    }
    const result = await query.query(undefined, rc.context, rc.request.variables ?? {});
    // graphql-jit's errors carry no `extensions`, which Apollo's error formatting reads: give them graphql-js's shape.
    return result.errors
      ? {
          ...result,
          errors: result.errors.map((e) =>
            e.extensions
              ? e
              : new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? e, extensions: {} }),
          ),
        }
      : result;
  };
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
};
