import { Anchor, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayLabel, monthLabel, weekdayNames } from './format.js';
import { useFillText, usePlaceText } from './SessionFacts.js';
import {
  type CalendarDay,
  foldDay,
  type IsoDate,
  monthWeeks,
  SESSIONS_SHOWN_PER_DAY,
  sessionsByDay,
  type YearMonth,
} from './schedule.js';
import { type ScheduledSession, sessionHref } from './scheduled-session.js';

type DayProps = {
  day: CalendarDay;
  sessions: readonly ScheduledSession[];
  canManage: boolean;
  expanded: boolean;
  onToggle: () => void;
};

const DayCell = ({ day, sessions, canManage, expanded, onToggle }: DayProps) => {
  const { t, i18n } = useTranslation();
  const placeText = usePlaceText();
  const fillText = useFillText();
  const { shown, hidden } = foldDay(sessions, expanded);
  const listId = `jadwal-${day.date}`;
  // today: a frame and a badge, no tint (a tint would take the links under AA contrast); other months: shaded
  const background = day.inMonth ? undefined : 'var(--mantine-color-default-hover)';
  return (
    <Table.Td
      {...(day.isToday ? { 'aria-current': 'date' as const } : {})}
      style={{
        verticalAlign: 'top',
        height: '6.5rem',
        background,
        ...(day.isToday ? { boxShadow: 'inset 0 0 0 2px var(--mantine-color-blue-filled)' } : {}),
      }}
    >
      <Group gap={4} justify="space-between" wrap="nowrap">
        <Text size="sm" fw={day.isToday ? 700 : 500} {...(day.inMonth ? {} : { c: 'dimmed' })}>
          <span aria-hidden="true">{day.day}</span>
          <VisuallyHidden>{dayLabel(day.date, i18n.language)}</VisuallyHidden>
        </Text>
        {day.isToday && (
          <Badge size="xs" variant="filled">
            {t('training.schedule.todayMark')}
          </Badge>
        )}
      </Group>
      {shown.length > 0 && (
        <Stack component="ul" id={listId} gap={6} mt={4} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((s) => (
            <li key={s.id}>
              <Anchor
                component={Link}
                to={sessionHref(s, canManage)}
                size="xs"
                fw={600}
                td={s.cancelled ? 'line-through' : undefined}
                style={{ display: 'block', lineHeight: 1.3, overflowWrap: 'anywhere' }}
              >
                {s.program.name}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ lineHeight: 1.3, overflowWrap: 'anywhere' }}>
                {placeText(s)} · {fillText(s)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {sessions.length > SESSIONS_SHOWN_PER_DAY && (
        <Button
          variant="subtle"
          size="compact-xs"
          mt={4}
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={onToggle}
        >
          {expanded ? t('training.schedule.fewer') : t('training.schedule.more', { count: hidden })}
        </Button>
      )}
    </Table.Td>
  );
};

/**
 * The month as a table of weeks, Monday to Sunday: each day of the month lists the sessions that run on it (a
 * session of several days on each of them), the first three and "+N more"; today is marked, the neighbouring
 * months' days are shaded and empty.
 */
export const MonthCalendar = ({
  month,
  today,
  sessions,
  canManage,
}: {
  month: YearMonth;
  today: IsoDate;
  sessions: readonly ScheduledSession[];
  canManage: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const weeks = useMemo(() => monthWeeks(month, today), [month, today]);
  const byDay = useMemo(() => sessionsByDay(sessions, weeks), [sessions, weeks]);
  const weekdays = useMemo(() => weekdayNames(i18n.language), [i18n.language]);
  const [expanded, setExpanded] = useState<ReadonlySet<IsoDate>>(new Set());
  const toggle = (date: IsoDate) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(date)) next.add(date);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder withColumnBorders layout="fixed" captionSide="top">
        <Table.Caption>
          {t('training.schedule.calendarCaption', { month: monthLabel(month, i18n.language) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {weekdays.map((name) => (
              <Table.Th key={name} scope="col">
                {name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week[0]?.date}>
              {week.map((day) => (
                <DayCell
                  key={day.date}
                  day={day}
                  sessions={byDay.get(day.date) ?? []}
                  canManage={canManage}
                  expanded={expanded.has(day.date)}
                  onToggle={() => toggle(day.date)}
                />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
