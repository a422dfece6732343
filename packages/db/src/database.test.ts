import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDatabaseTypes } from './codegen.js';
import type { Db } from './create-db.js';
import { openTestDb } from './testing/test-db.js';

describe('the committed Database type', () => {
  let opened: Db;
  beforeAll(async () => {
    opened = await openTestDb('pglite');
  });
  afterAll(() => opened.close());

  it('is what kysely-codegen generates from the migrated schema (run `pnpm generate` when this fails)', async () => {
    const committed = await readFile(new URL('./database.ts', import.meta.url), 'utf8');
    expect(await generateDatabaseTypes(opened.db)).toBe(committed);
  });

  it('types CHECK-listed text columns as unions of their literals', async () => {
    const generated = await generateDatabaseTypes(opened.db);
    expect(generated).toContain('state: Generated<"DRAFT" | "SUBMITTED" | "APPROVED" | "EVALUATED" | "FINAL">;');
    expect(generated).toContain('annual_predikat: "SANGAT_BAIK" | "BAIK" | "BUTUH_PERBAIKAN"');
    expect(generated).toMatch(/birth_date: string;/);
  });
});
