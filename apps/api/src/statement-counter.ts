import type {
  Kysely,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/**
 * Counts the SQL statements a request runs, for `extensions.sqlStatements` and the bounded-SQL tests. It counts
 * each statement's result, not each query compiled: Kysely also hands the plugin every sub-query built from this
 * database (`where('id', 'in', ctx.db.selectFrom(...))`), which runs inside its parent's statement.
 */
class CountingPlugin implements KyselyPlugin {
  constructor(private readonly counter: { count: number }) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.counter.count += 1;
    return args.result;
  }
}

/** The same database, counting each statement into `counter`. */
export const countStatements = <DB>(db: Kysely<DB>, counter: { count: number }): Kysely<DB> =>
  db.withPlugin(new CountingPlugin(counter));
