import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { AttendanceGrid, type RowOutcome } from './AttendanceGrid.js';
import type { GridChange, GridRow } from './attendance-grid.js';

const rows: GridRow[] = [
  { id: 'e1', nip: '198001012006041001', name: 'Ani', status: 'ENROLLED', score: null },
  { id: 'e2', nip: '198001012006041002', name: 'Budi', status: 'ENROLLED', score: null },
  { id: 'e3', nip: '198001012006041003', name: 'Citra', status: 'COMPLETED', score: 80 },
];

const setup = (
  onSave = vi.fn(async (c: readonly GridChange[]): Promise<RowOutcome[]> => c.map((x) => ({ id: x.id, errors: [] }))),
) => {
  const view = renderWithApp(<AttendanceGrid caption="Peserta sesi" rows={rows} onSave={onSave} />);
  return { ...view, onSave };
};

describe('the attendance and completion grid (DEV-3)', () => {
  it('sets a status and score on the selected participants after a confirmation, and undoes it', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Pilih Ani' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pilih Budi' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status untuk terpilih' }), 'COMPLETED');
    await user.type(screen.getByRole('textbox', { name: 'Nilai untuk terpilih' }), '88');
    await user.click(screen.getByRole('button', { name: 'Terapkan ke terpilih' }));

    const dialog = await screen.findByRole('dialog', { name: 'Ubah peserta terpilih?' });
    expect(dialog).toHaveTextContent('2 peserta: status Lulus, nilai 88.');
    await user.click(within(dialog).getByRole('button', { name: 'Terapkan ke terpilih' }));

    expect(screen.getByRole('combobox', { name: 'Status baru Ani' })).toHaveValue('COMPLETED');
    expect(screen.getByRole('combobox', { name: 'Status baru Budi' })).toHaveValue('COMPLETED');
    expect(screen.getByRole('textbox', { name: 'Nilai Budi' })).toHaveValue('88');
    expect(screen.getByText('2 perubahan')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Batalkan perubahan sekaligus terakhir' }));
    expect(screen.getByRole('combobox', { name: 'Status baru Ani' })).toHaveValue('ENROLLED');
    expect(screen.getByRole('textbox', { name: 'Nilai Budi' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Batalkan perubahan sekaligus terakhir' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Simpan kehadiran dan kelulusan' })).toBeDisabled();
  });

  it('names whom a bulk change skipped because DEV-3 allows them no such change', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Pilih semua peserta' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status untuk terpilih' }), 'ATTENDED');
    await user.click(screen.getByRole('button', { name: 'Terapkan ke terpilih' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Terapkan ke terpilih' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 peserta diubah.');
    expect(screen.getByRole('status')).toHaveTextContent('(DEV-3): Citra.');
  });

  it('does not change anything when the confirmation is cancelled', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Pilih Ani' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status untuk terpilih' }), 'WITHDRAWN');
    await user.click(screen.getByRole('button', { name: 'Terapkan ke terpilih' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Batal' }));
    expect(screen.getByRole('combobox', { name: 'Status baru Ani' })).toHaveValue('ENROLLED');
  });

  it('moves between cells with the arrow keys', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('textbox', { name: 'Nilai Ani' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('textbox', { name: 'Nilai Budi' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('combobox', { name: 'Status baru Budi' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('combobox', { name: 'Status baru Ani' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Status baru Ani' })).toHaveValue('ENROLLED');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('checkbox', { name: 'Pilih Ani' })).toHaveFocus();
  });

  it('saves only the changed participants and shows a refusal on its row', async () => {
    const onSave = vi.fn(
      async (c: readonly GridChange[]): Promise<RowOutcome[]> =>
        c.map((x) => ({
          id: x.id,
          errors:
            x.id === 'e2' ? [{ code: 'INVALID_STATE', field: null, message: 'Sesi belum dimulai', rule: 'DEV-3' }] : [],
        })),
    );
    const { user } = setup(onSave);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status baru Ani' }), 'ATTENDED');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status baru Budi' }), 'FAILED');
    await user.click(screen.getByRole('button', { name: 'Simpan kehadiran dan kelulusan' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toEqual([
      { id: 'e1', from: 'ENROLLED', steps: ['ATTENDED'], score: null },
      { id: 'e2', from: 'ENROLLED', steps: ['ATTENDED', 'FAILED'], score: null },
    ]);
    expect(await screen.findByText('Sesi belum dimulai (DEV-3)')).toBeInTheDocument();
  });

  it('will not save a score outside 0–100', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Nilai Ani' }), '120');
    expect(screen.getByText('Nilai 0–100.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simpan kehadiran dan kelulusan' })).toBeDisabled();
  });
});
