import {
  Box,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import {
  type ColumnDef,
  type ColumnFiltersState,
  flexRender,
  getCoreRowModel,
  type RowSelectionState,
  type SortingState,
  type Updater,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../confirm-dialog/ConfirmDialog.js';
import { type CsvValue, downloadCsv, toCsv } from '../csv/csv.js';
import type { PageInfo } from './page-info.js';
import { firstPage, type TableState, type UrlStateUpdate } from './use-url-state.js';

export type { PageInfo } from './page-info.js';

/** A filter a column offers: free text, or one value out of a list. */
export type ColumnFilter =
  | { readonly kind: 'text' }
  | { readonly kind: 'select'; readonly options: readonly { readonly value: string; readonly label: string }[] };

/** One column: its header, its plain value (shown, sorted on the server, exported) and how it may be changed. */
export type DataColumn<Row> = {
  readonly id: string;
  readonly header: string;
  readonly value: (row: Row) => CsvValue;
  /** How the cell is drawn; the plain value when not given. */
  readonly cell?: (row: Row) => ReactNode;
  readonly sortable?: boolean;
  readonly filter?: ColumnFilter;
  readonly align?: 'left' | 'right';
};

/** An action on the selected rows, always confirmed first. */
export type BulkAction<Row> = {
  readonly id: string;
  readonly label: string;
  readonly confirmTitle: string;
  readonly confirmMessage: (count: number) => string;
  readonly danger?: boolean;
  readonly run: (rows: readonly Row[]) => void | Promise<void>;
};

/** Props of {@link DataTable}. */
export type DataTableProps<Row> = {
  /** The table's accessible name, shown as its caption. */
  readonly caption: string;
  readonly columns: readonly DataColumn<Row>[];
  /** The rows of the current page, as the server sorted and filtered them. */
  readonly rows: readonly Row[];
  readonly rowId: (row: Row) => string;
  /** Names a row for screen readers ("Pilih baris Budi Santoso"). */
  readonly rowLabel: (row: Row) => string;
  /** The list's state, kept in the URL with `useUrlState(tableStateCodec(...))`. */
  readonly state: TableState;
  readonly onStateChange: (next: TableState, options?: UrlStateUpdate) => void;
  readonly pageInfo: PageInfo;
  readonly pageSizes: readonly number[];
  readonly totalCount?: number | null;
  readonly loading?: boolean;
  /** A free-text filter over the whole list (not a column), e.g. NIP or name. */
  readonly search?: { readonly id: string; readonly label: string; readonly placeholder?: string };
  readonly bulkActions?: readonly BulkAction<Row>[];
  /**
   * CSV export: of the rows given by `rows` (e.g. every row of the filtered set, fetched page by page), else of
   * the current page. The columns are the table's, with their plain values.
   */
  readonly csv?: { readonly fileName: string; readonly rows?: () => Promise<readonly Row[]> | readonly Row[] };
  readonly emptyMessage?: string;
  /** How long a text filter waits for typing to pause before it changes the URL. */
  readonly filterDelayMs?: number;
};

const SELECT_COLUMN = '__select';

/** A text filter: typing updates the URL once typing pauses (replacing the history entry); Enter applies at once. */
const TextFilter = ({
  label,
  placeholder,
  value,
  delayMs,
  onCommit,
}: {
  label: string;
  placeholder?: string | undefined;
  value: string;
  delayMs: number;
  onCommit: (value: string) => void;
}) => {
  const [draft, setDraft] = useState(value);
  // Follow the URL only when it changes from elsewhere (back button, a saved view): our own commit of an earlier
  // draft must not overwrite what was typed since, or fast typing loses keystrokes.
  const committed = useRef(value);
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setDraft(value);
    }
  }, [value]);
  const commit = useDebouncedCallback((v: string) => {
    committed.current = v;
    onCommit(v);
  }, delayMs);
  return (
    <TextInput
      label={label}
      value={draft}
      {...(placeholder === undefined ? {} : { placeholder })}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          commit.cancel();
          committed.current = draft;
          onCommit(draft);
        }
      }}
      size="sm"
    />
  );
};

const sortIndicator = (dir: false | 'asc' | 'desc') => (dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕');

/**
 * A server-side list on TanStack Table: the server sorts, filters and pages (cursor pages, next and previous); this
 * table only shows a page and turns clicks into a new state for the URL. Sorting: click a header (shift-click adds
 * a second key). Selection: a checkbox per row and one for the page; bulk actions run on the selected rows after a
 * confirmation. CSV export of the given rows. Any change of sort, filter or page size goes back to the first page
 * and clears the selection.
 */
export const DataTable = <Row,>(props: DataTableProps<Row>) => {
  const {
    caption,
    columns,
    rows,
    rowId,
    rowLabel,
    state,
    onStateChange,
    pageInfo,
    pageSizes,
    totalCount = null,
    loading = false,
    search,
    bulkActions = [],
    csv,
    emptyMessage,
    filterDelayMs = 300,
  } = props;
  const { t } = useTranslation();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [pending, setPending] = useState<BulkAction<Row> | null>(null);
  const [running, setRunning] = useState(false);
  const [exporting, setExporting] = useState(false);

  const stateKey = JSON.stringify(state);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list state (page, sort, filter) clears the selection
  useEffect(() => setRowSelection({}), [stateKey]);

  const sorting: SortingState = useMemo(() => state.sort.map((s) => ({ id: s.id, desc: s.desc })), [state.sort]);
  const columnFilters: ColumnFiltersState = useMemo(
    () =>
      columns
        .filter((c) => c.filter && state.filters[c.id] !== undefined)
        .map((c) => ({ id: c.id, value: state.filters[c.id] })),
    [columns, state.filters],
  );

  const tableColumns = useMemo<ColumnDef<Row, CsvValue>[]>(() => {
    const data: ColumnDef<Row, CsvValue>[] = columns.map((c) => ({
      id: c.id,
      accessorFn: (row: Row) => c.value(row),
      header: c.header,
      cell: (ctx) => (c.cell ? c.cell(ctx.row.original) : (ctx.getValue() ?? '')),
      enableSorting: c.sortable ?? false,
      // first click sorts ascending, whatever the page holds (TanStack would guess from the first row's value)
      sortDescFirst: false,
      enableColumnFilter: c.filter !== undefined,
      meta: { column: c },
    }));
    if (bulkActions.length === 0) return data;
    const select: ColumnDef<Row, CsvValue> = {
      id: SELECT_COLUMN,
      enableSorting: false,
      header: ({ table }) => (
        <Checkbox
          aria-label={t('dataTable.selectPage')}
          checked={table.getIsAllPageRowsSelected()}
          indeterminate={table.getIsSomePageRowsSelected()}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
          disabled={table.getRowModel().rows.length === 0}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          aria-label={t('dataTable.selectRow', { label: rowLabel(row.original) })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    };
    return [select, ...data];
  }, [columns, bulkActions.length, rowLabel, t]);

  const change = (next: TableState, options?: UrlStateUpdate) => onStateChange(next, options);
  const resolve = <T,>(updater: Updater<T>, old: T): T =>
    typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater;

  const table = useReactTable<Row>({
    data: rows as Row[],
    columns: tableColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => rowId(row),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    enableMultiSort: true,
    enableSortingRemoval: true,
    enableRowSelection: true,
    state: { sorting, columnFilters, rowSelection },
    onSortingChange: (updater) =>
      change(firstPage({ ...state, sort: resolve(updater, sorting).map((s) => ({ id: s.id, desc: s.desc })) })),
    onColumnFiltersChange: (updater) => {
      const next = resolve(updater, columnFilters);
      const columnIds = new Set(columns.filter((c) => c.filter).map((c) => c.id));
      const filters = Object.fromEntries(Object.entries(state.filters).filter(([id]) => !columnIds.has(id)));
      for (const f of next) if (typeof f.value === 'string' && f.value !== '') filters[f.id] = f.value;
      change(firstPage({ ...state, filters }), { replace: true });
    },
    onRowSelectionChange: setRowSelection,
  });

  const selectedRows = rows.filter((r) => rowSelection[rowId(r)]);
  const filterable = table.getAllLeafColumns().filter((c) => c.getCanFilter());
  const visibleColumns = table.getVisibleLeafColumns().length;

  const setSearch = (value: string) => {
    if (!search) return;
    const filters: Record<string, string> = { ...state.filters };
    if (value === '') delete filters[search.id];
    else filters[search.id] = value;
    change(firstPage({ ...state, filters }), { replace: true });
  };

  const runPending = async () => {
    if (!pending) return;
    setRunning(true);
    try {
      await pending.run(selectedRows);
      setRowSelection({});
    } finally {
      setRunning(false);
      setPending(null);
    }
  };

  const exportCsv = async () => {
    if (!csv) return;
    setExporting(true);
    try {
      const data = csv.rows ? await csv.rows() : rows;
      downloadCsv(
        csv.fileName,
        toCsv(
          columns.map((c) => ({ header: c.header, value: c.value })),
          data,
        ),
      );
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="sm">
      {(search || filterable.length > 0) && (
        <Group align="flex-end" gap="sm" role="group" aria-label={t('dataTable.filters')}>
          {search && (
            <TextFilter
              label={search.label}
              placeholder={search.placeholder}
              value={state.filters[search.id] ?? ''}
              delayMs={filterDelayMs}
              onCommit={setSearch}
            />
          )}
          {filterable.map((column) => {
            const def = (column.columnDef.meta as { column: DataColumn<Row> }).column;
            const value = (column.getFilterValue() as string | undefined) ?? '';
            const label = t('dataTable.filterBy', { column: def.header });
            return def.filter?.kind === 'select' ? (
              <NativeSelect
                key={column.id}
                label={label}
                value={value}
                size="sm"
                data={[{ value: '', label: t('dataTable.all') }, ...def.filter.options]}
                onChange={(e) => column.setFilterValue(e.currentTarget.value || undefined)}
              />
            ) : (
              <TextFilter
                key={column.id}
                label={label}
                value={value}
                delayMs={filterDelayMs}
                onCommit={(v) => column.setFilterValue(v || undefined)}
              />
            );
          })}
        </Group>
      )}

      <Group justify="space-between" gap="sm" mih={36}>
        {bulkActions.length > 0 ? (
          <Group gap="sm" role="group" aria-label={t('dataTable.bulkActions')}>
            <Text size="sm" aria-live="polite">
              {t('dataTable.selectedCount', { count: selectedRows.length })}
            </Text>
            {selectedRows.length > 0 &&
              bulkActions.map((action) => (
                <Button key={action.id} size="xs" variant="light" onClick={() => setPending(action)}>
                  {action.label}
                </Button>
              ))}
            {selectedRows.length > 0 && (
              <Button size="xs" variant="subtle" onClick={() => setRowSelection({})}>
                {t('dataTable.clearSelection')}
              </Button>
            )}
          </Group>
        ) : (
          <span />
        )}
        {csv && (
          <Button size="xs" variant="default" onClick={exportCsv} loading={exporting}>
            {t('dataTable.exportCsv')}
          </Button>
        )}
      </Group>

      <Box style={{ overflowX: 'auto' }}>
        <Table striped highlightOnHover withTableBorder aria-busy={loading} captionSide="top">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const def = (header.column.columnDef.meta as { column: DataColumn<Row> } | undefined)?.column;
                  const dir = header.column.getIsSorted();
                  const ariaSort = dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined;
                  return (
                    <Table.Th
                      key={header.id}
                      scope="col"
                      {...(ariaSort ? { 'aria-sort': ariaSort } : {})}
                      style={{ textAlign: def?.align ?? 'left', width: header.id === SELECT_COLUMN ? 40 : undefined }}
                    >
                      {header.column.getCanSort() ? (
                        <UnstyledButton
                          onClick={header.column.getToggleSortingHandler()}
                          fw={700}
                          fz="sm"
                          title={t('dataTable.sortHint')}
                        >
                          {def?.header} <span aria-hidden="true">{sortIndicator(dir)}</span>
                        </UnstyledButton>
                      ) : header.isPlaceholder ? null : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={visibleColumns}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {loading ? t('dataTable.loading') : (emptyMessage ?? t('dataTable.empty'))}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <Table.Tr key={row.id} aria-selected={bulkActions.length > 0 ? row.getIsSelected() : undefined}>
                  {row.getVisibleCells().map((cell) => {
                    const def = (cell.column.columnDef.meta as { column: DataColumn<Row> } | undefined)?.column;
                    return (
                      <Table.Td key={cell.id} style={{ textAlign: def?.align ?? 'left' }}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Box>

      <Group justify="space-between" gap="sm" role="navigation" aria-label={t('dataTable.pagination')}>
        <Text size="sm" c="dimmed">
          {totalCount === null ? '' : t('dataTable.total', { count: totalCount })}
        </Text>
        <Group gap="sm">
          <NativeSelect
            aria-label={t('dataTable.pageSize')}
            size="xs"
            value={String(state.pageSize)}
            data={pageSizes.map((n) => ({ value: String(n), label: t('dataTable.perPage', { count: n }) }))}
            onChange={(e) => change(firstPage({ ...state, pageSize: Number(e.currentTarget.value) }))}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!pageInfo.hasPreviousPage || pageInfo.startCursor === null}
            onClick={() => pageInfo.startCursor && change({ ...state, cursor: { before: pageInfo.startCursor } })}
          >
            {t('dataTable.previous')}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={!pageInfo.hasNextPage || pageInfo.endCursor === null}
            onClick={() => pageInfo.endCursor && change({ ...state, cursor: { after: pageInfo.endCursor } })}
          >
            {t('dataTable.next')}
          </Button>
        </Group>
      </Group>

      <ConfirmDialog
        opened={pending !== null}
        title={pending?.confirmTitle ?? ''}
        message={pending?.confirmMessage(selectedRows.length) ?? ''}
        confirmLabel={pending?.label ?? ''}
        danger={pending?.danger ?? false}
        busy={running}
        onConfirm={runPending}
        onCancel={() => setPending(null)}
      />
    </Stack>
  );
};
