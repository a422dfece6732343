import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { rawHandleOf } from '../create-db.js';
import { openTestDb } from '../testing/test-db.js';
import { copyField, json, pgliteLoader, RowSink } from './sink.js';

describe('COPY text encoding', () => {
  it('escapes backslash, tab, newline and carriage return, and writes null as \\N', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField(null)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(12.5)).toBe('12.5');
  });

  it('writes string arrays as PostgreSQL arrays and json() values as JSON, even empty arrays', () => {
    expect(copyField(['a "b"', 'c\\d'])).toBe('{"a \\\\"b\\\\"","c\\\\\\\\d"}');
    expect(copyField(json([]))).toBe('[]');
    expect(copyField(json({ a: 'x\ty' }))).toBe('{"a":"x\\\\ty"}');
  });

  it('refuses numbers COPY cannot read back', () => {
    expect(() => copyField(Number.NaN)).toThrow(/cannot COPY/);
  });
});

describe('RowSink over PGlite', () => {
  let opened: Db;
  beforeAll(async () => {
    opened = await openTestDb('pglite', { migrate: false });
  });
  afterAll(() => opened.close());

  it('loads awkward values unchanged, in batches, counting rows per table', async () => {
    const raw = rawHandleOf(opened.db);
    if (raw?.kind !== 'pglite') throw new Error('expected PGlite');
    const loader = pgliteLoader(raw.pglite);
    await loader.exec('create table t (id int primary key, s text, a text[], j jsonb, n numeric, b boolean, d date)');
    const sink = new RowSink(loader, { t: ['id', 's', 'a', 'j', 'n', 'b', 'd'] }, 2);
    const rows = [
      [
        1,
        'tab\there, newline\nhere, back\\slash',
        ['x', 'y "q"', 'z,w'],
        json([{ k: 'v\n' }]),
        0.1,
        true,
        '2024-02-29',
      ],
      [2, '', [], json([]), -3, false, null],
      [3, null, ['\\N'], json({ nested: { deep: [1, 2] } }), 123456789.25, null, '1999-12-31'],
    ] as const;
    for (const row of rows) await sink.add('t', row);
    await sink.drain();
    expect(sink.counts()).toEqual({ t: 3 });
    const back = await loader.rows<Record<string, unknown>>('select * from t order by id');
    expect(back.map((r) => Object.values(r))).toEqual(
      rows.map((r) => r.map((v) => (v instanceof Object && 'value' in v ? v.value : v))),
    );
  });
});
