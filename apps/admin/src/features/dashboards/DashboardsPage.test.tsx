import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureDownloads, renderWithApp } from '../../test/render.js';
import {
  PredikatChart,
  PredikatDistributionQuery,
  RecommendationAgeQuery,
  RecommendationsChart,
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

  it('a failed request is said, not drawn as an empty chart', async () => {
    const mocks = [{ request: { query: RecommendationAgeQuery }, error: new Error('API down') }];
    renderWithApp(
      <MockedProvider mocks={mocks}>
        <RecommendationsChart />
      </MockedProvider>,
    );
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent('API down');
  });
});
