import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog/ConfirmDialog.js';
import { downloadCsv, toCsv } from '../../components/csv/csv.js';
import { Page } from '../../components/page/Page.js';
import type { SavedQueryRowFragment } from '../../gql/graphql.js';
import { parseVariables, readGraphiql, writeGraphiql } from './graphiql-storage.js';
import { type ResultTable, resultTable } from './result-table.js';
import { NEW_SAVED_QUERY_PARAM, WORKBENCH_PATH } from './routes.js';
import { runQuery } from './run-query.js';
import { SaveQueryForm, type SaveQueryValues } from './SaveQueryForm.js';
import {
  CreateSavedQueryMutation,
  DeleteSavedQueryMutation,
  SavedQueriesQuery,
  UpdateSavedQueryMutation,
} from './saved-queries.js';

/** At most this many rows are drawn; the CSV holds them all. */
const SHOWN_ROWS = 200;

type Editing = { readonly mode: 'create' } | { readonly mode: 'edit'; readonly row: SavedQueryRowFragment };

type Ran = { readonly name: string; readonly table: ResultTable | null; readonly errors: readonly string[] };

const emptyValues = (): SaveQueryValues => {
  const doc = readGraphiql();
  return { name: '', description: '', query: doc.query, variables: doc.variables, shared: false };
};

/**
 * The workbench's saved queries (issue 7 §6): yours and those shared within the instansi; save the query of
 * GraphiQL with a name, a description, its variables and whether it is shared; open one in GraphiQL, or run it
 * here and export its result as CSV.
 */
export const SavedQueriesPage = () => {
  const { t } = useTranslation('workflows');
  const list = useQuery(SavedQueriesQuery, { fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [SavedQueriesQuery], awaitRefetchQueries: true };
  const [create] = useMutation(CreateSavedQueryMutation, refetch);
  const [update] = useMutation(UpdateSavedQueryMutation, refetch);
  const [remove] = useMutation(DeleteSavedQueryMutation, refetch);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // `?baru=1` (the workbench's "save this query") opens on the form, filled from GraphiQL's editors.
  const [editing, setEditing] = useState<Editing | null>(() =>
    params.get(NEW_SAVED_QUERY_PARAM) === '1' ? { mode: 'create' } : null,
  );
  const closeForm = () => {
    setEditing(null);
    if (params.has(NEW_SAVED_QUERY_PARAM))
      setParams(
        (p) => {
          p.delete(NEW_SAVED_QUERY_PARAM);
          return p;
        },
        { replace: true },
      );
  };
  const [deleting, setDeleting] = useState<SavedQueryRowFragment | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);
  const [ran, setRan] = useState<Ran | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = list.data?.savedQueries ?? [];

  const save = async (values: SaveQueryValues) => {
    const input = {
      name: values.name.trim(),
      description: values.description.trim() === '' ? null : values.description.trim(),
      query: values.query,
      variables: values.variables.trim() === '' ? null : values.variables,
      shared: values.shared,
    };
    if (editing?.mode === 'edit') {
      const { data } = await update({
        variables: { input: { ...input, id: editing.row.id, version: editing.row.version } },
      });
      const errors = data?.updateSavedQuery.userErrors ?? [];
      if (errors.length === 0) {
        closeForm();
        setNotice(t('saved.updated', { name: input.name }));
      }
      return errors;
    }
    const { data } = await create({ variables: { input } });
    const errors = data?.createSavedQuery.userErrors ?? [];
    if (errors.length === 0) {
      closeForm();
      setNotice(t('saved.created', { name: input.name }));
    }
    return errors;
  };

  const openInGraphiql = (row: SavedQueryRowFragment) => {
    writeGraphiql({ query: row.query, variables: row.variables });
    navigate(WORKBENCH_PATH);
  };

  const run = async (row: SavedQueryRowFragment) => {
    setRunning(row.id);
    const variables = parseVariables(row.variables);
    const outcome = variables.ok
      ? await runQuery(row.query, variables.value)
      : { ok: false as const, errors: [t('saved.errors.variablesNotJson')] };
    setRan({
      name: row.name,
      table: outcome.ok ? resultTable(outcome.data) : null,
      errors: outcome.errors,
    });
    setRunning(null);
  };

  const exportCsv = () => {
    if (!ran?.table) return;
    const table = ran.table;
    downloadCsv(
      ran.name,
      toCsv(
        table.columns.map((c) => ({ header: c, value: (r: (typeof table.rows)[number]) => r[c] })),
        table.rows,
      ),
    );
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const { data } = await remove({ variables: { input: { id: deleting.id, version: deleting.version } } });
    const errors = data?.deleteSavedQuery.userErrors ?? [];
    setDeleteErrors(errors.map((e) => e.message));
    if (errors.length === 0) setNotice(t('saved.deleted', { name: deleting.name }));
    setDeleting(null);
  };

  return (
    <Page title={t('saved.title')} description={t('saved.description_page')}>
      <Group gap="sm">
        <Button onClick={() => setEditing({ mode: 'create' })}>{t('saved.new')}</Button>
        <Anchor component={Link} to={WORKBENCH_PATH}>
          {t('saved.openGraphiql')}
        </Anchor>
      </Group>
      {notice && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
          closeButtonLabel={t('saved.dismiss')}
        >
          {notice}
        </Alert>
      )}
      {deleteErrors.length > 0 && (
        <Alert color="red" role="alert">
          {deleteErrors.join(' ')}
        </Alert>
      )}
      {editing && (
        <Card withBorder component="section" aria-labelledby="saved-form-title">
          <Title order={2} size="h4" id="saved-form-title" mb="sm">
            {editing.mode === 'edit' ? t('saved.editTitle', { name: editing.row.name }) : t('saved.newTitle')}
          </Title>
          <SaveQueryForm
            key={editing.mode === 'edit' ? editing.row.id : 'new'}
            defaultValues={
              editing.mode === 'edit'
                ? {
                    name: editing.row.name,
                    description: editing.row.description ?? '',
                    query: editing.row.query,
                    variables: editing.row.variables,
                    shared: editing.row.shared,
                  }
                : emptyValues()
            }
            onSubmit={save}
            submitLabel={t('saved.save')}
            onCancel={closeForm}
          />
        </Card>
      )}

      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      <div style={{ overflowX: 'auto' }}>
        <Table withTableBorder striped aria-busy={list.loading}>
          <Table.Caption>{t('saved.listCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('saved.name')}</Table.Th>
              <Table.Th scope="col">{t('saved.description')}</Table.Th>
              <Table.Th scope="col">{t('saved.owner')}</Table.Th>
              <Table.Th scope="col">{t('saved.updatedAt')}</Table.Th>
              <Table.Th scope="col">{t('saved.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed" ta="center">
                    {list.loading ? t('saved.loading') : t('saved.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  {row.name}{' '}
                  {row.shared && (
                    <Badge size="xs" variant="light" c="bright">
                      {t('saved.sharedBadge')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>{row.description ?? ''}</Table.Td>
                <Table.Td>{row.mine ? t('saved.you') : row.ownerName}</Table.Td>
                <Table.Td>{row.updatedAt.slice(0, 16).replace('T', ' ')}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      onClick={() => run(row)}
                      loading={running === row.id}
                      aria-label={t('saved.runNamed', { name: row.name })}
                    >
                      {t('saved.run')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => openInGraphiql(row)}
                      aria-label={t('saved.openNamed', { name: row.name })}
                    >
                      {t('saved.open')}
                    </Button>
                    {row.mine && (
                      <>
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setEditing({ mode: 'edit', row })}
                          aria-label={t('saved.editNamed', { name: row.name })}
                        >
                          {t('saved.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(row)}
                          aria-label={t('saved.deleteNamed', { name: row.name })}
                        >
                          {t('saved.delete')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>

      {ran && (
        <Card withBorder component="section" aria-labelledby="saved-result-title">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4" id="saved-result-title">
                {t('saved.resultTitle', { name: ran.name })}
              </Title>
              <Button
                size="xs"
                variant="default"
                onClick={exportCsv}
                disabled={!ran.table || ran.table.rows.length === 0}
              >
                {t('saved.exportCsv')}
              </Button>
            </Group>
            {ran.errors.length > 0 && (
              <Alert color="red" role="alert" title={t('saved.runErrors')}>
                {ran.errors.join(' ')}
              </Alert>
            )}
            {ran.table && (
              <>
                <Text size="sm" aria-live="polite">
                  {t('saved.resultRows', { count: ran.table.rows.length, path: ran.table.path || '—' })}
                </Text>
                <div style={{ overflowX: 'auto' }}>
                  <Table withTableBorder striped>
                    <Table.Caption>{t('saved.resultCaption', { name: ran.name })}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        {ran.table.columns.map((c) => (
                          <Table.Th key={c} scope="col">
                            {c}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {ran.table.rows.slice(0, SHOWN_ROWS).map((r, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a result row has no identity of its own
                        <Table.Tr key={i}>
                          {ran.table?.columns.map((c) => (
                            <Table.Td key={c}>{r[c] === null || r[c] === undefined ? '' : String(r[c])}</Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </div>
              </>
            )}
          </Stack>
        </Card>
      )}

      <ConfirmDialog
        opened={deleting !== null}
        title={t('saved.deleteTitle')}
        message={t('saved.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('saved.delete')}
        danger
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </Page>
  );
};
