import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { readGraphiql, writeGraphiql } from '../workbench-saved/graphiql-storage.js';
import { SavedQueriesPage } from '../workbench-saved/SavedQueriesPage.js';
import { SavedQueriesQuery } from '../workbench-saved/saved-queries.js';
import { WorkbenchPage } from './WorkbenchPage.js';

const WAIT = { timeout: 10_000 };
const saved = {
  __typename: 'SavedQuery',
  id: 'SQ:1',
  name: 'Predikat per perangkat daerah',
  description: null,
  query: '{ employeeYears(first: 1) { totalCount } }',
  variables: '{"year": 2025}',
  shared: true,
  ownerName: 'Analis BKN',
  mine: true,
  updatedAt: '2026-11-29T08:00:00.000Z',
  version: 1,
};
const list = { request: { query: SavedQueriesQuery }, result: { data: { savedQueries: [saved] } } };

afterEach(() => localStorage.clear());

describe('the analyst workbench', () => {
  it('embeds the self-hosted GraphiQL of this origin, titled for screen readers, with a way to open it alone', () => {
    renderWithApp(<WorkbenchPage />, { path: '/analis' });
    const frame = screen.getByTitle('GraphiQL: penyunting kueri GraphQL');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('/graphql?theme=light');
    expect(screen.getByRole('link', { name: 'Buka GraphiQL di tab baru' })).toHaveAttribute('target', '_blank');
  });

  it('saves the query being edited in GraphiQL: "save this query" opens the form filled from its editors', async () => {
    writeGraphiql({ query: '{ units(first: 3) { totalCount } }', variables: '{"first": 3}' });
    const { user, router } = renderWithApp(
      <MockedProvider mocks={[list]}>
        <WorkbenchPage />
      </MockedProvider>,
      { path: '/analis' },
    );
    await user.click(screen.getByRole('link', { name: 'Simpan kueri ini…' }));
    expect(router.state.location.pathname).toBe('/analis/kueri');
    expect(router.state.location.search).toBe('?baru=1');
  });

  it('opens on the save form at ?baru=1 with GraphiQL’s query and variables, and closing it clears the parameter', async () => {
    writeGraphiql({ query: '{ units(first: 3) { totalCount } }', variables: '{"first": 3}' });
    const { user, search } = renderWithApp(
      <MockedProvider mocks={[list]}>
        <SavedQueriesPage />
      </MockedProvider>,
      { path: '/analis/kueri?baru=1', language: 'en' },
    );
    const form = await screen.findByRole('region', { name: 'Save a query' }, WAIT);
    expect(within(form).getByLabelText(/GraphQL query/)).toHaveValue('{ units(first: 3) { totalCount } }');
    expect(within(form).getByLabelText(/Variables/)).toHaveValue('{"first": 3}');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Save a query' })).toBeNull();
    expect(search().has('baru')).toBe(false);
  });

  it('opens a saved query in the embedded GraphiQL: its query and variables go to GraphiQL’s editors', async () => {
    const { user, router } = renderWithApp(
      <MockedProvider mocks={[list]}>
        <SavedQueriesPage />
      </MockedProvider>,
      { path: '/analis/kueri', language: 'en' },
    );
    await user.click(
      await screen.findByRole('button', { name: 'Open in GraphiQL: Predikat per perangkat daerah' }, WAIT),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/analis'));
    expect(readGraphiql()).toEqual({ query: saved.query, variables: saved.variables });
  });
});
