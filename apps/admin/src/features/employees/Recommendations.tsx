import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Box, Button, Group, List, Stack, Table, Text, Textarea } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog/ConfirmDialog.js';
import { ConflictAlert } from '../../components/conflict-alert/ConflictAlert.js';
import type { RecommendationRowFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { checkDetail, checkLabel } from '../../i18n/check-text.js';
import { dateLocaleOf, dateTimeFormat, dayFormat, utcDay } from '../../i18n/dates.js';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { hasAnyRole } from '../../session/session.js';
import { useSession } from '../../session/session-context.js';
import { trainingAdminPaths } from '../training-admin/paths.js';
import { applyUserErrors, type UserErrorLike } from '../training-admin/user-errors.js';
import {
  type ActionTarget,
  actionsFor,
  type NoteFormValues,
  noteSchema,
  type RecommendationAction,
} from './recommendation-actions.js';

/** One recommendation as its row shows it: the reasons, the version to send back and the history of its status. */
export const RecommendationRow = graphql(`
  fragment RecommendationRow on Recommendation {
    id
    kind
    year
    status
    version
    reasons {
      ...ChecklistItem @unmask
    }
    history {
      from
      to
      by
      at
      note
    }
    actions {
      type
      session {
        id
        startDate
        program {
          id
          name
        }
      }
    }
  }
`);

export const AcceptRecommendationMutation = graphql(`
  mutation AcceptRecommendation($input: AcceptRecommendationInput!) {
    result: acceptRecommendation(input: $input) {
      recommendation {
        ...RecommendationRow @unmask
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const DismissRecommendationMutation = graphql(`
  mutation DismissRecommendation($input: DismissRecommendationInput!) {
    result: dismissRecommendation(input: $input) {
      recommendation {
        ...RecommendationRow @unmask
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const CompleteRecommendationMutation = graphql(`
  mutation CompleteRecommendation($input: CompleteRecommendationInput!) {
    result: completeRecommendation(input: $input) {
      recommendation {
        ...RecommendationRow @unmask
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

type Rec = RecommendationRowFragment;
type Pending = { readonly rec: Rec; readonly action: RecommendationAction; readonly to: ActionTarget };
type Outcome = {
  readonly recommendation: Pick<Rec, 'kind' | 'year' | 'status'> | null;
  readonly userErrors: readonly UserErrorLike[];
};

/**
 * Asks for the note an action needs (the API records it in the history with who and when) and sends it with the
 * version read: a stale version is a CONFLICT ("changed meanwhile, reload"); other refusals are shown as the API
 * words them, on the note when they name it.
 */
const ActionDialog = ({
  pending,
  onClose,
  onDone,
  onReload,
}: {
  pending: Pending;
  onClose: () => void;
  onDone: (changed: NonNullable<Outcome['recommendation']>) => void;
  onReload: () => void;
}) => {
  const { t } = useTranslation();
  const { t: tw } = useTranslation('workflows');
  const label = useEnumLabel();
  const schema = useMemo(() => noteSchema((k) => tw(`form.errors.${k}`)), [tw]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NoteFormValues>({ resolver: zodResolver(schema), defaultValues: { note: '' } });
  const [formErrors, setFormErrors] = useState<readonly string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [accept] = useMutation(AcceptRecommendationMutation);
  const [dismiss] = useMutation(DismissRecommendationMutation);
  const [complete] = useMutation(CompleteRecommendationMutation);
  const { rec, action, to } = pending;

  const send = async (input: { id: string; version: number; note: string }): Promise<Outcome | undefined> => {
    switch (to) {
      case 'ACCEPTED':
        return (await accept({ variables: { input } })).data?.result;
      case 'DISMISSED':
        return (await dismiss({ variables: { input } })).data?.result;
      case 'DONE':
        return (await complete({ variables: { input } })).data?.result;
    }
  };

  const submit = handleSubmit(async ({ note }) => {
    setFormErrors([]);
    setConflict(false);
    try {
      const outcome = await send({ id: rec.id, version: rec.version, note });
      if (!outcome) return setFormErrors([t('employees.page.rec.failed', { message: '—' })]);
      if (outcome.userErrors.some((e) => e.code === 'CONFLICT')) return setConflict(true);
      if (outcome.userErrors.length > 0) return setFormErrors(applyUserErrors(outcome.userErrors, setError, ['note']));
      if (outcome.recommendation) onDone(outcome.recommendation);
      onClose();
    } catch (e) {
      setFormErrors([t('employees.page.rec.failed', { message: e instanceof Error ? e.message : String(e) })]);
    }
  });

  const names = { kind: label('RecommendationKind', rec.kind), year: rec.year };
  return (
    <ConfirmDialog
      opened
      title={t(`employees.page.rec.${action}Title`, names)}
      message={
        <Stack gap="sm">
          <Text>{t(`employees.page.rec.${action}Message`)}</Text>
          {conflict && (
            <ConflictAlert
              message={t('employees.page.rec.conflict')}
              reloadLabel={t('employees.page.rec.reload')}
              onReload={() => {
                onReload();
                onClose();
              }}
            />
          )}
          {formErrors.length > 0 && (
            <Alert color="red" role="alert">
              {formErrors.join(' ')}
            </Alert>
          )}
          <Textarea
            label={t(`employees.page.rec.${action}Note`)}
            description={t('employees.page.rec.noteHint')}
            withAsterisk
            rows={3}
            error={errors.note?.message}
            {...register('note')}
          />
        </Stack>
      }
      confirmLabel={t(`employees.page.rec.${action}`)}
      danger={action === 'dismiss'}
      busy={isSubmitting}
      onConfirm={() => void submit()}
      onCancel={onClose}
    />
  );
};

/** A recommendation's row, and below it its status history, collapsed until asked for. */
const Row = ({
  rec,
  mayDecide,
  onAct,
}: {
  rec: Rec;
  mayDecide: boolean;
  onAct: (action: RecommendationAction, to: ActionTarget) => void;
}) => {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [open, setOpen] = useState(false);
  const historyId = useId();
  const when = dateTimeFormat(i18n.language);
  const kind = label('RecommendationKind', rec.kind);
  const actions = mayDecide ? actionsFor(rec.status) : [];
  return (
    <>
      <Table.Tr>
        <Table.Td>{rec.year}</Table.Td>
        <Table.Td>{kind}</Table.Td>
        <Table.Td>{label('RecommendationStatus', rec.status)}</Table.Td>
        <Table.Td>
          {rec.reasons.map((c) => `${checkLabel(t, c)}: ${checkDetail(t, c)}`).join('; ')}
          <SuggestedSessions rec={rec} />
        </Table.Td>
        <Table.Td>
          <Group gap="xs" wrap="wrap">
            {actions.map(({ action, to }) => (
              <Button
                key={action}
                size="xs"
                variant={action === 'dismiss' ? 'default' : 'light'}
                onClick={() => onAct(action, to)}
                aria-label={t(`employees.page.rec.${action}Of`, { kind, year: rec.year })}
              >
                {t(`employees.page.rec.${action}`)}
              </Button>
            ))}
            <Button
              size="xs"
              variant="subtle"
              aria-expanded={open}
              aria-controls={historyId}
              onClick={() => setOpen((o) => !o)}
            >
              {t('employees.page.rec.history', { count: rec.history.length })}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      <Table.Tr id={historyId} hidden={!open}>
        <Table.Td colSpan={5}>
          {rec.history.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('employees.page.empty')}
            </Text>
          ) : (
            <List
              type="ordered"
              size="sm"
              spacing={4}
              aria-label={t('employees.page.rec.historyOf', { kind, year: rec.year })}
            >
              {rec.history.map((h) => (
                <List.Item key={`${h.at}-${h.to}`}>
                  {t('employees.page.rec.change', {
                    at: when.format(new Date(h.at)),
                    by: h.by ?? t('employees.page.rec.system'),
                    from: h.from ? label('RecommendationStatus', h.from) : t('employees.page.rec.created'),
                    to: label('RecommendationStatus', h.to),
                  })}
                  {h.note ? ` · ${h.note}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Table.Td>
      </Table.Tr>
    </>
  );
};

/**
 * REC-1..5: the employee's recommendations with their status and reasons; an ADMIN of the employee's instansi (the
 * one role the API lets decide) accepts, dismisses or completes each as its status allows, with a note; each row
 * keeps the history of its status (who, when, from → to, why).
 */
/**
 * The sessions a recommendation suggests (REC-1, REC-2): each with its program and first day, linked to the session
 * for administrators and to its program for analysts (who may not open the session's page); plain text otherwise.
 */
const SuggestedSessions = ({ rec }: { rec: Rec }) => {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const sessions = rec.actions.flatMap((a) => (a.session ? [a.session] : []));
  if (sessions.length === 0) return null;
  const day = dayFormat(dateLocaleOf(i18n.language), { dateStyle: 'medium' });
  const link = (s: (typeof sessions)[number]) =>
    viewer && hasAnyRole(viewer, ['ADMIN'])
      ? trainingAdminPaths.session(s.program.id, s.id)
      : viewer && hasAnyRole(viewer, ['ANALYST'])
        ? `/pelatihan/${encodeURIComponent(s.program.id)}`
        : null;
  return (
    <Text size="sm" mt={4}>
      {t('employees.page.rec.suggested')}{' '}
      {sessions.map((s, i) => {
        const text = t('employees.page.rec.session', {
          program: s.program.name,
          start: day.format(utcDay(String(s.startDate))),
        });
        const to = link(s);
        return (
          <span key={s.id}>
            {i > 0 && '; '}
            {to ? (
              <Anchor component={Link} to={to} size="sm">
                {text}
              </Anchor>
            ) : (
              text
            )}
          </span>
        );
      })}
    </Text>
  );
};

export const Recommendations = ({
  recommendations,
  mayDecide,
  onReload,
}: {
  recommendations: readonly Rec[];
  mayDecide: boolean;
  onReload: () => void;
}) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState('');
  const caption = t('employees.page.recommendations');
  return (
    <>
      <Box role="status" aria-live="polite">
        {done && (
          <Alert color="teal" variant="light">
            {done}
          </Alert>
        )}
      </Box>
      {recommendations.length === 0 ? (
        <Text c="dimmed">{t('employees.page.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={400}>
          <Table withTableBorder>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {[
                  t('employees.page.year'),
                  t('employees.page.kind'),
                  t('employees.page.status'),
                  t('employees.page.detail'),
                  t('employees.page.rec.followUp'),
                ].map((h) => (
                  <Table.Th key={h} scope="col">
                    {h}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {recommendations.map((rec) => (
                <Row
                  key={rec.id}
                  rec={rec}
                  mayDecide={mayDecide}
                  onAct={(action, to) => {
                    setDone('');
                    setPending({ rec, action, to });
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pending && (
        <ActionDialog
          key={`${pending.rec.id}-${pending.action}`}
          pending={pending}
          onClose={() => setPending(null)}
          onReload={onReload}
          onDone={(r) =>
            setDone(
              t('employees.page.rec.done', {
                kind: label('RecommendationKind', r.kind),
                year: r.year,
                status: label('RecommendationStatus', r.status),
              }),
            )
          }
        />
      )}
    </>
  );
};
