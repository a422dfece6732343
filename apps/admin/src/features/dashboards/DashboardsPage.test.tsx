import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureDownloads, renderWithApp } from '../../test/render.js';
import {
  PredikatChart,
  PredikatDistributionQuery,
  RecommendationAgeQuery,
  RecommendationsChart,
  TalentChart,
  TalentMovementQuery,
} from './DashboardsPage.js';

const WAIT = { timeout: 10_000 };

describe('dashboards', () => {
  it('the predikat chart shows exactly its grouped aggregates as a table and a CSV', async () => {
    const mocks = [
      {
        request: { query: PredikatDistributionQuery, variables: { year: 2025 } },
        result: {
          data: {
            employeeYears: {
              __typename: 'EmployeeYearConnection',
              groupedAggregates: [
                {
                  __typename: 'EmployeeYearGroup',
                  keys: ['VW5pdDox', 'BAIK'],
                  count: 14,
                  unit: { __typename: 'Unit', id: 'VW5pdDox', name: 'Dinas Kesehatan' },
                },
                {
                  __typename: 'EmployeeYearGroup',
                  keys: ['VW5pdDox', null],
                  count: 2,
                  unit: { __typename: 'Unit', id: 'VW5pdDox', name: 'Dinas Kesehatan' },
                },
              ],
            },
          },
        },
      },
    ];
    const downloads = captureDownloads();
    const { user } = renderWithApp(
      <MockedProvider mocks={mocks}>
        <PredikatChart year={2025} />
      </MockedProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Lihat sebagai tabel' }, WAIT));
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /Dinas Kesehatan/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '14', '0', '0', '0', '2']);
    await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    const [csv] = await downloads();
    expect(csv?.split('\r\n')[1]).toBe('Dinas Kesehatan,0,14,0,0,0,2');
  });

  it('names recommendation statuses by their label on the axis, in the table and in the CSV alike', async () => {
    const group = (status: string, age: string, count: number) => ({
      __typename: 'RecommendationGroup',
      keys: [status, age],
      count,
    });
    const mocks = [
      {
        request: { query: RecommendationAgeQuery },
        result: {
          data: {
            recommendations: {
              __typename: 'RecommendationConnection',
              groupedAggregates: [group('OPEN', '90', 3), group('OPEN', '30', 1), group('DISMISSED', '30', 2)],
            },
          },
        },
      },
    ];
    const downloads = captureDownloads();
    const { user } = renderWithApp(
      <MockedProvider mocks={mocks}>
        <RecommendationsChart />
      </MockedProvider>,
      { language: 'en' },
    );
    await user.click(await screen.findByRole('button', { name: 'View as table' }, WAIT));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /^Open/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^Dismissed/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const [csv] = await downloads();
    expect(csv?.split('\r\n').slice(1, 3)).toEqual(['Open,1,3', 'Dismissed,2,0']);
  });

  it('a failed request is said, not drawn as an empty chart', async () => {
    const mocks = [{ request: { query: RecommendationAgeQuery }, error: new Error('API down') }];
    renderWithApp(
      <MockedProvider mocks={mocks}>
        <RecommendationsChart />
      </MockedProvider>,
    );
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent('API down');
  });

  describe('the talent 9-box movement since last year (MERIT-4)', () => {
    // groups keyed [PREVIOUS_TALENT_BOX, TALENT_BOX], from the one request the card makes
    const group = (from: string | null, to: string | null, count: number) => ({
      __typename: 'EmployeeYearGroup',
      keys: [from, to],
      count,
    });
    const mocks = [
      {
        request: { query: TalentMovementQuery, variables: { year: 2025 } },
        result: {
          data: {
            employeeYears: {
              __typename: 'EmployeeYearConnection',
              groupedAggregates: [
                group('5', '5', 4),
                group('5', '8', 2),
                group('9', '8', 3),
                group(null, '8', 5),
                group('2', null, 6),
                group(null, null, 7),
              ],
            },
          },
        },
      },
    ];
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);

    it('plots per box who stayed, moved up, moved down or is new, and its table and CSV hold exactly that', async () => {
      const downloads = captureDownloads();
      const { user } = renderWithApp(
        <MockedProvider mocks={mocks}>
          <TalentChart year={2025} />
        </MockedProvider>,
      );
      const chart = await screen.findByRole('region', { name: /Talenta 9 kotak/ }, WAIT);
      await user.click(within(chart).getByRole('button', { name: 'Lihat sebagai tabel' }));
      const table = within(chart).getByRole('table');
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Kotak talenta 2025', 'Tetap', 'Naik', 'Turun', 'Baru (tanpa kotak tahun lalu)']);
      expect(cells(within(table).getByRole('row', { name: /^8/ }))).toEqual(['0', '2', '3', '5']);
      expect(cells(within(table).getByRole('row', { name: /^5/ }))).toEqual(['4', '0', '0', '0']);
      await user.click(within(chart).getByRole('button', { name: 'Unduh CSV' }));
      const [csv] = await downloads();
      const lines = csv?.split('\r\n') ?? [];
      expect(lines[0]).toBe('Kotak talenta 2025,Tetap,Naik,Turun,Baru (tanpa kotak tahun lalu)');
      expect(lines.slice(1, 10)).toEqual([
        '1,0,0,0,0',
        '2,0,0,0,0',
        '3,0,0,0,0',
        '4,0,0,0,0',
        '5,4,0,0,0',
        '6,0,0,0,0',
        '7,0,0,0,0',
        '8,0,2,3,5',
        '9,0,0,0,0',
      ]);
    });

    it('shows the from→to table and the count of each move, in English too', async () => {
      const downloads = captureDownloads();
      const { user } = renderWithApp(
        <MockedProvider mocks={mocks}>
          <TalentChart year={2025} />
        </MockedProvider>,
        { language: 'en' },
      );
      const card = await screen.findByRole('region', { name: 'Talent box movement 2024 → 2025' }, WAIT);
      const moves = within(card).getByRole('group', { name: 'Employees by move 2024–2025' });
      expect(moves).toHaveTextContent('Moved up2');
      expect(moves).toHaveTextContent('Stayed4');
      expect(moves).toHaveTextContent('Moved down3');
      expect(moves).toHaveTextContent('New (no box last year)5');
      expect(moves).toHaveTextContent('No longer placed6');
      const table = within(card).getByRole('table', { name: 'Talent box movement 2024 → 2025' });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['From 2024 \\ to 2025', '9', '8', '7', '6', '5', '4', '3', '2', '1', 'No box']);
      // rows: last year's box; columns: this year's (9 first, no box last)
      expect(cells(within(table).getByRole('row', { name: /^9/ }))).toEqual([
        '0',
        '3',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
      ]);
      expect(cells(within(table).getByRole('row', { name: /^5/ }))).toEqual([
        '0',
        '2',
        '0',
        '0',
        '4',
        '0',
        '0',
        '0',
        '0',
        '0',
      ]);
      expect(cells(within(table).getByRole('row', { name: /^No box/ }))).toEqual([
        '0',
        '5',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
        '7',
      ]);
      await user.click(within(card).getByRole('button', { name: 'Download CSV' }));
      const [csv] = await downloads();
      expect(csv?.split('\r\n')[2]).toBe('8,0,0,0,0,0,0,0,0,0,0');
      expect(csv?.split('\r\n')[10]).toBe('No box,0,5,0,0,0,0,0,0,0,7');
    });
  });
});
