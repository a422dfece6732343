import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { captureDownloads, renderWithApp } from '../../test/render.js';
import { CompetencyAreasQuery, TrainingPage, TrainingProgramListQuery } from './TrainingPage.js';

const WAIT = { timeout: 10_000 };
const program = (code: string, name: string) => ({
  __typename: 'TrainingProgram',
  id: `P:${code}`,
  code,
  name,
  kind: 'COURSE',
  competencyArea: 'TEKNOLOGI_INFORMASI',
  jp: 24,
  provider: 'BPSDM Provsu',
  retired: false,
  sessions: { __typename: 'TrainingSessionConnection', totalCount: 2 },
});
const page = (nodes: unknown[], hasNextPage: boolean, endCursor: string) => ({
  data: {
    trainingPrograms: {
      __typename: 'TrainingProgramConnection',
      totalCount: 2,
      pageInfo: { __typename: 'PageInfo', hasNextPage, hasPreviousPage: false, startCursor: 's', endCursor },
      nodes,
    },
  },
});
const areas = {
  request: { query: CompetencyAreasQuery },
  result: {
    data: {
      trainingPrograms: {
        __typename: 'TrainingProgramConnection',
        groupedAggregates: [{ __typename: 'TrainingProgramGroup', keys: ['TEKNOLOGI_INFORMASI'], count: 5 }],
      },
    },
  },
};
const FILTER = {
  and: [{ or: [{ name: { contains: 'data' } }, { code: { startsWith: 'data' } }] }, { kind: { eq: 'COURSE' } }],
};

afterEach(() => localStorage.clear());

describe('TrainingPage', () => {
  it('turns the URL state into the server filter and exports every page of the filtered set as CSV', async () => {
    const orderBy = ['JP_DESC'];
    const mocks = [
      areas,
      {
        request: { query: TrainingProgramListQuery, variables: { filter: FILTER, orderBy, first: 25 } },
        result: page([program('PYTHON', 'Kursus Analisis Data dengan Python')], true, 'c1'),
      },
      {
        request: { query: TrainingProgramListQuery, variables: { filter: FILTER, orderBy, first: 100 } },
        result: page([program('PYTHON', 'Kursus Analisis Data dengan Python')], true, 'c1'),
      },
      {
        request: { query: TrainingProgramListQuery, variables: { filter: FILTER, orderBy, first: 100, after: 'c1' } },
        result: page([program('DTKS', 'Bimtek Data Terpadu')], false, 'c2'),
      },
    ];
    const downloads = captureDownloads();
    const { user } = renderWithApp(
      <MockedProvider mocks={mocks}>
        <TrainingPage />
      </MockedProvider>,
      { path: '/pelatihan?q=data&kind=COURSE&sort=-jp' },
    );
    const link = await screen.findByRole('link', { name: 'Kursus Analisis Data dengan Python' }, WAIT);
    expect(link).toHaveAttribute('href', '/pelatihan/P%3APYTHON');
    expect(screen.getByRole('row', { name: /PYTHON/ })).toHaveTextContent('Teknologi Informasi');
    await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    await waitFor(async () => expect(await downloads()).toHaveLength(1), WAIT);
    const lines = (await downloads())[0]?.split('\r\n').filter((l) => l !== '') ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('PYTHON');
    expect(lines[2]).toContain('DTKS');
  });

  it('saves the current filters and sort as a named view on this browser and applies it later', async () => {
    const empty = page([], false, 'c0');
    const mocks = [
      areas,
      {
        request: { query: TrainingProgramListQuery, variables: { filter: FILTER, orderBy: ['JP_DESC'], first: 25 } },
        result: empty,
      },
      {
        request: {
          query: TrainingProgramListQuery,
          variables: { filter: { and: [] }, orderBy: ['NAME_ASC'], first: 25 },
        },
        result: empty,
      },
      {
        request: { query: TrainingProgramListQuery, variables: { filter: FILTER, orderBy: ['JP_DESC'], first: 25 } },
        result: empty,
      },
    ];
    const { user, router, search } = renderWithApp(
      <MockedProvider mocks={mocks}>
        <TrainingPage />
      </MockedProvider>,
      { path: '/pelatihan?q=data&kind=COURSE&sort=-jp' },
    );
    await user.click(await screen.findByRole('button', { name: 'Tampilan tersimpan (0)' }, WAIT));
    await user.click(await screen.findByRole('menuitem', { name: 'Simpan tampilan ini…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Simpan tampilan' });
    await user.type(within(dialog).getByRole('textbox', { name: /Nama tampilan/ }), 'Kursus data');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(JSON.parse(localStorage.getItem('kinerja.saved-views.training-programs') ?? '[]')).toEqual([
      { name: 'Kursus data', search: 'sort=-jp&q=data&kind=COURSE' },
    ]);

    await router.navigate('/pelatihan');
    expect(search().toString()).toBe('');
    await user.click(await screen.findByRole('button', { name: 'Tampilan tersimpan (1)' }, WAIT));
    await user.click(await screen.findByRole('menuitem', { name: 'Kursus data' }));
    await waitFor(() => expect(search().get('kind')).toBe('COURSE'));
    expect(search().get('q')).toBe('data');
    expect(search().get('sort')).toBe('-jp');
  });
});
