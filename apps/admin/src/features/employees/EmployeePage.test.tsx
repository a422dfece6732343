import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { auditValue, EmployeeDetailQuery, EmployeePage, pageDates } from './EmployeePage.js';
import { employee } from './employee-fixture.js';

const WAIT = { timeout: 10_000 };
const TODAY = new Date(Date.UTC(2026, 10, 28));
const variables = (nip: string) => ({ nip, year: 2026, talentYear: 2025 });
const at = (nip: string, mocks: unknown[]) =>
  renderWithApp(
    <MockedProvider mocks={mocks as never}>
      <Routes>
        <Route path="/pegawai/:nip" element={<EmployeePage today={TODAY} />} />
      </Routes>
    </MockedProvider>,
    { path: `/pegawai/${nip}` },
  );

describe('EmployeePage', () => {
  it('MERIT-2: asks about rank promotion on the next 1st of a month, the 9-box of last year', () => {
    expect(pageDates(TODAY)).toEqual({ year: 2026, talentYear: 2025, on: '2026-12-01' });
    expect(pageDates(new Date(Date.UTC(2026, 11, 31)))).toMatchObject({ on: '2027-01-01' });
  });

  it('says when no employee has the NIP', async () => {
    at('1', [
      { request: { query: EmployeeDetailQuery, variables: variables('1') }, result: { data: { employee: null } } },
    ]);
    expect(await screen.findByText('Pegawai dengan NIP 1 tidak ditemukan.', {}, WAIT)).toBeInTheDocument();
  });

  it('shows JP by year against 20 with the DEV-1 checks, and no rank checks for an employee without pangkat', async () => {
    at('2', [{ request: { query: EmployeeDetailQuery, variables: variables('2') }, result: { data: { employee } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sari PPPK' }, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^2025/ })).toHaveTextContent('FinalBaik2420Ya');
    // enum values read as labels: the profile, the jabatan history, recommendations and sanctions
    expect(screen.getByText('S1/D-IV')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^Guru Ahli Pertama/ })).toHaveTextContent('Guru Ahli PertamaAhli Pertama');
    expect(screen.getByRole('row', { name: /^2026/ })).toHaveTextContent(
      '2026Kekurangan JP pengembangan kompetensiTerbuka' +
        'JP terencana kurang dari hak: 4 JP selesai dan 0 JP terencana pada 2026: kurang 16 JP dari 20 JP',
    );
    expect(screen.getByRole('row', { name: /^Teguran tertulis/ })).toHaveTextContent(
      'Teguran tertulisRingan2026-03-016',
    );
    // the checks in Indonesian, from their params: the label and the detail
    expect(screen.getByRole('row', { name: /JP yang selesai memenuhi hak/ })).toHaveTextContent(
      '4 JP selesai pada 2026; PPPK paling banyak 24 JP dan berhak 20 JP',
    );
    expect(screen.getByRole('row', { name: /Tingkat potensi/ })).toHaveTextContent('belum ada nilai asesmen potensi');
    expect(screen.getByText('Belum dapat ditempatkan pada 2025')).toBeInTheDocument();
    expect(screen.getByText(/tidak memiliki pangkat/)).toBeInTheDocument();
    expect(screen.queryByText(/MERIT-2/)).toBeNull();
    // the audit trail: who changed which record, when, from what to what (codes by their labels) and why, newest first
    const trail = screen.getByRole('table', { name: 'Riwayat perubahan' });
    const rows = within(trail).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^20 Nov 2026.*adminPendaftaran pelatihan #41statusTerdaftar → Lulus—$/),
      expect.stringMatching(/^2 Nov 2026.*kadisdikSKP #7annual_predikat— → Baikrapat penilaian 2 November$/),
    ]);
  });
});

describe('auditValue', () => {
  it('reads the audit log’s JSON text as a person would: strings bare, objects as JSON, nothing as a dash', () => {
    expect(auditValue('"FINAL"')).toBe('FINAL');
    expect(auditValue('24')).toBe('24');
    expect(auditValue('{"score":80}')).toBe('{"score":80}');
    expect(auditValue('null')).toBe('—');
    expect(auditValue(null)).toBe('—');
    expect(auditValue('not json')).toBe('not json');
  });
});
