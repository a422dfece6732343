import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { TEST_VIEWER } from '../../test/viewer.js';
import { SkpStateCountsQuery, SubordinateSkps, SubordinateSkpsQuery } from './SubordinateSkps.js';

const WAIT = { timeout: 10_000 };
const penilai = {
  ...TEST_VIEWER,
  roles: ['EVALUATOR', 'EMPLOYEE'] as const,
  grants: [{ role: 'EVALUATOR' as const, unit: { id: 'U9', name: 'SD Negeri 1' } }],
  employee: { id: 'E1', nip: '197001011990031001', name: 'Kepala Sekolah' },
};
const skp = (state: string) => ({
  __typename: 'Skp',
  id: `S:${state}`,
  year: 2026,
  state,
  resultsRating: null,
  behaviourRating: null,
  annualPredikat: null,
  annualPredikatSuggested: state === 'SUBMITTED' ? 'BAIK' : null,
  employee: { __typename: 'Employee', id: 'E2', nip: '199001012020121001', name: 'Guru Satu' },
  unit: { __typename: 'Unit', id: 'U9', name: 'SD Negeri 1' },
});
const list = (nodes: unknown[]) => ({
  data: {
    skps: {
      __typename: 'SkpConnection',
      totalCount: nodes.length,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: 's',
        endCursor: 'e',
      },
      nodes,
    },
  },
});
const mine = { evaluatorId: { eq: 'E1' } };
const counts: MockedResponse = {
  request: { query: SkpStateCountsQuery, variables: { filter: mine } },
  result: {
    data: {
      skps: {
        __typename: 'SkpConnection',
        groupedAggregates: [
          { __typename: 'SkpGroup', keys: ['SUBMITTED'], count: 1 },
          { __typename: 'SkpGroup', keys: ['DRAFT'], count: 3 },
        ],
      },
    },
  },
};

describe('SubordinateSkps', () => {
  it("lists the SKPs of the evaluator's subordinates with counts by state, and narrows to a state on a click", {
    timeout: 30_000,
  }, async () => {
    const mocks: MockedResponse[] = [
      counts,
      {
        request: { query: SubordinateSkpsQuery, variables: { filter: mine, orderBy: ['YEAR_DESC'], first: 25 } },
        result: list([skp('SUBMITTED'), skp('DRAFT')]),
      },
      counts,
      {
        request: {
          query: SubordinateSkpsQuery,
          variables: {
            filter: { and: [mine, { state: { eq: 'SUBMITTED' } }] },
            orderBy: ['YEAR_DESC'],
            first: 25,
          },
        },
        result: list([skp('SUBMITTED')]),
      },
    ];
    const { user, search } = renderWithApp(
      <MockedProvider mocks={mocks}>
        <SubordinateSkps />
      </MockedProvider>,
      { path: '/penilaian', viewer: penilai },
    );
    const states = await screen.findByRole('group', { name: 'Jumlah SKP menurut status' }, WAIT);
    await waitFor(() => expect(within(states).getByRole('button', { name: 'Draf (3)' })).toBeInTheDocument(), WAIT);
    expect(within(states).getByRole('button', { name: 'Final (0)' })).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Baik (usulan)' }, WAIT)).toBeInTheDocument();
    expect(screen.getAllByRole('row', { name: /Guru Satu/ })).toHaveLength(2);

    await user.click(within(states).getByRole('button', { name: 'Diajukan (1)' }));
    expect(search().get('skp.state')).toBe('SUBMITTED');
    await waitFor(() => expect(screen.getAllByRole('row', { name: /Guru Satu/ })).toHaveLength(1), WAIT);
    expect(within(states).getByRole('button', { name: 'Diajukan (1)' })).toHaveAttribute('aria-pressed', 'true');
  });
});
