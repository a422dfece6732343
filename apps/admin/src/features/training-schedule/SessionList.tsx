import { Anchor, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateRangeLabel, monthLabel } from './format.js';
import { usePlaceText } from './SessionFacts.js';
import { compareByDate, type YearMonth } from './schedule.js';
import { type ScheduledSession, sessionHref } from './scheduled-session.js';

/** Cancelled, full or scheduled; plain text in the body colour (coloured badges fall below AA contrast). */
const Status = ({ session }: { session: ScheduledSession }) => {
  const { t } = useTranslation();
  if (session.cancelled)
    return (
      <Text size="sm" fw={700}>
        {t('training.schedule.cancelled')}
      </Text>
    );
  return (
    <Text size="sm">
      {session.enrolled >= session.capacity ? t('training.schedule.full') : t('training.schedule.scheduled')}
    </Text>
  );
};

/** The month's sessions as a table by date: dates, program, place, places taken, status. */
export const SessionList = ({
  month,
  sessions,
  canManage,
  loading,
}: {
  month: YearMonth;
  sessions: readonly ScheduledSession[];
  canManage: boolean;
  loading: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const placeText = usePlaceText();
  const rows = useMemo(() => [...sessions].sort(compareByDate), [sessions]);
  const right = { textAlign: 'right' } as const;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>
          {t('training.schedule.listCaption', { count: rows.length, month: monthLabel(month, i18n.language) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('training.schedule.columns.dates')}</Table.Th>
            <Table.Th scope="col">{t('training.schedule.columns.program')}</Table.Th>
            <Table.Th scope="col">{t('training.schedule.columns.place')}</Table.Th>
            <Table.Th scope="col" style={right}>
              {t('training.schedule.columns.fill')}
            </Table.Th>
            <Table.Th scope="col">{t('training.schedule.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" size="sm" ta="center" py="md">
                  {loading ? t('dataTable.loading') : t('training.schedule.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{dateRangeLabel(s.startDate, s.endDate, i18n.language)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={sessionHref(s, canManage)} size="sm">
                    {s.program.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{placeText(s)}</Table.Td>
                <Table.Td style={right}>
                  {s.enrolled}/{s.capacity}
                </Table.Td>
                <Table.Td>
                  <Status session={s} />
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
