import type { EnrolmentStatus } from '@kinerja/domain';
import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog/ConfirmDialog.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import {
  bulkSet,
  changesOf,
  editCell,
  type GridChange,
  type GridRow,
  type GridState,
  initialGrid,
  reachableStatuses,
  scoreProblem,
  undoBulk,
} from './attendance-grid.js';
import { type UserErrorLike, userErrorText } from './user-errors.js';

/** What saving one participant's change answered: empty errors when it was saved. */
export type RowOutcome = { readonly id: string; readonly errors: readonly UserErrorLike[] };

/** Props of {@link AttendanceGrid}. */
export type AttendanceGridProps = {
  readonly caption: string;
  readonly rows: readonly GridRow[];
  /** Saves the changed participants; answers per participant. */
  readonly onSave: (changes: readonly GridChange[]) => Promise<readonly RowOutcome[]>;
};

/** The grid's columns that hold a control, in order: arrow keys move between them. */
const COLUMNS = ['select', 'status', 'score'] as const;

/**
 * Attendance and completion of a session's participants (DEV-3), entered like a spreadsheet: the arrow keys move
 * between cells (up and down the rows, left and right across the controls), Tab goes through them in order. Select
 * rows to set a status or score on all of them at once; the last bulk change can be undone until it is saved.
 * Only the changed rows are saved, each answering for itself.
 */
export const AttendanceGrid = ({ caption, rows, onSave }: AttendanceGridProps) => {
  const { t } = useTranslation('workflows');
  const label = useEnumLabel();
  const [grid, setGrid] = useState<GridState>(() => initialGrid(rows));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<EnrolmentStatus | ''>('');
  const [bulkScore, setBulkScore] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<Readonly<Record<string, string>>>({});
  const [saving, setSaving] = useState(false);
  const table = useRef<HTMLTableElement>(null);

  const changes = useMemo(() => changesOf(rows, grid), [rows, grid]);
  const invalid = rows.some((r) => scoreProblem(grid.drafts[r.id]?.score ?? '') !== null);
  const bulkScoreProblem = scoreProblem(bulkScore);
  const nameOf = (id: string) => rows.find((r) => r.id === id)?.name ?? id;

  const focusCell = (row: number, col: number) => {
    const target = table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    target?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    const [row, col] = (cell.dataset.cell ?? '0:0').split(':').map(Number) as [number, number];
    const isText = e.target instanceof HTMLInputElement && e.target.type === 'text';
    const input = e.target as HTMLInputElement;
    const atStart = !isText || (input.selectionStart === 0 && input.selectionEnd === 0);
    const atEnd = !isText || input.selectionStart === input.value.length;
    const move: Record<string, [number, number] | null> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: atStart ? [row, col - 1] : null,
      ArrowRight: atEnd ? [row, col + 1] : null,
    };
    const to = move[e.key];
    if (!to || e.altKey) return;
    const [r, c] = to;
    if (r < 0 || r >= rows.length || c < 0 || c >= COLUMNS.length) return;
    e.preventDefault();
    focusCell(r, c);
  };

  const applyBulk = () => {
    const patch = {
      ...(bulkStatus === '' ? {} : { status: bulkStatus }),
      ...(bulkScore.trim() === '' ? {} : { score: bulkScore.trim() }),
    };
    const outcome = bulkSet(grid, rows, [...selected], patch);
    setGrid(outcome.state);
    setConfirming(false);
    setNotice(
      [
        t('grid.bulkDone', { count: outcome.changed }),
        outcome.skipped.length > 0
          ? t('grid.bulkSkipped', { names: outcome.skipped.map(nameOf).join(', '), count: outcome.skipped.length })
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  const save = async () => {
    setSaving(true);
    setNotice(null);
    try {
      const outcomes = await onSave(changes);
      const errors = Object.fromEntries(
        outcomes.filter((o) => o.errors.length > 0).map((o) => [o.id, o.errors.map(userErrorText).join('; ')]),
      );
      setRowErrors(errors);
      const saved = outcomes.filter((o) => o.errors.length === 0).length;
      setGrid((g) => ({ ...g, beforeBulk: null }));
      setNotice(t('grid.saved', { count: saved }));
    } finally {
      setSaving(false);
    }
  };

  const allSelected = rows.length > 0 && selected.size === rows.length;
  const canBulk = selected.size > 0 && (bulkStatus !== '' || bulkScore.trim() !== '') && bulkScoreProblem === null;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" role="group" aria-label={t('grid.bulkGroup')}>
        <Text size="sm" aria-live="polite">
          {t('grid.selected', { count: selected.size })}
        </Text>
        <NativeSelect
          label={t('grid.bulkStatus')}
          size="xs"
          value={bulkStatus}
          data={[
            { value: '', label: t('grid.keep') },
            ...(['ATTENDED', 'COMPLETED', 'FAILED', 'WITHDRAWN'] as const).map((s) => ({
              value: s,
              label: label('EnrolmentStatus', s),
            })),
          ]}
          onChange={(e) => setBulkStatus(e.currentTarget.value as EnrolmentStatus | '')}
        />
        <TextInput
          label={t('grid.bulkScore')}
          size="xs"
          w={110}
          inputMode="decimal"
          value={bulkScore}
          error={bulkScoreProblem ? t('grid.notAScore') : undefined}
          onChange={(e) => setBulkScore(e.currentTarget.value)}
        />
        <Button size="xs" variant="light" disabled={!canBulk} onClick={() => setConfirming(true)}>
          {t('grid.applyBulk')}
        </Button>
        <Button size="xs" variant="default" disabled={grid.beforeBulk === null} onClick={() => setGrid(undoBulk)}>
          {t('grid.undoBulk')}
        </Button>
      </Group>

      <Text size="xs" c="dimmed" id="attendance-grid-help">
        {t('grid.keyboardHelp')}
      </Text>
      <div style={{ overflowX: 'auto' }}>
        <Table withTableBorder ref={table} onKeyDown={onKeyDown} aria-describedby="attendance-grid-help">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label={t('grid.selectAll')}
                  checked={allSelected}
                  indeterminate={selected.size > 0 && !allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                />
              </Table.Th>
              <Table.Th scope="col">{t('grid.participant')}</Table.Th>
              <Table.Th scope="col">{t('grid.savedStatus')}</Table.Th>
              <Table.Th scope="col">{t('grid.status')}</Table.Th>
              <Table.Th scope="col">{t('grid.score')}</Table.Th>
              <Table.Th scope="col">{t('grid.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed" ta="center">
                    {t('grid.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((r, i) => {
              const draft = grid.drafts[r.id] ?? { status: r.status, score: '' };
              const options = [r.status, ...reachableStatuses(r.status)];
              const problem = scoreProblem(draft.score);
              const changed = changes.some((c) => c.id === r.id);
              return (
                <Table.Tr key={r.id} {...(changed ? { bg: 'var(--mantine-primary-color-light)' } : {})}>
                  <Table.Td>
                    <Checkbox
                      data-cell={`${i}:0`}
                      aria-label={t('grid.selectRow', { name: r.name })}
                      checked={selected.has(r.id)}
                      onChange={() =>
                        setSelected((s) => {
                          const next = new Set(s);
                          if (next.has(r.id)) next.delete(r.id);
                          else next.add(r.id);
                          return next;
                        })
                      }
                    />
                  </Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {r.name}
                    <Text size="xs" c="dimmed">
                      {r.nip}
                    </Text>
                  </Table.Th>
                  <Table.Td>{label('EnrolmentStatus', r.status)}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      data-cell={`${i}:1`}
                      size="xs"
                      aria-label={t('grid.statusOf', { name: r.name })}
                      value={draft.status}
                      disabled={options.length === 1}
                      data={options.map((s) => ({ value: s, label: label('EnrolmentStatus', s) }))}
                      onChange={(e) => {
                        const status = e.currentTarget.value as EnrolmentStatus;
                        setGrid((g) => editCell(g, r.id, { status }));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      data-cell={`${i}:2`}
                      size="xs"
                      w={90}
                      inputMode="decimal"
                      aria-label={t('grid.scoreOf', { name: r.name })}
                      value={draft.score}
                      error={problem ? t('grid.notAScore') : undefined}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setGrid((g) => editCell(g, r.id, { score: value }));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    {rowErrors[r.id] ? (
                      <Text size="sm" c="red.8" role="status">
                        {rowErrors[r.id]}
                      </Text>
                    ) : changed ? (
                      <Text size="sm">{t('grid.unsaved')}</Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>

      {notice && (
        <Alert color="blue" variant="light" role="status">
          {notice}
        </Alert>
      )}
      <Group justify="flex-end">
        <Text size="sm">{t('grid.changes', { count: changes.length })}</Text>
        <Button onClick={save} disabled={changes.length === 0 || invalid} loading={saving}>
          {t('grid.save')}
        </Button>
      </Group>

      <ConfirmDialog
        opened={confirming}
        title={t('grid.confirmTitle')}
        message={t('grid.confirmMessage', {
          count: selected.size,
          status: bulkStatus === '' ? t('grid.keep') : label('EnrolmentStatus', bulkStatus),
          score: bulkScore.trim() === '' ? t('grid.keep') : bulkScore.trim(),
        })}
        confirmLabel={t('grid.applyBulk')}
        onConfirm={applyBulk}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
};
