import { describe, expect, it } from 'vitest';
import { pickerFilter, pickerVariables } from './enrol-picker.js';

describe('the enrolment picker’s filter', () => {
  it('finds employees of a unit by their JP shortfall and 9-box cell in the year (DEV-1, MERIT-4)', () => {
    expect(pickerFilter({ unit: 'U1', shortfall: '10', box: '9' }, 2026)).toEqual({
      and: [
        { withinUnit: 'U1' },
        { years: { some: { year: { eq: 2026 }, jpShortfall: { gte: 10 }, talentBox: { eq: 9 } } } },
      ],
    });
  });

  it('searches a name or a NIP prefix, and ignores values it does not offer', () => {
    expect(pickerFilter({ q: ' 1980 ', shortfall: '7', box: 'x' }, 2026)).toEqual({
      or: [{ name: { contains: '1980' } }, { nip: { startsWith: '1980' } }],
    });
    expect(pickerFilter({}, 2026)).toEqual({ and: [] });
  });

  it('pages forward and back by cursor, ordered by name then NIP', () => {
    const state = { sort: [], filters: {}, cursor: { after: 'c1' }, pageSize: 25 };
    expect(pickerVariables(state, 2026)).toMatchObject({ first: 25, after: 'c1', orderBy: ['NAME_ASC', 'NIP_ASC'] });
    expect(
      pickerVariables({ ...state, cursor: { before: 'c0' }, sort: [{ id: 'name', desc: true }] }, 2026),
    ).toMatchObject({
      last: 25,
      before: 'c0',
      orderBy: ['NAME_DESC', 'NIP_ASC'],
    });
  });
});
