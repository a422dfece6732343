import { zodResolver } from '@hookform/resolvers/zod';
import { RHK_JENIS, type RhkJenis } from '@kinerja/domain';
import { Alert, Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { applyUserErrors, type UserErrorLike } from '../training-admin/user-errors.js';

/** A result (RHK) of an SKP as the form holds it. */
export type ResultValues = { jenis: RhkJenis; description: string };

/** Adds or edits one result (RHK) of an SKP (EVAL-3): its kind and what is planned. */
export const ResultForm = ({
  defaultValues,
  onSubmit,
  submitLabel,
}: {
  defaultValues: ResultValues;
  onSubmit: (values: ResultValues) => Promise<readonly UserErrorLike[]>;
  submitLabel: string;
}) => {
  const { t } = useTranslation('workflows');
  const label = useEnumLabel();
  const schema = useMemo(
    () =>
      z.object({
        jenis: z.enum(RHK_JENIS),
        description: z
          .string()
          .trim()
          .min(1, { message: t('form.errors.required') })
          .max(1000, { message: t('form.errors.tooLong') }),
      }),
    [t],
  );
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ResultValues>({ resolver: zodResolver(schema), defaultValues });
  const submit = handleSubmit(async (values) => {
    const userErrors = await onSubmit({ ...values, description: values.description.trim() });
    setFormErrors(applyUserErrors(userErrors, setError, ['jenis', 'description']));
    if (userErrors.length === 0) reset(values);
  });
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="xs">
        {formErrors.length > 0 && (
          <Alert color="red" role="alert" title={t('form.notSaved')}>
            {formErrors.join(' ')}
          </Alert>
        )}
        <Group align="flex-start" grow>
          <NativeSelect
            label={t('skp.jenis')}
            data={RHK_JENIS.map((j) => ({ value: j, label: label('RhkJenis', j) }))}
            defaultValue={defaultValues.jenis}
            error={errors.jenis?.message}
            style={{ maxWidth: 160 }}
            {...register('jenis')}
          />
          <Textarea
            label={t('skp.description')}
            rows={2}
            error={errors.description?.message}
            {...register('description')}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
