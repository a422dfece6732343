import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value for a jsonb column (a bare array would otherwise be written as a PostgreSQL array). */
export class Json {
  constructor(readonly value: unknown) {}
}

/** Wraps a value for a jsonb column. */
export const json = (value: unknown): Json => new Json(value);

/** A value as COPY's text format writes it: text[] from string arrays, jsonb from {@link Json}. */
export type CopyValue = string | number | boolean | null | readonly string[] | Json;

const escapeText = (text: string) =>
  text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/** One field of a COPY text row. */
export const copyField = (value: CopyValue): string => {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot COPY the number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Json) return escapeText(JSON.stringify(value.value));
  return escapeText(arrayLiteral(value));
};

/** Where the seed's rows go: COPY batches and a few plain statements, all in one transaction. */
export type Loader = {
  copy(table: string, columns: readonly string[], text: string): Promise<void>;
  exec(statement: string): Promise<void>;
  rows<T>(statement: string): Promise<T[]>;
};

/** A COPY loader over one `pg` client, inside BEGIN ... COMMIT run by the caller. */
export const pgLoader = (client: pg.PoolClient): Loader => ({
  copy: async (table, columns, text) => {
    const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
    await pipeline(Readable.from([text]), stream);
  },
  exec: async (statement) => {
    await client.query(statement);
  },
  rows: async <T>(statement: string) => (await client.query(statement)).rows as T[],
});

/** A COPY loader over a PGlite transaction (COPY reads the rows from a blob). */
export const pgliteLoader = (tx: Transaction | PGlite): Loader => ({
  copy: async (table, columns, text) => {
    await tx.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], { blob: new Blob([text]) });
  },
  exec: async (statement) => {
    await tx.exec(statement);
  },
  rows: async <T>(statement: string) => (await tx.query<T>(statement)).rows,
});

/**
 * Buffers rows per table and loads them with COPY. `flush()` loads every buffer in the order the tables were
 * declared (parents before children, so foreign keys hold), while the caller goes on building rows: at most one
 * flush runs at a time, and `add` waits when two are queued.
 */
export class RowSink {
  readonly #loader: Loader;
  readonly #tables = new Map<string, { columns: readonly string[]; lines: string[] }>();
  readonly #counts = new Map<string, number>();
  readonly #flushAt: number;
  #buffered = 0;
  #queue: Promise<void> = Promise.resolve();
  #queued = 0;
  #failure: unknown = null;

  constructor(loader: Loader, tables: Readonly<Record<string, readonly string[]>>, flushAt = 40_000) {
    this.#loader = loader;
    this.#flushAt = flushAt;
    for (const [table, columns] of Object.entries(tables)) this.#tables.set(table, { columns, lines: [] });
  }

  /** Adds one row (values in the table's column order); flushes when enough rows are buffered. */
  async add(table: string, values: readonly CopyValue[]): Promise<void> {
    const buffer = this.#tables.get(table);
    if (!buffer) throw new Error(`the seed has no table ${table}`);
    if (values.length !== buffer.columns.length)
      throw new Error(`${table}: ${values.length} values for ${buffer.columns.length} columns`);
    buffer.lines.push(values.map(copyField).join('\t'));
    this.#buffered += 1;
    if (this.#buffered >= this.#flushAt) await this.flush();
  }

  /** Queues a COPY of everything buffered, in table order. */
  async flush(): Promise<void> {
    if (this.#failure) throw this.#failure;
    const batches: [string, readonly string[], string, number][] = [];
    for (const [table, buffer] of this.#tables) {
      if (buffer.lines.length === 0) continue;
      batches.push([table, buffer.columns, `${buffer.lines.join('\n')}\n`, buffer.lines.length]);
      buffer.lines = [];
    }
    this.#buffered = 0;
    if (batches.length === 0) return;
    this.#queued += 1;
    const previous = this.#queue;
    this.#queue = previous.then(async () => {
      try {
        for (const [table, columns, text, n] of batches) {
          await this.#loader.copy(table, columns, text);
          this.#counts.set(table, (this.#counts.get(table) ?? 0) + n);
        }
      } catch (error) {
        this.#failure ??= error;
      } finally {
        this.#queued -= 1;
      }
    });
    if (this.#queued > 1) await previous;
    if (this.#failure) throw this.#failure;
  }

  /** Flushes and waits for every queued COPY; throws the first failure. */
  async drain(): Promise<void> {
    await this.flush();
    await this.#queue;
    if (this.#failure) throw this.#failure;
  }

  /** Runs a statement after everything added so far is loaded. */
  async exec(statement: string): Promise<void> {
    await this.drain();
    await this.#loader.exec(statement);
  }

  /** Rows loaded per table. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.#counts);
  }
}
