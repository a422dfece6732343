import { describe, expect, it } from 'vitest';
import { parseVariables, readGraphiql, writeGraphiql } from './graphiql-storage.js';
import { resultTable } from './result-table.js';

describe('a workbench result as a table', () => {
  it('shows the first list of the answer, nested objects as dotted columns', () => {
    const table = resultTable({
      employeeYears: {
        totalCount: 2,
        nodes: [
          { year: 2025, jpDone: 24, employee: { nip: '1', name: 'Ani' } },
          { year: 2025, jpDone: null, employee: { nip: '2', name: 'Budi' }, tags: ['a'] },
        ],
      },
    });
    expect(table.path).toBe('employeeYears.nodes');
    expect(table.columns).toEqual(['year', 'jpDone', 'employee.nip', 'employee.name', 'tags']);
    expect(table.rows[1]).toEqual({
      year: 2025,
      jpDone: null,
      'employee.nip': '2',
      'employee.name': 'Budi',
      tags: '["a"]',
    });
  });

  it('makes one row of an answer that holds no list', () => {
    const table = resultTable({ employee: { nip: '1', name: 'Ani' } });
    expect(table.path).toBe('');
    expect(table.rows).toEqual([{ 'employee.nip': '1', 'employee.name': 'Ani' }]);
  });
});

describe('GraphiQL’s editors on this browser', () => {
  it('give the query being edited and take the one to open', () => {
    expect(readGraphiql()).toEqual({ query: '', variables: '' });
    writeGraphiql({ query: '{ viewer { name } }', variables: '{"a":1}' });
    expect(readGraphiql()).toEqual({ query: '{ viewer { name } }', variables: '{"a":1}' });
    expect(localStorage.getItem('graphiql:query')).toBe('{ viewer { name } }');
  });

  it('take variables only as a JSON object', () => {
    expect(parseVariables('')).toEqual({ ok: true, value: {} });
    expect(parseVariables('{"year": 2025}')).toEqual({ ok: true, value: { year: 2025 } });
    expect(parseVariables('[1]')).toEqual({ ok: false, reason: 'NOT_AN_OBJECT' });
    expect(parseVariables('{year}')).toEqual({ ok: false, reason: 'NOT_JSON' });
  });
});
