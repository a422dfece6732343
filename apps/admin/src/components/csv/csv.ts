/** A plain cell value as exported. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column of an export: its header and how to read the value of a row. */
export type CsvColumn<Row> = {
  readonly header: string;
  readonly value: (row: Row) => CsvValue;
};

const NUMERIC = /^-?\d+(?:[.,]\d+)?$/;

/**
 * One cell, RFC 4180 quoted when it holds a comma, a quote or a line break. Text that a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or carriage return, and not a plain number) is prefixed with `'`.
 */
export const csvCell = (value: CsvValue): string => {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !NUMERIC.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The rows as CSV text: a header line, one line per row, CRLF line ends (RFC 4180). */
export const toCsv = <Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string =>
  [columns.map((c) => csvCell(c.header)), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))))]
    .map((cells) => cells.join(','))
    .join('\r\n')
    .concat('\r\n');

/** A CSV file name: the stem made safe, `.csv` added once. */
export const csvFileName = (stem: string): string => {
  const safe = stem
    .trim()
    .replace(/\.csv$/i, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${safe || 'export'}.csv`;
};

/**
 * Saves CSV text as a file in the browser. A byte-order mark leads the file so that spreadsheet programs read the
 * UTF-8 names (with their accents) correctly.
 */
export const downloadCsv = (fileName: string, csv: string): void => {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(fileName);
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
