import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db, type QueryEvent } from './create-db.js';
import { migrateToLatest } from './migrate.js';
import { loadFixture } from './testing/fixture.js';
import { openTestDb, testDrivers } from './testing/test-db.js';

describe.each(testDrivers())('createDb on %s', (driver) => {
  let opened: Db;
  const events: QueryEvent[] = [];
  beforeAll(async () => {
    opened = await openTestDb(driver, { onQuery: (e) => events.push(e) });
    await loadFixture(opened.db as never);
  });
  afterAll(() => opened.close());

  it('returns date columns as YYYY-MM-DD strings, never Dates (no time-zone shift)', async () => {
    const row = await opened.db
      .selectFrom('employee')
      .select(['birth_date', 'service_start', 'pangkat_since'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ birth_date: '1980-02-29', service_start: '2005-01-01', pangkat_since: null });
    const { rows } = await sql<{
      days: string[];
    }>`select array['2024-12-31'::date, '0999-01-01'::date] as days`.execute(opened.db);
    expect(rows[0]?.days).toEqual(['2024-12-31', '0999-01-01']);
  });

  it('returns counts (int8) and numeric as numbers, timestamptz as Date', async () => {
    const row = await opened.db
      .selectFrom('assessment')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.avg('score').as('avg'), eb.fn.max('score').as('max')])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ n: 1, avg: 81.5, max: 81.5 });
    const at = await opened.db.selectFrom('audit_log').select('at').executeTakeFirstOrThrow();
    expect(at.at).toBeInstanceOf(Date);
  });

  it('reports every statement to onQuery with its SQL, so statements per request can be counted', async () => {
    events.length = 0;
    await opened.db.selectFrom('unit').selectAll().execute();
    await opened.db.transaction().execute(async (trx) => {
      await trx.selectFrom('employee').select('id').execute();
      await trx.selectFrom('skp').select('id').execute();
    });
    // pg also reports the transaction's begin and commit; PGlite runs them outside SQL.
    const selects = events.filter((e) => e.sql.startsWith('select')).map((e) => /from "(\w+)"/.exec(e.sql)?.[1]);
    expect(selects).toEqual(['unit', 'employee', 'skp']);
    expect(events.every((e) => e.durationMs >= 0 && e.error === undefined)).toBe(true);
  });

  it('runs transactions started together to completion, each seeing only its own writes until commit', async () => {
    const write = (id: number) =>
      opened.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('instansi')
          .values({ id, code: `T${id}`, name: `T${id}`, kind: 'PUSAT' })
          .execute();
        await new Promise((resolve) => setTimeout(resolve, 10));
        const seen = await trx.selectFrom('instansi').select('id').where('id', '>=', 500).execute();
        return seen.map((r) => r.id).sort();
      });
    const failing = opened.db.transaction().execute(async (trx) => {
      await trx.insertInto('instansi').values({ id: 599, code: 'T599', name: 'T', kind: 'PUSAT' }).execute();
      throw new Error('abandoned');
    });
    const [a, b, c] = await Promise.allSettled([write(501), write(502), failing, write(503)]);
    expect(a).toMatchObject({ status: 'fulfilled' });
    expect(b).toMatchObject({ status: 'fulfilled' });
    expect(c).toMatchObject({ status: 'rejected', reason: { message: 'abandoned' } });
    const committed = await opened.db
      .selectFrom('instansi')
      .select('id')
      .where('id', '>=', 500)
      .orderBy('id')
      .execute();
    expect(committed.map((r) => r.id)).toEqual([501, 502, 503]);
  });
});

// PGlite runs in this thread's WebAssembly with no timer to interrupt a statement: statement_timeout is accepted
// there but cannot fire, so only a server can be held to it.
describe.each(testDrivers().filter((d) => d === 'pg'))('a statement timeout on %s', (driver) => {
  it("cancels a statement that runs longer than statementTimeoutMs, with PostgreSQL's query_canceled", async () => {
    const opened = await openTestDb(driver, { migrate: false, statementTimeoutMs: 100 });
    try {
      await expect(sql`select pg_sleep(2)`.execute(opened.db)).rejects.toMatchObject({ code: '57014' });
      const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(opened.db);
      expect(rows[0]?.ok).toBe(1);
    } finally {
      await opened.close();
    }
  });
});

describe('the embedded database in a folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kinerja-pglite-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps committed rows across a restart, and not the rolled-back ones', async () => {
    const first = await createDb({ dataDir: dir });
    expect(first.driver).toBe('pglite');
    await migrateToLatest(first.db);
    await first.db.insertInto('instansi').values({ code: 'KEPT', name: 'Kept', kind: 'DAERAH' }).execute();
    await first.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('instansi').values({ code: 'LOST', name: 'Lost', kind: 'DAERAH' }).execute();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await first.close();

    const second = await createDb({ dataDir: dir });
    try {
      expect(await migrateToLatest(second.db)).toEqual([]);
      const rows = await second.db.selectFrom('instansi').select('code').execute();
      expect(rows).toEqual([{ code: 'KEPT' }]);
    } finally {
      await second.close();
    }
  });
});
