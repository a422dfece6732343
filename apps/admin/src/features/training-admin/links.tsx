import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole } from '../../session/session.js';
import { useSession } from '../../session/session-context.js';
import { trainingAdminPaths } from './paths.js';

const useIsAdmin = () => {
  const { viewer } = useSession();
  return viewer !== null && hasAnyRole(viewer, ['ADMIN']);
};

/** "New program" on the training list, for administrators. */
export const NewProgramButton = () => {
  const { t } = useTranslation('workflows');
  if (!useIsAdmin()) return null;
  return (
    <Button component={Link} to={trainingAdminPaths.newProgram} size="sm">
      {t('training.newProgram')}
    </Button>
  );
};

/** "Edit program" and "Schedule a new session" on a program's page, for administrators. */
export const ProgramAdminLinks = ({ programId }: { programId: string }) => {
  const { t } = useTranslation('workflows');
  if (!useIsAdmin()) return null;
  return (
    <Group gap="sm" mt="sm">
      <Button component={Link} to={trainingAdminPaths.editProgram(programId)} size="xs" variant="default">
        {t('training.editLink')}
      </Button>
      <Button component={Link} to={trainingAdminPaths.newSession(programId)} size="xs">
        {t('training.newSessionLink')}
      </Button>
    </Group>
  );
};

/** "Manage" on a session row of a program's page, for administrators: enrolment, attendance, the waitlist. */
export const SessionAdminLink = ({
  programId,
  sessionId,
  start,
}: {
  programId: string;
  sessionId: string;
  start: string;
}) => {
  const { t } = useTranslation('workflows');
  if (!useIsAdmin()) return null;
  return (
    <Anchor component={Link} to={trainingAdminPaths.session(programId, sessionId)} size="sm" ml="xs">
      {t('training.sessionLink', { start })}
    </Anchor>
  );
};
