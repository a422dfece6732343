import { useFragment, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../../components/confirm-dialog/ConfirmDialog.js';
import { ConflictAlert } from '../../components/conflict-alert/ConflictAlert.js';
import type { SkpActionsFieldsFragment, SkpState } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { dateTimeFormat } from '../../i18n/dates.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { applyUserErrors, type UserErrorLike, userErrorText } from '../training-admin/user-errors.js';
import { ApproveSkpMutation, ReturnSkpMutation, SubmitSkpMutation } from './skp-ops.js';

/** What the workflow bar of an SKP reads: its state, version, the steps the viewer may take, its history. */
export const SkpActionsFields = graphql(`
  fragment SkpActionsFields on Skp {
    id
    version
    year
    state
    availableActions
    returnNote
    employee {
      id
      name
    }
    auditTrail(last: 50) {
      at
      actor
      entity
      field
      old
      new
      reason
    }
  }
`);

/** The workflow steps this bar takes (EVAL-9); EVALUATE is the rating form's and FINALISE the unit's. */
const STEPS = ['SUBMIT', 'APPROVE', 'RETURN'] as const;
type Step = (typeof STEPS)[number];

/** The state changes of an SKP shown under "Riwayat": the newest few. */
const HISTORY_ROWS = 5;
/** The longest return note the form accepts. */
const NOTE_MAX = 2000;

type NoteValues = { note: string };
type Outcome = { kind: 'done'; message: string } | { kind: 'conflict' } | { kind: 'refused'; messages: string[] };

const stateOf = (json: string | null): SkpState | null => {
  if (json === null) return null;
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'string' ? (v as SkpState) : null;
  } catch {
    return null;
  }
};

/** The state changes of an SKP's audit trail (entity `skp`, field `state`), newest first. */
export const stateChanges = (trail: SkpActionsFieldsFragment['auditTrail']) =>
  trail
    .filter((a) => a.entity === 'skp' && a.field === 'state')
    .map((a) => ({ at: a.at, actor: a.actor, from: stateOf(a.old), to: stateOf(a.new), note: a.reason }));

/**
 * The workflow bar of one SKP (EVAL-9): its state, the steps the API says the viewer may take now (submit,
 * approve, return), each asked first, the return with a required note, all sent with the version read (a stale
 * one answers CONFLICT: reload); the return note and the latest state changes. Reads the SKP from the cache, so
 * the payload of a step updates it here and on the page.
 */
export const SkpActions = ({ skp: from, onReload }: { skp: { id: string }; onReload: () => Promise<unknown> }) => {
  const { t, i18n } = useTranslation('workflows');
  const label = useEnumLabel();
  const { data: skp, complete } = useFragment({ fragment: SkpActionsFields, from: { __typename: 'Skp', id: from.id } });
  const [submitSkp] = useMutation(SubmitSkpMutation);
  const [approveSkp] = useMutation(ApproveSkpMutation);
  const [returnSkp] = useMutation(ReturnSkpMutation);
  const [asking, setAsking] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dialogErrors, setDialogErrors] = useState<string[]>([]);
  const schema = useMemo(
    () =>
      z.object({
        note: z
          .string()
          .trim()
          .min(1, { message: t('skpFlow.noteRequired') })
          .max(NOTE_MAX, { message: t('skpFlow.noteTooLong') }),
      }),
    [t],
  );
  const noteForm = useForm<NoteValues>({ resolver: zodResolver(schema), defaultValues: { note: '' } });
  const when = useMemo(() => dateTimeFormat(i18n.language), [i18n.language]);
  if (!complete) return null;

  const steps = STEPS.filter((s) => skp.availableActions.includes(s));
  const history = stateChanges(skp.auditTrail).slice(0, HISTORY_ROWS);
  const lastReturn = history.find((h) => h.to === 'DRAFT' && h.from === 'SUBMITTED');

  const ask = (step: Step) => {
    setOutcome(null);
    setDialogErrors([]);
    noteForm.reset({ note: '' });
    setAsking(step);
  };
  const close = () => {
    setAsking(null);
    setDialogErrors([]);
  };

  /** Sends one step; the user errors naming the note stay on it, the rest beside the bar. */
  const send = async (step: Step, note?: string) => {
    const input = { id: skp.id, version: skp.version };
    setBusy(true);
    try {
      const payload =
        step === 'SUBMIT'
          ? (await submitSkp({ variables: { input } })).data?.submitSkp
          : step === 'APPROVE'
            ? (await approveSkp({ variables: { input } })).data?.approveSkp
            : (await returnSkp({ variables: { input: { ...input, note: note ?? '' } } })).data?.returnSkp;
      const errors: readonly UserErrorLike[] = payload?.userErrors ?? [];
      if (errors.some((e) => e.code === 'CONFLICT')) {
        close();
        setOutcome({ kind: 'conflict' });
        return;
      }
      if (errors.length > 0) {
        const rest =
          step === 'RETURN' ? applyUserErrors(errors, noteForm.setError, ['note']) : errors.map(userErrorText);
        if (step === 'RETURN' && rest.length < errors.length) {
          setDialogErrors(rest);
          return;
        }
        close();
        setOutcome({ kind: 'refused', messages: rest });
        return;
      }
      close();
      const state = payload?.skp?.state;
      setOutcome({
        kind: 'done',
        message: t(`skpFlow.done.${step}`, { state: state ? label('SkpState', state) : '' }),
      });
    } catch (e) {
      close();
      setOutcome({ kind: 'refused', messages: [e instanceof Error ? e.message : String(e)] });
    } finally {
      setBusy(false);
    }
  };

  const confirmReturn = noteForm.handleSubmit((v) => send('RETURN', v.note.trim()));
  const noteError = noteForm.formState.errors.note?.message;

  return (
    <Card withBorder component="section" aria-labelledby="skp-flow-title">
      <Stack gap="sm">
        <Group gap="sm" justify="space-between">
          <Title order={2} size="h4" id="skp-flow-title">
            {t('skpFlow.title')}
          </Title>
          <Group gap="xs">
            <Text size="sm">{t('skpFlow.state')}:</Text>
            <Badge variant="light" c="bright" data-testid="skp-state">
              {label('SkpState', skp.state)}
            </Badge>
          </Group>
        </Group>
        {skp.state === 'DRAFT' && skp.returnNote && (
          <Alert color="blue" variant="light" title={t('skpFlow.returnNote')}>
            <Text size="sm">{skp.returnNote}</Text>
            {lastReturn && (
              <Text size="xs" c="dimmed">
                {lastReturn.actor} · {when.format(new Date(lastReturn.at))}
              </Text>
            )}
          </Alert>
        )}
        {steps.length > 0 ? (
          <Group gap="sm" role="group" aria-label={t('skpFlow.actionsLabel')}>
            {steps.map((s) => (
              <Button
                key={s}
                variant={s === 'RETURN' ? 'default' : 'filled'}
                onClick={() => ask(s)}
                aria-haspopup="dialog"
              >
                {t(`skpFlow.${s}`)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('skpFlow.noActions')}
          </Text>
        )}
        {outcome?.kind === 'done' && (
          <Alert color="green" variant="light" role="status">
            {outcome.message}
          </Alert>
        )}
        {outcome?.kind === 'conflict' && (
          <ConflictAlert
            title={t('skpFlow.notDone')}
            message={t('skpFlow.conflict')}
            reloadLabel={t('skpFlow.reload')}
            onReload={async () => {
              await onReload();
              setOutcome(null);
            }}
          />
        )}
        {outcome?.kind === 'refused' && (
          <Alert color="red" role="alert" title={t('skpFlow.notDone')}>
            {outcome.messages.join(' ')}
          </Alert>
        )}
        <Title order={3} size="h5">
          {t('skpFlow.historyTitle')}
        </Title>
        {history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('skpFlow.historyEmpty')}
          </Text>
        ) : (
          <Table fz="sm" captionSide="top">
            <Table.Caption>{t('skpFlow.historyCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('skpFlow.historyAt')}</Table.Th>
                <Table.Th scope="col">{t('skpFlow.historyActor')}</Table.Th>
                <Table.Th scope="col">{t('skpFlow.historyChange')}</Table.Th>
                <Table.Th scope="col">{t('skpFlow.historyNote')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((h) => (
                <Table.Tr key={`${h.at}:${h.from}:${h.to}`}>
                  <Table.Td>{when.format(new Date(h.at))}</Table.Td>
                  <Table.Td>{h.actor}</Table.Td>
                  <Table.Td>
                    {t('skpFlow.historyChangeText', {
                      from: h.from ? label('SkpState', h.from) : '—',
                      to: h.to ? label('SkpState', h.to) : '—',
                    })}
                  </Table.Td>
                  <Table.Td>{h.note ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {STEPS.map((s) => (
        <ConfirmDialog
          key={s}
          opened={asking === s}
          title={t(`skpFlow.confirm.${s}.title`)}
          message={
            <Stack gap="sm">
              <Text>{t(`skpFlow.confirm.${s}.message`, { name: skp.employee.name, year: skp.year })}</Text>
              {dialogErrors.length > 0 && (
                <Alert color="red" role="alert" title={t('skpFlow.notDone')}>
                  {dialogErrors.join(' ')}
                </Alert>
              )}
              {s === 'RETURN' && (
                <Textarea
                  label={t('skpFlow.note')}
                  description={t('skpFlow.noteHint')}
                  withAsterisk
                  required
                  rows={3}
                  error={noteError}
                  {...noteForm.register('note')}
                />
              )}
            </Stack>
          }
          confirmLabel={t(`skpFlow.confirm.${s}.ok`)}
          danger={s === 'RETURN'}
          busy={busy}
          onConfirm={() => {
            if (s === 'RETURN') void confirmReturn();
            else void send(s);
          }}
          onCancel={close}
        />
      ))}
    </Card>
  );
};
