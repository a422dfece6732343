import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureDownloads, renderWithApp } from '../../test/render.js';
import { ChartCard } from './ChartCard.js';

/** A datum with a field that is not plotted (`unitId`): it must appear neither in the table nor in the CSV. */
const DATA = [
  { unit: 'Bappeda', unitId: 'u1', jp: 14, entitled: 20 },
  { unit: 'Dinas Kesehatan', unitId: 'u2', jp: 22, entitled: 20 },
];

const Jp = ({ data = DATA }: { data?: typeof DATA }) => (
  <ChartCard
    title="JP per unit"
    kind="bar"
    data={data}
    category={{ key: 'unit', label: 'Unit' }}
    series={[
      { key: 'jp', label: 'JP diikuti' },
      { key: 'entitled', label: 'Hak JP' },
    ]}
    fileName="jp-per-unit"
  />
);

describe('ChartCard', () => {
  it('shows the chart as an image named by its title, the table hidden', () => {
    renderWithApp(<Jp />);
    expect(screen.getByRole('img', { name: /JP per unit/ })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lihat sebagai tabel' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('"view as table" shows exactly the plotted data: the category and each series, one row per datum', async () => {
    const { user } = renderWithApp(<Jp />);
    await user.click(screen.getByRole('button', { name: 'Lihat sebagai tabel' }));
    expect(screen.getByRole('button', { name: 'Lihat sebagai tabel' })).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'JP per unit' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Unit', 'JP diikuti', 'Hak JP']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Bappeda', '14', '20'],
      ['Dinas Kesehatan', '22', '20'],
    ]);
    expect(screen.queryByRole('img', { name: /JP per unit/ })).not.toBeInTheDocument();
  });

  it('downloads a CSV of exactly the plotted data', async () => {
    const downloads = captureDownloads();
    const { user } = renderWithApp(<Jp />);
    await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    await waitFor(async () => expect(await downloads()).toHaveLength(1));
    expect((await downloads())[0]).toBe('Unit,JP diikuti,Hak JP\r\nBappeda,14,20\r\nDinas Kesehatan,22,20\r\n');
  });

  it('says when there is no data, with nothing to view or download', () => {
    renderWithApp(<Jp data={[]} />);
    expect(screen.getByText('Belum ada data untuk grafik ini.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lihat sebagai tabel' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Unduh CSV' })).toBeDisabled();
  });
});
