import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUrlState } from '../../components/data-table/use-url-state.js';
import { Page } from '../../components/page/Page.js';
import { graphql } from '../../gql/index.js';
import { hasAnyRole } from '../../session/session.js';
import { useSession } from '../../session/session-context.js';
import { monthLabel } from './format.js';
import { MonthCalendar } from './MonthCalendar.js';
import { SessionList } from './SessionList.js';
import { addMonths, appendNodes, monthBounds, monthOf, type ScheduleView, scheduleUrl, todayIso } from './schedule.js';
import { toScheduledSession } from './scheduled-session.js';

/**
 * The sessions that run on at least one day of a month (first day on or before its last, last day on or after its
 * first), by first day, 100 a page; the schedule asks for further pages until it has them all.
 */
export const TrainingScheduleQuery = graphql(`
  query TrainingSchedule($firstDay: Date!, $lastDay: Date!, $after: String) {
    trainingSessions(
      filter: { startDate: { lte: $lastDay }, endDate: { gte: $firstDay } }
      orderBy: [START_DATE_ASC]
      first: 100
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ScheduleSession @unmask
      }
    }
  }
`);

/** Every session of the month: the first page, then each further page appended until the server has no more. */
const useMonthSessions = (firstDay: string, lastDay: string) => {
  const { data, loading, error, fetchMore } = useQuery(TrainingScheduleQuery, { variables: { firstDay, lastDay } });
  const connection = data?.trainingSessions;
  const nextCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  const [moreError, setMoreError] = useState<{ cursor: string; message: string } | null>(null);
  useEffect(() => {
    if (!nextCursor) return;
    fetchMore({
      variables: { after: nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        trainingSessions: {
          ...fetchMoreResult.trainingSessions,
          nodes: appendNodes(previous.trainingSessions.nodes, fetchMoreResult.trainingSessions.nodes),
        },
      }),
    }).catch((e: unknown) => setMoreError({ cursor: nextCursor, message: e instanceof Error ? e.message : String(e) }));
  }, [nextCursor, fetchMore]);
  const sessions = useMemo(() => (connection?.nodes ?? []).map(toScheduledSession), [connection]);
  return {
    sessions,
    totalCount: connection?.totalCount ?? null,
    loading: loading || (nextCursor !== null && moreError?.cursor !== nextCursor),
    error: error?.message ?? (moreError && moreError.cursor === nextCursor ? moreError.message : null),
  };
};

/**
 * Jadwal pelatihan: the training sessions of a month as a calendar (weeks, Monday to Sunday) or a list by date, with
 * the month and the view in the URL (`?bulan=2026-11&tampilan=kalender|daftar`), so that back, forward and a shared
 * link show the same month.
 */
export const SchedulePage = () => {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const canManage = viewer !== null && hasAnyRole(viewer, ['ADMIN']);
  const [today] = useState(() => todayIso());
  const codec = useMemo(() => scheduleUrl(today), [today]);
  const [state, setState] = useUrlState(codec);
  const { firstDay, lastDay } = monthBounds(state.month);
  const { sessions, totalCount, loading, error } = useMonthSessions(firstDay, lastDay);
  const label = monthLabel(state.month, i18n.language);

  const setView = (view: ScheduleView) => setState((s) => ({ ...s, view }));
  const setMonth = (step: number | 'today') =>
    setState((s) => ({ ...s, month: step === 'today' ? monthOf(today) : addMonths(s.month, step) }));

  return (
    <Page title={t('training.schedule.title')} description={t('training.schedule.description')}>
      <Anchor component={Link} to="/pelatihan" size="sm">
        {t('training.backToList')}
      </Anchor>
      {error && (
        <Alert color="red" role="alert">
          {t('common.error', { message: error })}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Group gap="xs" role="group" aria-label={t('training.schedule.view')}>
          {(['kalender', 'daftar'] as const).map((view) => (
            <Button
              key={view}
              size="sm"
              variant={state.view === view ? 'filled' : 'default'}
              aria-pressed={state.view === view}
              onClick={() => setView(view)}
            >
              {view === 'kalender' ? t('training.schedule.calendar') : t('training.schedule.list')}
            </Button>
          ))}
        </Group>
        <Group gap="xs" role="group" aria-label={t('training.schedule.monthNav')}>
          <Button size="sm" variant="default" onClick={() => setMonth(-1)}>
            {t('training.schedule.previous')}
          </Button>
          <Button size="sm" variant="default" onClick={() => setMonth('today')}>
            {t('training.schedule.today')}
          </Button>
          <Button size="sm" variant="default" onClick={() => setMonth(1)}>
            {t('training.schedule.next')}
          </Button>
        </Group>
      </Group>
      <div>
        <Title order={2} size="h3" aria-live="polite">
          {label}
        </Title>
        <Text size="sm" c="dimmed" aria-live="polite">
          {loading
            ? totalCount === null
              ? t('dataTable.loading')
              : t('training.schedule.loadingMore', { loaded: sessions.length, total: totalCount })
            : t('training.schedule.count', { count: sessions.length })}
        </Text>
      </div>
      {state.view === 'kalender' ? (
        <MonthCalendar month={state.month} today={today} sessions={sessions} canManage={canManage} />
      ) : (
        <SessionList month={state.month} sessions={sessions} canManage={canManage} loading={loading} />
      )}
    </Page>
  );
};
