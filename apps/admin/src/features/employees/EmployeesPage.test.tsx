import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureDownloads, renderWithApp } from '../../test/render.js';
import { EmployeeListQuery, EmployeesPage, PerangkatDaerahQuery } from './EmployeesPage.js';

const WAIT = { timeout: 10_000 };
const FILTER = {
  and: [{ or: [{ name: { contains: 'Agus' } }, { nip: { startsWith: 'Agus' } }] }, { currentPangkat: { eq: 'III_A' } }],
};
const employee = (nip: string, name: string) => ({
  __typename: 'Employee',
  id: `E:${nip}`,
  nip,
  name,
  currentPangkat: 'III_A',
  latestPredikat: 'BAIK',
  latestPredikatYear: 2025,
  unit: { __typename: 'Unit', id: 'U1', name: 'Dinas Kesehatan' },
});
const page = (nodes: unknown[], hasNextPage: boolean, endCursor: string) => ({
  data: {
    employees: {
      __typename: 'EmployeeConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage, hasPreviousPage: false, startCursor: 's', endCursor },
      nodes,
    },
  },
});

describe('EmployeesPage', () => {
  it('turns the URL state into the server filter, shows the page and exports every page of the filtered set', async () => {
    const orderBy = ['NAME_ASC', 'NIP_ASC'];
    const mocks = [
      {
        request: { query: PerangkatDaerahQuery },
        result: { data: { units: { __typename: 'UnitConnection', nodes: [] } } },
      },
      {
        request: { query: EmployeeListQuery, variables: { filter: FILTER, orderBy, first: 25 } },
        result: page([employee('199302122024031001', 'Agus Dedi')], true, 'c1'),
      },
      // the CSV: the whole filtered set, 100 a request, following the cursors
      {
        request: { query: EmployeeListQuery, variables: { filter: FILTER, orderBy, first: 100 } },
        result: page([employee('199302122024031001', 'Agus Dedi')], true, 'c1'),
      },
      {
        request: { query: EmployeeListQuery, variables: { filter: FILTER, orderBy, first: 100, after: 'c1' } },
        result: page([employee('198306172024101001', 'Agus Daulay')], false, 'c2'),
      },
    ];
    const downloads = captureDownloads();
    const { user } = renderWithApp(
      <MockedProvider mocks={mocks}>
        <EmployeesPage />
      </MockedProvider>,
      { path: '/pegawai?q=Agus&pangkat=III_A' },
    );
    const link = await screen.findByRole('link', { name: '199302122024031001' }, WAIT);
    expect(link).toHaveAttribute('href', '/pegawai/199302122024031001');
    expect(screen.getByRole('row', { name: /Agus Dedi/ })).toHaveTextContent('Penata Muda (III/a)');
    await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    await waitFor(async () => expect(await downloads()).toHaveLength(1), WAIT);
    const [csv] = await downloads();
    const lines = csv?.split('\r\n').filter((l) => l !== '') ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Agus Dedi');
    expect(lines[2]).toContain('Agus Daulay');
  });
});
