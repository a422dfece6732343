import type {
  Kysely,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** Counts the SQL statements a request runs, for `extensions.sqlStatements` and the bounded-SQL tests. */
class CountingPlugin implements KyselyPlugin {
  constructor(private readonly counter: { count: number }) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.counter.count += 1;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The same database, counting each statement into `counter`. */
export const countStatements = <DB>(db: Kysely<DB>, counter: { count: number }): Kysely<DB> =>
  db.withPlugin(new CountingPlugin(counter));
