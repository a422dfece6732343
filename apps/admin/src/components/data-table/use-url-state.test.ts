import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TableState, tableStateCodec } from './use-url-state.js';

const codec = tableStateCodec({
  filterIds: ['q', 'unit'],
  sortIds: ['name', 'nip'],
  pageSizes: [10, 25, 50],
  defaultPageSize: 25,
  defaultSort: [{ id: 'name', desc: false }],
});
const read = (query: string) => codec.read(new URLSearchParams(query));

describe('tableStateCodec', () => {
  it('reads sort keys in order, descending with a minus, dropping unknown and repeated ids', () => {
    expect(read('sort=-nip,bogus,name,nip').sort).toEqual([
      { id: 'nip', desc: true },
      { id: 'name', desc: false },
    ]);
  });

  it('uses the defaults for a missing or unknown page size and a missing sort', () => {
    expect(read('size=7')).toEqual({ sort: [{ id: 'name', desc: false }], filters: {}, cursor: null, pageSize: 25 });
  });

  it('keeps an explicitly empty sort (sort=) apart from the default sort', () => {
    expect(read('sort=').sort).toEqual([]);
    expect(codec.write(new URLSearchParams(), { ...read(''), sort: [] }).toString()).toBe('sort=');
  });

  it('reads only the declared filters, ignoring empty ones', () => {
    expect(read('q=Budi&unit=&other=x').filters).toEqual({ q: 'Budi' });
  });

  it('reads the cursor: after wins over before', () => {
    expect(read('before=b').cursor).toEqual({ before: 'b' });
    expect(read('after=a&before=b').cursor).toEqual({ after: 'a' });
  });

  it('writes only what differs from the defaults and keeps params it does not own', () => {
    const written = codec.write(new URLSearchParams('tab=2&q=old'), {
      sort: [{ id: 'name', desc: false }],
      filters: { unit: 'Dinas Kesehatan' },
      cursor: { after: 'c1' },
      pageSize: 25,
    });
    expect(written.toString()).toBe('tab=2&unit=Dinas+Kesehatan&after=c1');
  });

  it('prefixes its params so that two lists share one URL', () => {
    const second = tableStateCodec({
      prefix: 't2',
      filterIds: ['q'],
      sortIds: ['name'],
      pageSizes: [10],
      defaultPageSize: 10,
    });
    const params = second.write(new URLSearchParams('q=first'), {
      sort: [{ id: 'name', desc: true }],
      filters: { q: 'second' },
      cursor: null,
      pageSize: 10,
    });
    expect(params.toString()).toBe('q=first&t2.sort=-name&t2.q=second');
    expect(second.read(params).filters).toEqual({ q: 'second' });
  });

  it('refuses a filter id that would collide with a list param (a bug in the caller)', () => {
    expect(() => tableStateCodec({ filterIds: ['sort'], sortIds: [], pageSizes: [10], defaultPageSize: 10 })).toThrow(
      /clashes/,
    );
  });

  it('reads back exactly what it wrote, for any valid state', () => {
    const id = fc.constantFrom('name', 'nip');
    const state: fc.Arbitrary<TableState> = fc.record({
      sort: fc.uniqueArray(fc.record({ id, desc: fc.boolean() }), { selector: (s) => s.id, maxLength: 2 }),
      filters: fc.record({ q: fc.string({ minLength: 1 }), unit: fc.string({ minLength: 1 }) }, { requiredKeys: [] }),
      cursor: fc.oneof(
        fc.constant(null),
        fc.record({ after: fc.string({ minLength: 1 }) }),
        fc.record({ before: fc.string({ minLength: 1 }) }),
      ),
      pageSize: fc.constantFrom(10, 25, 50),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(codec.read(codec.write(new URLSearchParams(), s))).toEqual(s);
      }),
    );
  });
});
