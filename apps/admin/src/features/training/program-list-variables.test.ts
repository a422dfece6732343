import { describe, expect, it } from 'vitest';
import { competencyAreaLabel, programFilter, programListVariables, programOrder } from './program-list-variables.js';

describe('the training program list on the server', () => {
  it('searches the name (contains) or the code (prefix), with kind and competency area as exact filters', () => {
    expect(programFilter({ q: ' data ', kind: 'COURSE', area: 'TEKNOLOGI_INFORMASI' })).toEqual({
      and: [
        { or: [{ name: { contains: 'data' } }, { code: { startsWith: 'data' } }] },
        { kind: { eq: 'COURSE' } },
        { competencyArea: { eq: 'TEKNOLOGI_INFORMASI' } },
      ],
    });
    expect(programFilter({ kind: 'COURSE' })).toEqual({ kind: { eq: 'COURSE' } });
  });

  it('ignores a kind that DEV-2 does not know, and an empty search', () => {
    expect(programFilter({ kind: 'PICNIC', q: '  ' })).toEqual({ and: [] });
  });

  it('sorts by the chosen columns in order and drops unknown sort ids', () => {
    expect(
      programOrder([
        { id: 'jp', desc: true },
        { id: 'name', desc: false },
        { id: 'sessions', desc: false },
      ]),
    ).toEqual(['JP_DESC', 'NAME_ASC']);
  });

  it('asks the page after or before a cursor, with the page size', () => {
    const state = { filters: {}, sort: [], pageSize: 25 };
    expect(programListVariables({ ...state, cursor: null })).toMatchObject({ first: 25 });
    expect(programListVariables({ ...state, cursor: { after: 'c' } })).toMatchObject({ first: 25, after: 'c' });
    expect(programListVariables({ ...state, cursor: { before: 'c' } })).toMatchObject({ last: 25, before: 'c' });
  });

  it('shows a competency area code as words', () => {
    expect(competencyAreaLabel('TEKNOLOGI_INFORMASI')).toBe('Teknologi Informasi');
    expect(competencyAreaLabel('UMUM')).toBe('Umum');
  });
});
