import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_SESSION,
  type FormErrorKey,
  SESSION_FIELDS,
  type SessionFormValues,
  type SessionInput,
  sessionSchema,
  toSessionInput,
} from './program-form.js';
import { applyUserErrors, type UserErrorLike } from './user-errors.js';

/** Props of {@link SessionForm}. */
export type SessionFormProps = {
  readonly defaultValues?: SessionFormValues;
  /** Sends the session; resolves with the API's user errors (none: saved). */
  readonly onSubmit: (input: SessionInput) => Promise<readonly UserErrorLike[]>;
  readonly submitLabel: string;
};

/** Schedules a session of a program: its dates, its place or link, its capacity (DEV-3 fills it, then waitlists). */
export const SessionForm = ({ defaultValues = EMPTY_SESSION, onSubmit, submitLabel }: SessionFormProps) => {
  const { t } = useTranslation('workflows');
  const schema = useMemo(() => sessionSchema((key: FormErrorKey) => t(`form.errors.${key}`)), [t]);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SessionFormValues>({ resolver: zodResolver(schema), defaultValues });

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    const userErrors = await onSubmit(toSessionInput(values));
    const rest = applyUserErrors(userErrors, setError, SESSION_FIELDS);
    setFormErrors(rest);
    if (userErrors.length === 0) reset(defaultValues);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="sm" maw={640}>
        {formErrors.length > 0 && (
          <Alert color="red" title={t('form.notSaved')} role="alert">
            {formErrors.join(' ')}
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('session.startDate')}
            withAsterisk
            error={errors.startDate?.message}
            {...register('startDate')}
          />
          <TextInput
            type="date"
            label={t('session.endDate')}
            withAsterisk
            error={errors.endDate?.message}
            {...register('endDate')}
          />
          <TextInput
            label={t('session.capacity')}
            inputMode="numeric"
            withAsterisk
            error={errors.capacity?.message}
            {...register('capacity')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('session.place')}
            description={t('session.placeHint')}
            error={errors.place?.message}
            {...register('place')}
          />
          <TextInput label={t('session.link')} error={errors.link?.message} {...register('link')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
