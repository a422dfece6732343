import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { TEST_VIEWER } from '../../test/viewer.js';
import { SchedulePage, TrainingScheduleQuery } from './SchedulePage.js';

const WAIT = { timeout: 10_000 };
const NOVEMBER = { firstDay: '2026-11-01', lastDay: '2026-11-30' };
const DECEMBER = { firstDay: '2026-12-01', lastDay: '2026-12-31' };

const byStatus = (counts: Record<string, number>) =>
  Object.entries(counts).map(([status, count]) => ({ __typename: 'EnrolmentGroup', keys: [status], count }));
const session = (
  n: number,
  name: string,
  startDate: string,
  endDate: string,
  more: {
    place?: string | null;
    link?: string | null;
    capacity?: number;
    cancelled?: boolean;
    counts?: Record<string, number>;
  } = {},
) => ({
  __typename: 'TrainingSession',
  id: `S:${n}`,
  startDate,
  endDate,
  place: more.place === undefined ? 'Aula BPSDM' : more.place,
  link: more.link ?? null,
  capacity: more.capacity ?? 30,
  cancelled: more.cancelled ?? false,
  program: { __typename: 'TrainingProgram', id: `P:${n}`, name },
  enrolments: { __typename: 'EnrolmentConnection', groupedAggregates: byStatus(more.counts ?? {}) },
});
const page = (nodes: unknown[], totalCount: number, endCursor: string | null) => ({
  data: {
    trainingSessions: {
      __typename: 'TrainingSessionConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      nodes,
    },
  },
});

// November 2026: a three-day course, a cancelled webinar, five sessions on the 17th (two on the second page) and
// one that started in October.
const FIRST_PAGE = [
  session(0, 'Orientasi CPNS', '2026-10-30', '2026-11-02'),
  session(1, 'Pelatihan Kepemimpinan Pengawas', '2026-11-03', '2026-11-05', {
    counts: { ENROLLED: 10, COMPLETED: 2, WAITLISTED: 3, WITHDRAWN: 1 },
  }),
  session(2, 'Webinar Literasi Digital', '2026-11-10', '2026-11-10', {
    place: null,
    link: 'https://zoom.example/1',
    capacity: 100,
    cancelled: true,
  }),
  session(3, 'Bimtek Arsip', '2026-11-17', '2026-11-17'),
  session(4, 'Bimtek Barang Milik Daerah', '2026-11-17', '2026-11-17'),
  session(5, 'Bimtek Keuangan', '2026-11-17', '2026-11-17'),
];
const SECOND_PAGE = [
  session(6, 'Bimtek Pengadaan', '2026-11-17', '2026-11-17', { capacity: 2, counts: { ENROLLED: 2 } }),
  session(7, 'Bimtek SAKIP', '2026-11-17', '2026-11-18'),
];
const mocks = () => [
  { request: { query: TrainingScheduleQuery, variables: NOVEMBER }, result: page(FIRST_PAGE, 8, 'c1') },
  {
    request: { query: TrainingScheduleQuery, variables: { ...NOVEMBER, after: 'c1' } },
    result: page(SECOND_PAGE, 8, null),
  },
  { request: { query: TrainingScheduleQuery, variables: DECEMBER }, result: page([], 0, null) },
];

const renderSchedule = (path: string, options: { language?: 'id' | 'en'; admin?: boolean } = {}) =>
  renderWithApp(
    <MockedProvider mocks={mocks()}>
      <SchedulePage />
    </MockedProvider>,
    {
      path,
      language: options.language ?? 'id',
      viewer: options.admin === false ? { ...TEST_VIEWER, roles: ['ANALYST'] } : TEST_VIEWER,
    },
  );
/** The calendar cell of a day, found by the full date it reads out. */
const day = (label: string) => screen.getByRole('cell', { name: new RegExp(`^${label}`) });
const names = (cell: HTMLElement) =>
  within(cell)
    .queryAllByRole('link')
    .map((a) => a.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 18, 9, 0));
});
afterEach(() => vi.useRealTimers());

describe('SchedulePage', () => {
  it('lays November 2026 out Monday to Sunday and puts each session on every day it runs, from every page', async () => {
    renderSchedule('/pelatihan/jadwal?bulan=2026-11');
    const table = await screen.findByRole('table', { name: 'Sesi pelatihan November 2026, Senin sampai Minggu' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']);
    // six weeks: 26 October to 6 December
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    await screen.findByText('8 sesi bulan ini', {}, WAIT);

    // the three-day course on the 3rd, 4th and 5th, not the 2nd or the 6th
    for (const d of ['Selasa, 3 November 2026', 'Rabu, 4 November 2026', 'Kamis, 5 November 2026']) {
      expect(names(day(d))).toContain('Pelatihan Kepemimpinan Pengawas');
    }
    expect(names(day('Senin, 2 November 2026'))).toEqual(['Orientasi CPNS']);
    expect(names(day('Jumat, 6 November 2026'))).toEqual([]);
    const course = day('Selasa, 3 November 2026');
    expect(within(course).getByRole('link', { name: 'Pelatihan Kepemimpinan Pengawas' })).toHaveAttribute(
      'href',
      '/pelatihan/P%3A1/sesi/S%3A1',
    );
    // places taken: enrolled and completed, not the waitlist or a withdrawal
    expect(course).toHaveTextContent('Aula BPSDM · 12/30 terisi');
    expect(day('Selasa, 10 November 2026')).toHaveTextContent('Webinar Literasi Digital' + 'Daring · Dibatalkan');

    // the session from October shows from 1 November; October's days in the first week stay empty and shaded
    expect(names(day('Minggu, 1 November 2026'))).toEqual(['Orientasi CPNS']);
    expect(names(day('Jumat, 30 Oktober 2026'))).toEqual([]);
    expect(day('Rabu, 18 November 2026')).toHaveAttribute('aria-current', 'date');
    expect(day('Selasa, 17 November 2026')).not.toHaveAttribute('aria-current');
  });

  it('shows three sessions of a busy day and "+N more" that reveals the rest', async () => {
    const { user } = renderSchedule('/pelatihan/jadwal?bulan=2026-11');
    const more = await screen.findByRole('button', { name: '+2 lainnya' }, WAIT);
    const busy = day('Selasa, 17 November 2026');
    expect(names(busy)).toEqual(['Bimtek Arsip', 'Bimtek Barang Milik Daerah', 'Bimtek Keuangan']);
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(names(busy)).toEqual([
      'Bimtek Arsip',
      'Bimtek Barang Milik Daerah',
      'Bimtek Keuangan',
      'Bimtek Pengadaan',
      'Bimtek SAKIP',
    ]);
    expect(within(busy).getByRole('button', { name: 'Lebih sedikit' })).toHaveAttribute('aria-expanded', 'true');
    // a day with three sessions or fewer has nothing to fold
    expect(within(day('Rabu, 18 November 2026')).queryByRole('button')).toBeNull();
  });

  it('moves between months through the URL, so back returns to the month before', async () => {
    const { user, router, search } = renderSchedule('/pelatihan/jadwal?bulan=2026-11');
    await screen.findByText('8 sesi bulan ini', {}, WAIT);
    await user.click(screen.getByRole('button', { name: 'Bulan berikutnya' }));
    expect(search().get('bulan')).toBe('2026-12');
    expect(await screen.findByRole('table', { name: /Desember 2026/ })).toBeInTheDocument();
    expect(await screen.findByText('0 sesi bulan ini', {}, WAIT)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bulan sebelumnya' }));
    expect(search().get('bulan')).toBe('2026-11');
    await user.click(screen.getByRole('button', { name: 'Bulan berikutnya' }));
    await user.click(screen.getByRole('button', { name: 'Hari ini' }));
    expect(search().get('bulan')).toBe('2026-11');
    await router.navigate(-1);
    await waitFor(() => expect(search().get('bulan')).toBe('2026-12'));
    expect(await screen.findByRole('heading', { name: 'Desember 2026' })).toBeInTheDocument();
  });

  it('switches to the list of the same month by date and back, keeping the view in the URL', async () => {
    const { user, search } = renderSchedule('/pelatihan/jadwal?bulan=2026-11');
    await screen.findByText('8 sesi bulan ini', {}, WAIT);
    expect(screen.getByRole('button', { name: 'Kalender' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Daftar' }));
    expect(search().get('tampilan')).toBe('daftar');
    expect(search().get('bulan')).toBe('2026-11');
    expect(screen.getByRole('button', { name: 'Daftar' })).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('table', { name: '8 sesi pelatihan November 2026, urut tanggal' });
    expect(
      within(list)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Tanggal', 'Program', 'Tempat', 'Terisi', 'Status']);
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      'Orientasi CPNS',
      'Pelatihan Kepemimpinan Pengawas',
      'Webinar Literasi Digital',
      'Bimtek Arsip',
      'Bimtek Barang Milik Daerah',
      'Bimtek Keuangan',
      'Bimtek Pengadaan',
      'Bimtek SAKIP',
    ]);
    expect(rows[1]).toHaveTextContent('3–5 Nov 2026');
    expect(rows[1]).toHaveTextContent('12/30');
    expect(rows[2]).toHaveTextContent('Dibatalkan');
    expect(rows[6]).toHaveTextContent('Penuh');
    expect(rows[7]).toHaveTextContent('Terjadwal');
    await user.click(screen.getByRole('button', { name: 'Kalender' }));
    expect(search().get('tampilan')).toBe('kalender');
    expect(screen.getByRole('table', { name: /Senin sampai Minggu/ })).toBeInTheDocument();
  });

  it('shows the current month for a malformed month, and English weekdays in English', async () => {
    const { user } = renderSchedule('/pelatihan/jadwal?bulan=2026-13&tampilan=daftar', { language: 'en' });
    const table = await screen.findByRole('table', { name: /in November 2026, by date/ });
    expect(table).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Calendar' }));
    expect(
      within(screen.getByRole('table', { name: 'Training sessions in November 2026, Monday to Sunday' }))
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });

  it('leads someone who cannot manage sessions to the program page instead', async () => {
    renderSchedule('/pelatihan/jadwal?bulan=2026-11', { admin: false });
    await screen.findByText('8 sesi bulan ini', {}, WAIT);
    expect(within(day('Selasa, 3 November 2026')).getByRole('link')).toHaveAttribute('href', '/pelatihan/P%3A1');
  });
});
