import { zodResolver } from '@hookform/resolvers/zod';
import { type IsoDate, parseIsoDate } from '@kinerja/domain';
import { Alert, Button, Card, Center, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ColorSchemeToggle, LanguageSwitch } from '../../app/Shell.js';
import { type SignInValues, signInSchema } from './sign-in-schema.js';

/** Today as the browser's calendar has it (the domain has no clock: the app passes the date). */
const todayIso = (): IsoDate => {
  const d = new Date();
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const parsed = parseIsoDate(iso);
  if (!parsed.ok) throw new Error(`the browser's date ${iso} is not a date`);
  return parsed.value;
};

/** Props of {@link SignInForm}. */
export type SignInFormProps = {
  /** Sends the credentials; resolves with an error message to show, or null when signed in. */
  readonly onSubmit: (values: SignInValues) => Promise<string | null>;
  readonly today?: IsoDate;
};

/** The sign-in form: NIP or username and password, each error said next to its field. */
export const SignInForm = ({ onSubmit, today }: SignInFormProps) => {
  const { t } = useTranslation();
  const schema = useMemo(
    () => signInSchema(today ?? todayIso(), (key, detail) => (detail ? `${t(key)} ${detail}` : t(key))),
    [today, t],
  );
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    trigger,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<SignInValues>({ resolver: zodResolver(schema), defaultValues: { identifier: '', password: '' } });
  // a new language re-says the errors already shown
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new schema (language) should re-validate
  useEffect(() => {
    if (isSubmitted) void trigger();
  }, [schema]);

  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => setFailure(await onSubmit(values)))}
      aria-describedby={failure ? 'sign-in-failure' : undefined}
    >
      <Stack gap="md">
        {failure && (
          <Alert color="red" id="sign-in-failure" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('signIn.identifier')}
          description={t('signIn.identifierHint')}
          autoComplete="username"
          required
          error={errors.identifier?.message}
          {...register('identifier')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...register('password')}
        />
        <Button type="submit" loading={isSubmitting}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
};

/** Masuk: the sign-in page, outside the shell. The API's sign-in (issue 5) will fill the session. */
export const SignInPage = () => {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" component="main" id="main">
      <title>{t('app.documentTitle', { page: t('signIn.title') })}</title>
      <Card withBorder padding="xl" w={420} maw="100%">
        <Stack gap="md">
          <Group justify="space-between">
            <Text fw={700} fz="lg">
              {t('app.name')}
            </Text>
            <Group gap="xs">
              <LanguageSwitch />
              <ColorSchemeToggle />
            </Group>
          </Group>
          <Title order={1} size="h3">
            {t('signIn.title')}
          </Title>
          <SignInForm onSubmit={async () => t('signIn.notConnected')} />
        </Stack>
      </Card>
    </Center>
  );
};
