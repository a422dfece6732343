import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './csv.js';

describe('csv', () => {
  it('writes a header line and one CRLF-terminated line per row', () => {
    const csv = toCsv(
      [
        { header: 'Nama', value: (r: { name: string; jp: number }) => r.name },
        { header: 'JP', value: (r) => r.jp },
      ],
      [
        { name: 'Budi', jp: 12 },
        { name: 'Sari', jp: 20 },
      ],
    );
    expect(csv).toBe('Nama,JP\r\nBudi,12\r\nSari,20\r\n');
  });

  it('quotes cells holding a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvCell('Dinas A, Bidang B')).toBe('"Dinas A, Bidang B"');
    expect(csvCell('Kata "kunci"')).toBe('"Kata ""kunci"""');
    expect(csvCell('baris\nbaru')).toBe('"baris\nbaru"');
  });

  it('leaves empty cells for null and undefined, and keeps numbers and booleans as written', () => {
    expect([csvCell(null), csvCell(undefined), csvCell(0), csvCell(-3.5), csvCell(true)]).toEqual([
      '',
      '',
      '0',
      '-3.5',
      'true',
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers written as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-12')).toBe('-12');
  });

  it('makes a safe file name with one .csv', () => {
    expect(csvFileName('Program pelatihan 2026')).toBe('Program-pelatihan-2026.csv');
    expect(csvFileName('pegawai.csv')).toBe('pegawai.csv');
    expect(csvFileName('../../etc')).toBe('..-..-etc.csv');
    expect(csvFileName('   ')).toBe('export.csv');
  });
});
