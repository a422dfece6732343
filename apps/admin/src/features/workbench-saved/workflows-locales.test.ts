import { describe, expect, it } from 'vitest';
import en from '../../locales/en/workflows.json';
import id from '../../locales/id/workflows.json';

/** Every leaf key, plural forms (`_one`, `_other`) folded into their base key. */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? keys(v, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );

describe('the workflows namespace', () => {
  it('has the same keys in Indonesian and English', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(id))].sort());
  });

  it('has no empty string', () => {
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [String(v)]));
    expect([...values(id), ...values(en)].filter((v) => v.trim() === '')).toEqual([]);
  });
});
