import { BERAKHLAK_VALUES } from '@kinerja/domain';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import type { UserErrorLike } from '../training-admin/user-errors.js';
import { RatingForm } from './RatingForm.js';
import type { RatingFormValues, RatingPreview } from './rating-form.js';

const OFF = { on: false, rating: '' as const, reason: '' };
const EMPTY: RatingFormValues = {
  period: '4',
  results: [
    { id: 'r1', version: 1, jenis: 'UTAMA', description: 'Laporan keuangan tepat waktu', rating: '' },
    { id: 'r2', version: 1, jenis: 'TAMBAHAN', description: 'Tim pengadaan', rating: '' },
  ],
  behaviours: BERAKHLAK_VALUES.map((value) => ({ value, version: 1, expectation: '', rating: '', feedback: '' })),
  resultsOverride: OFF,
  behaviourOverride: OFF,
};
const SKP = { id: 'skp1', version: 3, year: 2026 };

const rateAll = async (user: ReturnType<typeof renderWithApp>['user'], rating: string) => {
  for (const box of screen.getAllByRole('combobox', { name: /^Penilaian / })) await user.selectOptions(box, rating);
};

describe('the SKP rating form (EVAL-5, EVAL-6, EVAL-2)', () => {
  it('names each result’s kind and each BerAKHLAK value by its label, in the chosen language', async () => {
    renderWithApp(<RatingForm skp={SKP} defaultValues={EMPTY} onSubmit={async () => []} />, { language: 'en' });
    expect(screen.getByRole('row', { name: /Laporan keuangan tepat waktu/ })).toHaveTextContent('Main');
    expect(screen.getByRole('row', { name: /Tim pengadaan/ })).toHaveTextContent('Additional');
    expect(screen.getByRole('rowheader', { name: 'Service-oriented' })).toBeInTheDocument();
  });

  it('asks for a rating of every result and value before sending', async () => {
    const onSubmit = vi.fn(async () => []);
    const { user } = renderWithApp(<RatingForm skp={SKP} defaultValues={EMPTY} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    expect(await screen.findAllByText('Pilih penilaian.')).toHaveLength(9);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the suggested overall ratings and the predikat as ratings are entered, and tells the guard', async () => {
    const previews: RatingPreview[] = [];
    const { user } = renderWithApp(
      <RatingForm skp={SKP} defaultValues={EMPTY} onSubmit={async () => []} onPreview={(p) => previews.push(p)} />,
    );
    await rateAll(user, 'DI_ATAS');
    expect(screen.getByText('Sangat Baik')).toBeInTheDocument();
    expect(previews.at(-1)).toMatchObject({ resultsSuggested: 'DI_ATAS', predikat: 'SANGAT_BAIK' });
  }, 15_000);

  it('asks the reason for an override, and the predikat follows the override', async () => {
    const onSubmit = vi.fn(async (_input: unknown) => []);
    const { user } = renderWithApp(<RatingForm skp={SKP} defaultValues={EMPTY} onSubmit={onSubmit} />);
    await rateAll(user, 'DI_ATAS');
    await user.click(
      screen.getByRole('checkbox', { name: /Tetapkan rating hasil kerja lain dari saran \(Di atas ekspektasi\)/ }),
    );
    await user.selectOptions(
      screen.getAllByRole('combobox', { name: /Rating pilihan Anda/ })[0] as HTMLElement,
      'SESUAI',
    );
    await user.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    expect(await screen.findByText('Tuliskan alasannya.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Baik')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Alasan/ }), 'Target diturunkan di tengah tahun');
    await user.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      id: 'skp1',
      version: 3,
      period: 4,
      resultsOverride: { rating: 'SESUAI', reason: 'Target diturunkan di tengah tahun' },
    });
  }, 15_000);

  it('puts the API’s refusal on the result it names', async () => {
    const onSubmit = vi.fn(
      async (): Promise<UserErrorLike[]> => [
        { code: 'CONFLICT', field: ['input', 'results', '1', 'rating'], message: 'Hasil kerja ini diubah', rule: null },
        { code: 'INVALID_STATE', field: null, message: 'SKP belum disetujui', rule: 'EVAL-9' },
      ],
    );
    const { user } = renderWithApp(<RatingForm skp={SKP} defaultValues={EMPTY} onSubmit={onSubmit} />);
    await rateAll(user, 'SESUAI');
    await user.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    expect(await screen.findByText('Hasil kerja ini diubah')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Penilaian Tim pengadaan' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('SKP belum disetujui (EVAL-9)');
  }, 15_000);
});
