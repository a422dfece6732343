import { describe, expect, it } from 'vitest';
import { DomainInputError, domainError, err, ok, unwrap } from './result.js';

describe('core results', () => {
  it('a domain error keeps its path only when one is given', () => {
    expect(domainError('INVALID_NUMBER', 'bad')).toEqual({ code: 'INVALID_NUMBER', message: 'bad' });
    expect(domainError('INVALID_NUMBER', 'bad', 'target')).toEqual({
      code: 'INVALID_NUMBER',
      message: 'bad',
      path: 'target',
    });
  });

  it('unwrap returns the value and throws DomainInputError carrying the error', () => {
    expect(unwrap(ok(3))).toBe(3);
    const error = domainError('INVALID_DATE', 'no such day');
    expect(() => unwrap(err(error))).toThrow(new DomainInputError(error));
    expect(() => unwrap(err(error))).toThrow(expect.objectContaining({ name: 'DomainInputError', error }));
  });
});
