import { describe, expect, it } from 'vitest';
import { toViewer } from './viewer-api.js';

describe('toViewer', () => {
  it('keeps every grant with its unit, lists each role once in the app order, and has no employee for an admin', () => {
    const v = toViewer({
      __typename: 'Viewer',
      username: 'admin',
      displayName: 'Administrator',
      roles: [
        { __typename: 'RoleGrant', role: 'EVALUATOR', unit: { __typename: 'Unit', id: 'U2', name: 'SD 1' } },
        { __typename: 'RoleGrant', role: 'ADMIN', unit: null },
        { __typename: 'RoleGrant', role: 'EVALUATOR', unit: { __typename: 'Unit', id: 'U3', name: 'SD 2' } },
      ],
      instansi: { __typename: 'Instansi', id: 'I1', name: 'Pemkot' },
      employee: null,
    });
    expect(v.roles).toEqual(['ADMIN', 'EVALUATOR']);
    expect(v.grants.map((g) => g.unit?.name ?? null)).toEqual(['SD 1', null, 'SD 2']);
    expect(v).toMatchObject({ username: 'admin', name: 'Administrator', employee: null });
  });
});
