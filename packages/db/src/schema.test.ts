import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './create-db.js';
import { loadFixture } from './testing/fixture.js';
import { openTestDb, testDrivers } from './testing/test-db.js';

describe.each(testDrivers())('schema behaviour on %s', (driver) => {
  let opened: Db;
  beforeAll(async () => {
    opened = await openTestDb(driver);
    await loadFixture(opened.db as never);
  });
  afterAll(() => opened.close());

  const errorOf = (run: () => Promise<unknown>) =>
    run().then(
      () => null,
      (e: { constraint?: string; message: string }) => ({ constraint: e.constraint, message: e.message }),
    );

  it('EVAL-9: the audit log takes new rows and refuses UPDATE, DELETE and TRUNCATE', async () => {
    const { db } = opened;
    await db.insertInto('audit_log').values({ actor: 'system', entity: 'skp', entity_id: 1, reason: 'test' }).execute();
    const before = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(before).toHaveLength(2);
    expect(await errorOf(() => db.updateTable('audit_log').set({ reason: 'rewritten' }).execute())).toEqual({
      constraint: 'audit_log_append_only',
      message: 'audit_log is append-only: UPDATE is refused',
    });
    expect(await errorOf(() => db.deleteFrom('audit_log').execute())).toEqual({
      constraint: 'audit_log_append_only',
      message: 'audit_log is append-only: DELETE is refused',
    });
    expect(await errorOf(() => sql`truncate audit_log`.execute(db))).toEqual({
      constraint: 'audit_log_append_only',
      message: 'audit_log is append-only: TRUNCATE is refused',
    });
    expect(await db.selectFrom('audit_log').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('keeps unit_closure equal to the tree through inserts and moves, so a subtree is one index lookup', async () => {
    const { db } = opened;
    await db
      .insertInto('unit')
      .values([
        { id: 10, instansi_id: 1, parent_id: 2, code: 'S10', name: 'Seksi A', kind: 'SEKSI' },
        { id: 11, instansi_id: 1, parent_id: 10, code: 'S11', name: 'Subseksi', kind: 'SEKSI' },
        { id: 12, instansi_id: 1, parent_id: null, code: 'D12', name: 'Dinas Lain', kind: 'DINAS' },
      ])
      .execute();
    const closure = async () =>
      (await db.selectFrom('unit_closure').selectAll().orderBy(['ancestor_id', 'descendant_id']).execute()).map(
        (r) => `${r.ancestor_id}>${r.descendant_id}@${r.depth}`,
      );
    /** The closure the parent links imply, computed from the tree itself. */
    const implied = async () => {
      const units = await db.selectFrom('unit').select(['id', 'parent_id']).execute();
      const parent = new Map(units.map((u) => [u.id, u.parent_id]));
      const pairs: string[] = [];
      for (const u of units) {
        let depth = 0;
        for (let a: number | null | undefined = u.id; a != null; a = parent.get(a), depth += 1)
          pairs.push(`${a}>${u.id}@${depth}`);
      }
      const key = (p: string) => p.split(/[>@]/).map(Number);
      return pairs.sort((x, y) => {
        const [a1 = 0, d1 = 0] = key(x);
        const [a2 = 0, d2 = 0] = key(y);
        return a1 - a2 || d1 - d2;
      });
    };
    expect(await closure()).toEqual(await implied());
    expect(await closure()).toContain('1>11@3');

    await db.updateTable('unit').set({ parent_id: 12 }).where('id', '=', 10).execute();
    expect(await closure()).toEqual(await implied());
    expect(await closure()).toContain('12>11@2');
    expect(await closure()).not.toContain('1>11@3');

    expect(await errorOf(() => db.updateTable('unit').set({ parent_id: 11 }).where('id', '=', 12).execute())).toEqual({
      constraint: 'unit_parent_cycle_check',
      message: 'unit 12 cannot move under its own descendant 11',
    });
  });
});
