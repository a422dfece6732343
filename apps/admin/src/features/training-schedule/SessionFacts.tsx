import { useTranslation } from 'react-i18next';
import type { ScheduledSession } from './scheduled-session.js';

/** Where a session runs: its place, "online" when it has a link (both for a hybrid session), else a dash. */
export const usePlaceText = () => {
  const { t } = useTranslation();
  return (s: ScheduledSession) =>
    [s.place, s.online ? t('training.schedule.online') : null].filter(Boolean).join(' · ') || t('common.none');
};

/** How full a session is ("12/30 terisi"), or that it was cancelled. */
export const useFillText = () => {
  const { t } = useTranslation();
  return (s: ScheduledSession) =>
    s.cancelled
      ? t('training.schedule.cancelled')
      : t('training.schedule.fill', { enrolled: s.enrolled, capacity: s.capacity });
};
