import { describe, expect, it } from 'vitest';
import { TEST_VIEWER } from '../../test/viewer.js';
import { actionsFor, mayDecideOn, NOTE_MAX, noteSchema } from './recommendation-actions.js';

describe('recommendation actions (REC-1..5)', () => {
  it('follows the domain’s transitions: OPEN may be accepted or dismissed, ACCEPTED completed, DISMISSED and DONE are final', () => {
    expect(actionsFor('OPEN')).toEqual([
      { action: 'accept', to: 'ACCEPTED' },
      { action: 'dismiss', to: 'DISMISSED' },
    ]);
    expect(actionsFor('ACCEPTED')).toEqual([{ action: 'complete', to: 'DONE' }]);
    expect(actionsFor('DISMISSED')).toEqual([]);
    expect(actionsFor('DONE')).toEqual([]);
  });

  it('lets only an ADMIN of the employee’s instansi decide, as the API checks', () => {
    const id = TEST_VIEWER.instansi.id;
    expect(mayDecideOn(TEST_VIEWER, id)).toBe(true);
    expect(mayDecideOn(TEST_VIEWER, 'another')).toBe(false);
    expect(mayDecideOn({ ...TEST_VIEWER, roles: ['ANALYST', 'UNIT_HEAD'] }, id)).toBe(false);
    expect(mayDecideOn(null, id)).toBe(false);
  });

  it('asks for a note that is not blank and at most 2,000 characters, sent trimmed', () => {
    const schema = noteSchema((k) => k);
    expect(schema.safeParse({ note: '  \n ' }).error?.issues[0]?.message).toBe('required');
    expect(schema.safeParse({ note: 'x'.repeat(NOTE_MAX + 1) }).error?.issues[0]?.message).toBe('tooLong');
    expect(schema.parse({ note: '  ikut diklat  ' })).toEqual({ note: 'ikut diklat' });
  });
});
