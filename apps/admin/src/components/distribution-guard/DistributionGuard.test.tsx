import { checkDistribution, DEFAULT_POLICY, ORG_PREDIKATS, PREDIKATS, type Predikat } from '@kinerja/domain';
import { cleanup, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { DistributionGuard } from './DistributionGuard.js';

const violatedAlert = () => screen.queryByRole('alert');
const violatedNames = () =>
  within(violatedAlert() ?? document.createElement('div'))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
const outcome = () => screen.getByText(/^(Memenuhi|Peringatan|Diblokir)$/).textContent;

describe('DistributionGuard (EVAL-10)', () => {
  it('EVAL-10: a BAIK unit within every limit is shown as meeting them, with its counts', () => {
    renderWithApp(<DistributionGuard orgPredikat="BAIK" counts={{ SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 1 }} />);
    expect(outcome()).toBe('Memenuhi');
    expect(screen.getByText('Semua batas terpenuhi untuk 9 pegawai berpredikat.')).toBeInTheDocument();
    const counts = screen.getByRole('table', { name: 'Jumlah pegawai per predikat' });
    expect(within(counts).getByRole('rowheader', { name: 'Baik' }).closest('tr')).toHaveTextContent('Baik6');
    expect(violatedAlert()).not.toBeInTheDocument();
  });

  it('EVAL-10: names each violated limit of a BAIK unit (BAIK above 70%, nobody in BUTUH_PERBAIKAN + KURANG)', () => {
    renderWithApp(<DistributionGuard orgPredikat="BAIK" counts={{ SANGAT_BAIK: 2, BAIK: 8 }} />);
    expect(violatedNames()).toEqual([
      'Baik paling banyak 70%',
      'Butuh Perbaikan + Kurang/Misconduct paling sedikit 1 orang',
    ]);
    expect(screen.getByText('2 batas dilanggar')).toBeInTheDocument();
    expect(outcome()).toBe('Peringatan');
    // the domain's own figures stand beside each limit, said in Indonesian
    expect(screen.getByText('Baik: 8 dari 10; paling banyak 70% dari 10 = 7')).toBeInTheDocument();
  });

  it('EVAL-10: BLOCK mode blocks a violating unit of at least distributionMinUnitSize, and only warns a smaller one', () => {
    const policy = { ...DEFAULT_POLICY, distributionMode: 'BLOCK' as const, distributionMinUnitSize: 5 };
    renderWithApp(<DistributionGuard orgPredikat="BAIK" counts={{ BAIK: 5 }} policy={policy} />);
    expect(outcome()).toBe('Diblokir');
    cleanup();
    renderWithApp(<DistributionGuard orgPredikat="BAIK" counts={{ BAIK: 4 }} policy={policy} />);
    expect(outcome()).toBe('Peringatan');
  });

  it('EVAL-10: ISTIMEWA needs SANGAT_BAIK to be the largest group; SANGAT_KURANG allows no SANGAT_BAIK', () => {
    renderWithApp(<DistributionGuard orgPredikat="ISTIMEWA" counts={{ SANGAT_BAIK: 3, BAIK: 4 }} />);
    expect(violatedNames()).toEqual(['Sangat Baik menjadi kelompok terbesar']);
    cleanup();
    renderWithApp(<DistributionGuard orgPredikat="SANGAT_KURANG" counts={{ SANGAT_BAIK: 1, SANGAT_KURANG: 9 }} />);
    expect(violatedNames()).toContain('Tidak boleh ada Sangat Baik');
  });

  it('EVAL-10: while a rating is entered, shows the counts after the change and the limits it would break', () => {
    renderWithApp(
      <DistributionGuard
        orgPredikat="BAIK"
        counts={{ SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 1 }}
        pendingChange={{ from: 'BUTUH_PERBAIKAN', to: 'BAIK' }}
      />,
    );
    expect(screen.getByText('Jika satu predikat berubah dari Butuh Perbaikan menjadi Baik:')).toBeInTheDocument();
    expect(screen.getByText('akan melanggar: Baik paling banyak 70%')).toBeInTheDocument();
    expect(
      screen.getByText('akan melanggar: Butuh Perbaikan + Kurang/Misconduct paling sedikit 1 orang'),
    ).toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: 'Jumlah pegawai per predikat' }))
      .getByRole('rowheader', { name: 'Baik' })
      .closest('tr');
    expect(row).toHaveTextContent('Baik67');
    expect(outcome()).toBe('Peringatan');
  });

  it('EVAL-10: a change that mends a violated limit says so', () => {
    renderWithApp(
      <DistributionGuard
        orgPredikat="BAIK"
        counts={{ SANGAT_BAIK: 2, BAIK: 8 }}
        pendingChange={{ from: 'BAIK', to: 'BUTUH_PERBAIKAN' }}
      />,
    );
    expect(screen.getByText('akan memenuhi kembali: Baik paling banyak 70%')).toBeInTheDocument();
    expect(outcome()).toBe('Memenuhi');
  });

  it('EVAL-10: a change from a predikat nobody holds is refused with the reason, the current verdict kept', () => {
    renderWithApp(
      <DistributionGuard
        orgPredikat="BAIK"
        counts={{ BAIK: 3 }}
        pendingChange={{ from: 'KURANG_MISCONDUCT', to: 'BAIK' }}
      />,
    );
    expect(screen.getByText('Tidak ada pegawai berpredikat Kurang/Misconduct untuk diubah')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Jumlah pegawai per predikat' })).not.toHaveTextContent('Sesudah');
  });

  it('EVAL-10: with nobody rated yet there is nothing to check', () => {
    renderWithApp(<DistributionGuard orgPredikat="KURANG" counts={{}} />);
    expect(outcome()).toBe('Memenuhi');
    expect(screen.getByText('Belum ada pegawai berpredikat tahunan')).toBeInTheDocument();
  });

  it('EVAL-10: speaks English, the Indonesian predikat kept', () => {
    renderWithApp(<DistributionGuard orgPredikat="BAIK" counts={{ BAIK: 8, SANGAT_BAIK: 2 }} />, { language: 'en' });
    expect(violatedNames()).toContain('Baik (good) at most 70%');
    expect(screen.getByText('Baik (good): 8 of 10; at most 70% of 10 is 7')).toBeInTheDocument();
    expect(screen.getByText('Warning')).toBeInTheDocument();
  });

  it('EVAL-10: shows the domain’s verdict for any counts: its outcome and one named limit per violation', () => {
    const counts = fc.record(
      Object.fromEntries(PREDIKATS.map((p) => [p, fc.nat({ max: 6 })])) as Record<Predikat, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(fc.constantFrom(...ORG_PREDIKATS), counts, (orgPredikat, c) => {
        cleanup();
        renderWithApp(<DistributionGuard orgPredikat={orgPredikat} counts={c} />);
        const predikats = PREDIKATS.flatMap((p) => Array.from({ length: c[p] }, () => p));
        const verdict = checkDistribution({ orgPredikat, predikats, policy: DEFAULT_POLICY });
        expect(violatedNames()).toHaveLength(verdict.violations.length);
        expect(outcome()).toBe({ OK: 'Memenuhi', WARN: 'Peringatan', BLOCK: 'Diblokir' }[verdict.outcome]);
      }),
      { numRuns: 25 },
    );
  });
});
