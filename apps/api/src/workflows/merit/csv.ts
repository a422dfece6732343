/** One parsed CSV record: its line number in the text (1 = the header) and its cells. */
export type CsvRecord = { readonly line: number; readonly cells: readonly string[] };

/**
 * Parses CSV text (RFC 4180: quoted cells with "" for a quote, CRLF or LF line ends), with a comma or, when the
 * header has none, a semicolon as the separator (spreadsheets set to Indonesian save with semicolons). Blank lines
 * are skipped. Returns the records with their line numbers, or the reason it is not CSV.
 */
export const parseCsv = (
  text: string,
): { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string } => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = firstLine.includes(',') || !firstLine.includes(';') ? ',' : ';';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let wasQuoted = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '' || wasQuoted) records.push({ line: start, cells });
    cells = [];
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
    } else if (c === '"') {
      if (cell.trim() !== '') return { ok: false, line, message: 'a quote inside an unquoted cell' };
      cell = '';
      quoted = true;
      wasQuoted = true;
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else cell += c;
  }
  if (quoted) return { ok: false, line: start, message: 'a quoted cell is never closed' };
  endRecord();
  return { ok: true, records };
};
