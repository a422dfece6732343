import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyUserErrors, type UserErrorLike } from '../training-admin/user-errors.js';
import { parseVariables, readGraphiql } from './graphiql-storage.js';

/** What the save form holds and sends. */
export type SaveQueryValues = {
  name: string;
  description: string;
  query: string;
  variables: string;
  shared: boolean;
};

const FIELDS = [
  'name',
  'description',
  'query',
  'variables',
  'shared',
] as const satisfies readonly (keyof SaveQueryValues)[];

type Key = 'required' | 'tooLong' | 'variablesNotJson' | 'variablesNotObject';

/** The form's checks: a name and a query; variables, when given, a JSON object. The server checks the query itself. */
export const saveQuerySchema = (m: (key: Key) => string) =>
  z.object({
    name: z
      .string()
      .trim()
      .min(1, { message: m('required') })
      .max(100, { message: m('tooLong') }),
    description: z.string().max(1000, { message: m('tooLong') }),
    query: z
      .string()
      .trim()
      .min(1, { message: m('required') }),
    variables: z.string().superRefine((text, ctx) => {
      const parsed = parseVariables(text);
      if (!parsed.ok)
        ctx.addIssue({
          code: 'custom',
          message: m(parsed.reason === 'NOT_JSON' ? 'variablesNotJson' : 'variablesNotObject'),
        });
    }),
    shared: z.boolean(),
  });

/** Props of {@link SaveQueryForm}. */
export type SaveQueryFormProps = {
  readonly defaultValues: SaveQueryValues;
  readonly onSubmit: (values: SaveQueryValues) => Promise<readonly UserErrorLike[]>;
  readonly submitLabel: string;
  readonly onCancel?: () => void;
};

/**
 * Saves a workbench query with its name, description, variables and whether the instansi shares it. "Take from
 * GraphiQL" fills the query and variables with what the GraphiQL editors hold on this browser.
 */
export const SaveQueryForm = ({ defaultValues, onSubmit, submitLabel, onCancel }: SaveQueryFormProps) => {
  const { t } = useTranslation('workflows');
  const schema = useMemo(() => saveQuerySchema((key) => t(`saved.errors.${key}`)), [t]);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<SaveQueryValues>({ resolver: zodResolver(schema), defaultValues });

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    setFormErrors(applyUserErrors(await onSubmit(values), setError, FIELDS));
  });

  const takeFromGraphiql = () => {
    const doc = readGraphiql();
    setValue('query', doc.query, { shouldDirty: true });
    setValue('variables', doc.variables, { shouldDirty: true });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="sm">
        {formErrors.length > 0 && (
          <Alert color="red" title={t('form.notSaved')} role="alert">
            {formErrors.join(' ')}
          </Alert>
        )}
        <TextInput label={t('saved.name')} withAsterisk error={errors.name?.message} {...register('name')} />
        <TextInput label={t('saved.description')} error={errors.description?.message} {...register('description')} />
        <Textarea
          label={t('saved.query')}
          withAsterisk
          rows={8}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={errors.query?.message}
          {...register('query')}
        />
        <Textarea
          label={t('saved.variables')}
          description={t('saved.variablesHint')}
          rows={3}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={errors.variables?.message}
          {...register('variables')}
        />
        <Checkbox label={t('saved.shared')} {...register('shared')} />
        <Group justify="space-between">
          <Button variant="default" onClick={takeFromGraphiql}>
            {t('saved.takeFromGraphiql')}
          </Button>
          <Group gap="sm">
            {onCancel && (
              <Button variant="subtle" onClick={onCancel}>
                {t('saved.cancel')}
              </Button>
            )}
            <Button type="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
};
