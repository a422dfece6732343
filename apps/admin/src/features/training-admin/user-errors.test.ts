import { describe, expect, it, vi } from 'vitest';
import { applyUserErrors, formPathOf, userErrorText } from './user-errors.js';

type Form = { name: string; schedule: { startDate: string } };

describe('user errors of a mutation', () => {
  it('point at the form field below the input argument', () => {
    expect(formPathOf(['input', 'name'])).toBe('name');
    expect(formPathOf(['input', 'schedule', 'startDate'])).toBe('schedule.startDate');
    expect(formPathOf(['version'])).toBe('version');
    expect(formPathOf(['input'])).toBeNull();
    expect(formPathOf(null)).toBeNull();
  });

  it('show the rule behind a refusal after the message', () => {
    expect(userErrorText({ message: 'Sesi sudah dimulai', rule: 'DEV-3' })).toBe('Sesi sudah dimulai (DEV-3)');
    expect(userErrorText({ message: 'Nama sudah dipakai', rule: null })).toBe('Nama sudah dipakai');
  });

  it('go onto the field they name, and the rest come back for the whole form', () => {
    const setError = vi.fn();
    const rest = applyUserErrors<Form>(
      [
        {
          code: 'INVALID_INPUT',
          field: ['input', 'schedule', 'startDate'],
          message: 'starts after it ends',
          rule: 'DEV-3',
        },
        { code: 'CONFLICT', field: ['input', 'version'], message: 'changed meanwhile', rule: null },
        { code: 'FORBIDDEN', field: null, message: 'admins only', rule: null },
      ],
      setError,
      ['name', 'schedule.startDate'],
    );
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith(
      'schedule.startDate',
      { type: 'INVALID_INPUT', message: 'starts after it ends (DEV-3)' },
      { shouldFocus: true },
    );
    expect(rest).toEqual(['changed meanwhile', 'admins only']);
  });
});
