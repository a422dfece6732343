import type { CsvValue } from '../../components/csv/csv.js';

/** A GraphQL result as a table: the path of the list it shows, its columns (dotted paths) and its rows. */
export type ResultTable = {
  readonly path: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, CsvValue>>[];
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first list of the result, depth first in field order (`employees.nodes`), with its path. */
const firstList = (value: unknown, path: string[]): { path: string[]; list: unknown[] } | null => {
  if (Array.isArray(value)) return { path, list: value };
  if (!isRecord(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = firstList(child, [...path, key]);
    if (found) return found;
  }
  return null;
};

/** One row's cells: nested objects flattened into dotted columns, nested lists written as JSON text. */
const flatten = (value: unknown, prefix: string, into: Record<string, CsvValue>): void => {
  if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  const column = prefix || 'value';
  if (Array.isArray(value)) into[column] = JSON.stringify(value);
  else if (value === null || value === undefined) into[column] = null;
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') into[column] = value;
  else into[column] = String(value);
};

/**
 * Turns the `data` of a query into the table an analyst exports: the rows of its first list (the nodes of a
 * connection, say), or the whole answer as one row when it holds no list. Columns are the union of the rows'
 * keys, in the order they first appear.
 */
export const resultTable = (data: unknown): ResultTable => {
  const found = firstList(data, []);
  const items = found ? found.list : [data];
  const rows = items.map((item) => {
    const cells: Record<string, CsvValue> = {};
    flatten(item, '', cells);
    return cells;
  });
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return { path: found ? found.path.join('.') : '', columns, rows };
};
