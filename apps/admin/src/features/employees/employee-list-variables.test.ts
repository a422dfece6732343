import { describe, expect, it } from 'vitest';
import { employeeFilter, employeeListVariables, employeeOrder } from './employee-list-variables.js';

describe('employee list variables', () => {
  it('searches the name (contains) or the NIP (prefix), trimmed', () => {
    expect(employeeFilter({ q: ' 1983 ' })).toEqual({
      or: [{ name: { contains: '1983' } }, { nip: { startsWith: '1983' } }],
    });
  });

  it('combines the unit subtree, pangkat and latest predikat with and; unknown enum values are ignored', () => {
    expect(employeeFilter({ unit: 'VW5pdDox', pangkat: 'III_B', predikat: 'BAIK' })).toEqual({
      and: [{ withinUnit: 'VW5pdDox' }, { currentPangkat: { eq: 'III_B' } }, { latestPredikat: { eq: 'BAIK' } }],
    });
    expect(employeeFilter({ pangkat: 'V_Z', predikat: 'GREAT' })).toEqual({ and: [] });
  });

  it('orders by the sort rules and then by NIP, so pages never overlap', () => {
    expect(employeeOrder([{ id: 'pangkat', desc: true }])).toEqual(['CURRENT_PANGKAT_DESC', 'NIP_ASC']);
    expect(employeeOrder([{ id: 'nip', desc: true }])).toEqual(['NIP_DESC']);
  });

  it('pages forward with first/after and back with last/before', () => {
    const state = { sort: [], filters: {}, pageSize: 25 };
    expect(employeeListVariables({ ...state, cursor: null })).toMatchObject({ first: 25 });
    expect(employeeListVariables({ ...state, cursor: { after: 'c1' } })).toMatchObject({ first: 25, after: 'c1' });
    expect(employeeListVariables({ ...state, cursor: { before: 'c2' } })).toMatchObject({ last: 25, before: 'c2' });
  });
});
