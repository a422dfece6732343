import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/page/Page.js';
import type { SessionInput } from './program-form.js';
import { SessionForm } from './SessionForm.js';
import { ProgramForEditQuery, ScheduleSessionMutation } from './training-ops.js';

/** Schedules a session of a program; saved, it opens the session to enrol participants. */
export const SessionNewPage = () => {
  const { t } = useTranslation('workflows');
  const programId = useParams().id ?? '';
  const navigate = useNavigate();
  const program = useQuery(ProgramForEditQuery, { variables: { id: programId } });
  const name = program.data?.node?.__typename === 'TrainingProgram' ? program.data.node.name : '';
  const [schedule] = useMutation(ScheduleSessionMutation);
  const back = `/pelatihan/${encodeURIComponent(programId)}`;
  const submit = async (input: SessionInput) => {
    const { data } = await schedule({ variables: { input: { ...input, programId } } });
    const payload = data?.scheduleTrainingSession;
    if (payload?.session && payload.userErrors.length === 0)
      navigate(`${back}/sesi/${encodeURIComponent(payload.session.id)}`);
    return payload?.userErrors ?? [];
  };
  return (
    <Page title={t('training.newSession')} description={name}>
      <Anchor component={Link} to={back}>
        {t('training.backToProgram')}
      </Anchor>
      <SessionForm onSubmit={submit} submitLabel={t('training.scheduleSession')} />
    </Page>
  );
};
