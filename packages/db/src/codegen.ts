import { type Kysely, sql } from 'kysely';
import { generate, PostgresDialect } from 'kysely-codegen';

/**
 * The Kysely `Database` type of a migrated database, as TypeScript source (kysely-codegen's programmatic API, so
 * it works over PGlite too). Types follow createDb's parsers: date → string, numeric and int8 → number,
 * timestamptz → Date. A text column whose CHECK constraint lists its values (`col in ('A', 'B')`) gets the
 * union of those literals, so the enums of the migrations reach the code.
 */
export const generateDatabaseTypes = async <DB>(database: Kysely<DB>): Promise<string> => {
  const db = database as unknown as Kysely<unknown>;
  const overrides = await enumOverrides(db);
  return generate({
    db,
    dialect: new PostgresDialect({ dateParser: 'string', numericParser: 'number' }),
    typeMapping: { int8: 'number' },
    overrides: { columns: overrides },
    excludePattern: 'kysely_*',
    outFile: null,
    print: false,
    typeOnlyImports: true,
  });
};

type ColumnRow = { table: string; column: string; nullable: boolean; has_default: boolean; checks: string[] };

const IN_LIST = /^CHECK \(\(?\(?(\w+)\)? = ANY \(\(?ARRAY\[(.*)\]\)?(?:::text\[\])?\)\)\)?$/;
const LITERAL = /^'((?:[^']|'')*)'::(?:text|character varying|bpchar)$/;

/** Literal unions for text columns constrained by a single-column `in (...)` CHECK. */
const enumOverrides = async (db: Kysely<unknown>): Promise<Record<string, string>> => {
  const { rows } = await sql<ColumnRow>`
    select c.table_name as table, c.column_name as column, c.is_nullable = 'YES' as nullable,
      (c.column_default is not null or c.is_identity = 'YES') as has_default,
      coalesce(array_agg(pg_get_constraintdef(con.oid) order by con.conname)
        filter (where con.oid is not null), '{}') as checks
    from information_schema.columns c
    join pg_class t on t.relname = c.table_name and t.relnamespace = 'public'::regnamespace
    left join pg_attribute a on a.attrelid = t.oid and a.attname = c.column_name
    left join pg_constraint con on con.conrelid = t.oid and con.contype = 'c' and con.conkey = array[a.attnum]
    where c.table_schema = 'public' and c.data_type = 'text'
    group by c.table_name, c.column_name, c.is_nullable, c.column_default, c.is_identity
  `.execute(db);
  const overrides: Record<string, string> = {};
  for (const row of rows) {
    for (const check of row.checks) {
      const match = IN_LIST.exec(check);
      if (!match || match[1] !== row.column) continue;
      const values = (match[2] ?? '').split(', ').map((v) => LITERAL.exec(v)?.[1]?.replaceAll("''", "'"));
      if (values.some((v) => v === undefined)) continue;
      const union = values.map((v) => JSON.stringify(v)).join(' | ');
      const type = row.nullable ? `${union} | null` : union;
      overrides[`${row.table}.${row.column}`] = row.has_default ? `Generated<${type}>` : type;
    }
  }
  return overrides;
};
