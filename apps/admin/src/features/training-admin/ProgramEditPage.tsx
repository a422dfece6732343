import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/page/Page.js';
import { NotFoundPage } from '../misc/StatusPages.js';
import { ProgramForm } from './ProgramForm.js';
import type { ProgramInput } from './program-form.js';
import { CreateProgramMutation, ProgramForEditQuery, UpdateProgramMutation } from './training-ops.js';

/** A new training program (DEV-2): saved, it opens its page. */
export const NewProgramPage = () => {
  const { t } = useTranslation('workflows');
  const navigate = useNavigate();
  const [create] = useMutation(CreateProgramMutation);
  const submit = async (input: ProgramInput) => {
    const { data } = await create({ variables: { input } });
    const payload = data?.createTrainingProgram;
    if (payload?.program) navigate(`/pelatihan/${encodeURIComponent(payload.program.id)}`);
    return payload?.userErrors ?? [];
  };
  return (
    <Page title={t('training.newProgram')} description={t('training.newProgramIntro')}>
      <ProgramForm onSubmit={submit} submitLabel={t('training.createProgram')} />
    </Page>
  );
};

/** Edits a training program; a change made meanwhile by someone else is refused (CONFLICT) and said. */
export const EditProgramPage = () => {
  const { t } = useTranslation('workflows');
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const { data, loading } = useQuery(ProgramForEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [update] = useMutation(UpdateProgramMutation);
  const program = data?.node?.__typename === 'TrainingProgram' ? data.node : null;
  if (loading && !program) return <Loader aria-label={t('training.loading')} />;
  if (!program) return <NotFoundPage />;
  const back = `/pelatihan/${encodeURIComponent(program.id)}`;
  const submit = async (input: ProgramInput) => {
    const { data: answer } = await update({
      variables: { input: { ...input, id: program.id, version: program.version } },
    });
    const payload = answer?.updateTrainingProgram;
    if (payload?.program && payload.userErrors.length === 0) navigate(back);
    return payload?.userErrors ?? [];
  };
  return (
    <Page title={t('training.editProgram', { name: program.name })}>
      <Anchor component={Link} to={back}>
        {t('training.backToProgram')}
      </Anchor>
      <ProgramForm
        defaultValues={{
          code: program.code,
          name: program.name,
          kind: program.kind,
          competencyArea: program.competencyArea,
          jp: String(program.jp),
          provider: program.provider,
          isIt: program.isIt,
          description: program.description ?? '',
        }}
        onSubmit={submit}
        submitLabel={t('training.saveProgram')}
      />
    </Page>
  );
};
