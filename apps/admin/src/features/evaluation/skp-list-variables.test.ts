import { describe, expect, it } from 'vitest';
import { TEST_VIEWER } from '../../test/viewer.js';
import { countsByState, skpFilter, skpOrder, skpScopes } from './skp-list-variables.js';

const kadisdik = {
  ...TEST_VIEWER,
  roles: ['UNIT_HEAD', 'EVALUATOR', 'EMPLOYEE'] as const,
  grants: [
    { role: 'UNIT_HEAD' as const, unit: { id: 'U1', name: 'Dinas Pendidikan' } },
    { role: 'EVALUATOR' as const, unit: { id: 'U1', name: 'Dinas Pendidikan' } },
    { role: 'EMPLOYEE' as const, unit: null },
  ],
  employee: { id: 'E1', nip: '197001011990031001', name: 'Kepala Dinas' },
};

describe('the SKPs an evaluator or unit head reads (EVAL-9)', () => {
  it('are the subordinates the viewer evaluates first, then the subtree of each unit the viewer heads', () => {
    expect(skpScopes(kadisdik)).toEqual([
      { kind: 'evaluator', employeeId: 'E1' },
      { kind: 'unit', unitId: 'U1', name: 'Dinas Pendidikan' },
    ]);
  });

  it('offers no evaluator scope to an account without an employee record', () => {
    expect(skpScopes({ ...kadisdik, employee: null })).toEqual([
      { kind: 'unit', unitId: 'U1', name: 'Dinas Pendidikan' },
    ]);
  });

  it('filter by scope, year, state, predikat and the employee name or NIP on the server', () => {
    const scope = { kind: 'evaluator', employeeId: 'E1' } as const;
    expect(skpFilter(scope, {})).toEqual({ evaluatorId: { eq: 'E1' } });
    expect(skpFilter(scope, { year: '2026', state: 'SUBMITTED', q: 'Agus', predikat: 'BAIK' })).toEqual({
      and: [
        { evaluatorId: { eq: 'E1' } },
        { year: { eq: 2026 } },
        { state: { eq: 'SUBMITTED' } },
        { annualPredikat: { eq: 'BAIK' } },
        { employee: { or: [{ name: { contains: 'Agus' } }, { nip: { startsWith: 'Agus' } }] } },
      ],
    });
  });

  it('count by state without the state filter itself, and ignore unknown values', () => {
    const unit = { kind: 'unit', unitId: 'U1', name: 'Dinas' } as const;
    expect(skpFilter(unit, { state: 'SUBMITTED', year: 'x' }, { withState: false })).toEqual({ withinUnit: 'U1' });
    expect(skpFilter(unit, { state: 'LOST' })).toEqual({ withinUnit: 'U1' });
  });

  it('list the newest year first unless the oldest is asked', () => {
    expect(skpOrder([])).toEqual(['YEAR_DESC']);
    expect(skpOrder([{ id: 'year', desc: false }])).toEqual(['YEAR_ASC']);
  });

  it('count every state in workflow order, zero where the server has no group', () => {
    expect(
      countsByState([
        { keys: ['FINAL'], count: 4 },
        { keys: ['SUBMITTED'], count: 2 },
      ]),
    ).toEqual([
      { state: 'DRAFT', count: 0 },
      { state: 'SUBMITTED', count: 2 },
      { state: 'APPROVED', count: 0 },
      { state: 'EVALUATED', count: 0 },
      { state: 'FINAL', count: 4 },
    ]);
  });
});
