import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { captureDownloads, renderWithApp } from '../../test/render.js';
import { type BulkAction, type DataColumn, DataTable, type PageInfo } from './DataTable.js';
import { tableStateCodec, useUrlState } from './use-url-state.js';

type Person = { id: string; nip: string; name: string; unit: string; jp: number };

const PEOPLE: Person[] = [
  { id: 'p1', nip: '198002292005011001', name: 'Budi Santoso', unit: 'Dinas Kesehatan', jp: 12 },
  { id: 'p2', nip: '198507122010012002', name: 'Sari, Dewi', unit: 'Bappeda', jp: 20 },
  { id: 'p3', nip: '199001012015031003', name: 'Andi "Ade" Putra', unit: 'Dinas Kesehatan', jp: 4 },
];
const COLUMNS: DataColumn<Person>[] = [
  { id: 'nip', header: 'NIP', value: (p) => p.nip, sortable: true },
  { id: 'name', header: 'Nama', value: (p) => p.name, sortable: true },
  { id: 'unit', header: 'Unit', value: (p) => p.unit, filter: { kind: 'text' } },
  {
    id: 'kind',
    header: 'Status',
    value: () => 'PNS',
    filter: {
      kind: 'select',
      options: [
        { value: 'PNS', label: 'PNS' },
        { value: 'PPPK', label: 'PPPK' },
      ],
    },
  },
  { id: 'jp', header: 'JP', value: (p) => p.jp, cell: (p) => <strong>{p.jp} JP</strong>, align: 'right' },
];
const codec = tableStateCodec({
  filterIds: ['q', 'unit', 'kind'],
  sortIds: ['nip', 'name'],
  pageSizes: [10, 25],
  defaultPageSize: 10,
  defaultSort: [{ id: 'name', desc: false }],
});
const PAGE: PageInfo = { hasNextPage: true, hasPreviousPage: true, startCursor: 'start-1', endCursor: 'end-3' };

const People = ({
  rows = PEOPLE,
  pageInfo = PAGE,
  bulkActions,
  exportAll,
}: {
  rows?: Person[];
  pageInfo?: PageInfo;
  bulkActions?: BulkAction<Person>[];
  exportAll?: () => Promise<readonly Person[]>;
}) => {
  const [state, setState] = useUrlState(codec);
  return (
    <DataTable
      caption="Daftar pegawai"
      columns={COLUMNS}
      rows={rows}
      rowId={(p) => p.id}
      rowLabel={(p) => p.name}
      state={state}
      onStateChange={setState}
      pageInfo={pageInfo}
      pageSizes={[10, 25]}
      totalCount={3}
      search={{ id: 'q', label: 'Cari NIP atau nama' }}
      filterDelayMs={10}
      csv={exportAll ? { fileName: 'pegawai', rows: exportAll } : { fileName: 'pegawai' }}
      {...(bulkActions ? { bulkActions } : {})}
    />
  );
};

describe('DataTable', () => {
  it('shows the page as a captioned table, each cell drawn by its column, the sorted column marked', () => {
    renderWithApp(<People />);
    const table = screen.getByRole('table', { name: 'Daftar pegawai' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + PEOPLE.length);
    expect(within(table).getByText('12 JP').tagName).toBe('STRONG');
    expect(screen.getByRole('columnheader', { name: /Nama/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /NIP/ })).not.toHaveAttribute('aria-sort');
    expect(screen.getByText('3 baris')).toBeInTheDocument();
  });

  it('sorts by a clicked header into the URL and goes back to the first page', async () => {
    const { user, search } = renderWithApp(<People />, { path: '/?after=end-0' });
    await user.click(screen.getByRole('button', { name: /^NIP/ }));
    expect(search().get('sort')).toBe('nip');
    expect(search().get('after')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^NIP/ }));
    expect(search().get('sort')).toBe('-nip');
    expect(screen.getByRole('columnheader', { name: /NIP/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts ascending on the first click whatever the page holds, even an empty page', async () => {
    const { user, search } = renderWithApp(<People rows={[]} />);
    expect(screen.getByText('Tidak ada data.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^NIP/ }));
    expect(search().get('sort')).toBe('nip');
  });

  it('pages with cursors: Next goes after the last row, Previous before the first', async () => {
    const { user, search } = renderWithApp(<People />);
    await user.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(search().get('after')).toBe('end-3');
    await user.click(screen.getByRole('button', { name: 'Sebelumnya' }));
    expect(search().get('before')).toBe('start-1');
    expect(search().get('after')).toBeNull();
  });

  it('disables Next and Previous where the server says there is no such page', () => {
    renderWithApp(
      <People pageInfo={{ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }} />,
    );
    expect(screen.getByRole('button', { name: 'Berikutnya' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Sebelumnya' })).toBeDisabled();
  });

  it('changes the page size in the URL and returns to the first page', async () => {
    const { user, search } = renderWithApp(<People />, { path: '/?after=x' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Baris per halaman' }), '25');
    expect(search().get('size')).toBe('25');
    expect(search().get('after')).toBeNull();
  });

  it('filters by a text column and by the search once typing pauses, keeping both in the URL', async () => {
    const { user, search } = renderWithApp(<People />, { path: '/?after=x' });
    await user.type(screen.getByRole('textbox', { name: 'Saring Unit' }), 'Bappeda');
    await waitFor(() => expect(search().get('unit')).toBe('Bappeda'));
    expect(search().get('after')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Cari NIP atau nama' }), 'Budi{Enter}');
    expect(search().get('q')).toBe('Budi');
    expect(search().get('unit')).toBe('Bappeda');
  });

  it('filters by a select column, and "Semua" removes the filter', async () => {
    const { user, search } = renderWithApp(<People />, { path: '/?q=Budi' });
    const select = screen.getByRole('combobox', { name: 'Saring Status' });
    await user.selectOptions(select, 'PPPK');
    expect(search().get('kind')).toBe('PPPK');
    expect(search().get('q')).toBe('Budi');
    await user.selectOptions(select, '');
    expect(search().get('kind')).toBeNull();
  });

  it('fills its inputs from the URL it is opened with', () => {
    renderWithApp(<People />, { path: '/?q=Sari&unit=Bappeda&kind=PPPK' });
    expect(screen.getByRole('textbox', { name: 'Cari NIP atau nama' })).toHaveValue('Sari');
    expect(screen.getByRole('textbox', { name: 'Saring Unit' })).toHaveValue('Bappeda');
    expect(screen.getByRole('combobox', { name: 'Saring Status' })).toHaveValue('PPPK');
  });

  it('runs a bulk action on the selected rows only after it is confirmed', async () => {
    const run = vi.fn<(rows: readonly Person[]) => Promise<void>>(async () => undefined);
    const action: BulkAction<Person> = {
      id: 'enrol',
      label: 'Daftarkan',
      confirmTitle: 'Daftarkan pegawai?',
      confirmMessage: (n) => `${n} pegawai akan didaftarkan.`,
      run,
    };
    const { user } = renderWithApp(<People bulkActions={[action]} />);
    expect(screen.queryByRole('button', { name: 'Daftarkan' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Pilih baris Budi Santoso' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pilih baris Andi "Ade" Putra' }));
    expect(screen.getByText('2 dipilih')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Daftarkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Daftarkan pegawai?' });
    expect(within(dialog).getByText('2 pegawai akan didaftarkan.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(run).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Daftarkan' }));
    await waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    expect(run.mock.calls[0]?.[0].map((p) => p.id)).toEqual(['p1', 'p3']);
    await waitFor(() => expect(screen.getByText('0 dipilih')).toBeInTheDocument());
  });

  it('selects the whole page from the header checkbox, and a new page clears the selection', async () => {
    const action: BulkAction<Person> = {
      id: 'x',
      label: 'Arsipkan',
      confirmTitle: 'Arsipkan?',
      confirmMessage: (n) => `${n}`,
      run: () => undefined,
    };
    const { user } = renderWithApp(<People bulkActions={[action]} />);
    await user.click(screen.getByRole('checkbox', { name: 'Pilih semua baris di halaman ini' }));
    expect(screen.getByText('3 dipilih')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(screen.getByText('0 dipilih')).toBeInTheDocument();
  });

  it('exports the given rows as CSV with the columns’ plain values, quoted where needed', async () => {
    const downloads = captureDownloads();
    const { user } = renderWithApp(<People exportAll={async () => PEOPLE.slice(1)} />);
    await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    await waitFor(async () => expect(await downloads()).toHaveLength(1));
    expect((await downloads())[0]).toBe(
      'NIP,Nama,Unit,Status,JP\r\n' +
        '198507122010012002,"Sari, Dewi",Bappeda,PNS,20\r\n' +
        '199001012015031003,"Andi ""Ade"" Putra",Dinas Kesehatan,PNS,4\r\n',
    );
  });

  it('exports the current page when no export rows are given', async () => {
    const downloads = captureDownloads();
    const { user } = renderWithApp(<People />);
    await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    await waitFor(async () => expect(await downloads()).toHaveLength(1));
    expect((await downloads())[0]?.trimEnd().split('\r\n')).toHaveLength(1 + PEOPLE.length);
  });

  it('speaks English when the language is English', () => {
    renderWithApp(<People />, { language: 'en' });
    expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Filter Unit' })).toBeInTheDocument();
    expect(screen.getByText('3 rows')).toBeInTheDocument();
  });
});
