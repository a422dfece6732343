import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { Checklist } from './Checklist.js';

const param = (name: string, value: string | null) => ({ __typename: 'CheckParam' as const, name, value });

const checks = [
  {
    __typename: 'Check' as const,
    rule: 'MERIT-2',
    check: 'years-in-rank',
    ok: false,
    detail: '2 year(s) in III/b since 2023-04-01; at least 4 needed (2 with SANGAT_BAIK in 2024)',
    params: [
      param('case', 'short'),
      param('years', '2'),
      param('pangkat', 'III_B'),
      param('pangkatSince', '2023-04-01'),
      param('yearsInRank', '4'),
      param('yearsInRankOutstanding', '2'),
      param('lastYear', '2024'),
    ],
  },
  {
    __typename: 'Check' as const,
    rule: 'DISC-2',
    check: 'no-blocking-sanction',
    ok: true,
    detail: 'no active sanction on 2025-04-01',
    params: [param('on', '2025-04-01')],
  },
];

describe('Checklist', () => {
  it('names each check with its rule, says met or not in words, and gives the detail in Indonesian', () => {
    renderWithApp(<Checklist caption="Kenaikan pangkat" checks={checks} />);
    const table = screen.getByRole('table', { name: 'Kenaikan pangkat' });
    const missing = within(table).getByRole('row', { name: /Masa kerja dalam pangkat/ });
    expect(missing).toHaveTextContent('MERIT-2');
    expect(missing).toHaveTextContent('Tidak');
    expect(missing).toHaveTextContent(
      '2 tahun dalam III/b sejak 1 April 2023; minimal 4 tahun (2 tahun dengan Sangat Baik pada 2024)',
    );
    expect(within(table).getByRole('row', { name: /Tidak ada hukuman disiplin yang menghalangi/ })).toHaveTextContent(
      'Yatidak ada hukuman disiplin aktif pada 1 April 2025',
    );
  });

  it('speaks English when the reader chose it, with English plurals', () => {
    renderWithApp(<Checklist caption="Rank promotion" checks={checks} />, { language: 'en' });
    const table = screen.getByRole('table', { name: 'Rank promotion' });
    expect(within(table).getByRole('row', { name: /Years in rank/ })).toHaveTextContent(
      '2 years in III/b since 1 April 2023; at least 4 needed (2 with Sangat Baik in 2024)',
    );
    expect(within(table).getByRole('row', { name: /No blocking sanction/ })).toHaveTextContent(
      'no active sanction on 1 April 2025',
    );
  });

  it('falls back to the check’s key and English detail for a check it has no words for', () => {
    renderWithApp(
      <Checklist
        caption="x"
        checks={[
          {
            __typename: 'Check',
            rule: 'MERIT-2',
            check: 'new-rule',
            ok: true,
            detail: 'as the domain says',
            params: [],
          },
        ]}
      />,
    );
    expect(screen.getByRole('row', { name: /new-rule/ })).toHaveTextContent('as the domain says');
  });

  it('says there is nothing to check rather than showing an empty table', () => {
    renderWithApp(<Checklist caption="x" checks={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Tidak ada.')).toBeInTheDocument();
  });
});
