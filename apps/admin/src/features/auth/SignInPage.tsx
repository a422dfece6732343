import { useApolloClient } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { type IsoDate, parseIsoDate } from '@kinerja/domain';
import { Alert, Button, Card, Center, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SIGN_IN_PATH } from '../../app/navigation.js';
import { ColorSchemeToggle, LanguageSwitch } from '../../app/Shell.js';
import type { UserErrorCode } from '../../gql/graphql.js';
import { useSession } from '../../session/session-context.js';
import { SignInMutation, toViewer } from '../../session/viewer-api.js';
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

/** Where the sign-in came from (RequireScreen passes the refused location), else the home page. */
const returnPath = (state: unknown): string => {
  const from = (state as { from?: { pathname?: unknown; search?: unknown } } | null)?.from;
  if (!from || typeof from.pathname !== 'string' || from.pathname === SIGN_IN_PATH) return '/';
  return `${from.pathname}${typeof from.search === 'string' ? from.search : ''}`;
};

/** The sentence for a refused sign-in: ours for the codes we know, else the server's message. */
const failureMessage = (t: TFunction, errors: readonly { code: UserErrorCode; message: string }[]): string => {
  const first = errors[0];
  if (!first) return t('signIn.errors.unknown');
  if (first.code === 'INVALID_CREDENTIALS') return t('signIn.errors.invalidCredentials');
  if (first.code === 'LOCKED') return t('signIn.errors.locked');
  return first.message;
};

/**
 * Masuk: the sign-in page, outside the shell. The API checks the NIP or username and the password and sets an
 * HTTP-only cookie; the app keeps the viewer it returns and goes back to where the person was headed.
 */
export const SignInPage = () => {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { signIn, expired } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const submit = async (values: SignInValues): Promise<string | null> => {
    try {
      const { data } = await client.mutate({
        mutation: SignInMutation,
        variables: { input: { login: values.identifier, password: values.password } },
      });
      const payload = data?.signIn;
      if (!payload?.viewer) return failureMessage(t, payload?.userErrors ?? []);
      // nothing read under another session may show under this one
      await client.clearStore();
      signIn(toViewer(payload.viewer));
      navigate(returnPath(location.state), { replace: true });
      return null;
    } catch (e) {
      return t('signIn.errors.network', { message: (e as Error).message });
    }
  };
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
          {expired && (
            <Alert color="blue" variant="light" role="status" title={t('signIn.expiredTitle')}>
              {t('signIn.expired')}
            </Alert>
          )}
          <SignInForm onSubmit={submit} />
        </Stack>
      </Card>
    </Center>
  );
};
