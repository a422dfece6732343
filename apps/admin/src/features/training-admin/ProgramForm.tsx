import { zodResolver } from '@hookform/resolvers/zod';
import { TRAINING_KINDS } from '@kinerja/domain';
import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/enum-label.js';
import {
  EMPTY_PROGRAM,
  type FormErrorKey,
  PROGRAM_FIELDS,
  type ProgramFormValues,
  type ProgramInput,
  programSchema,
  toProgramInput,
} from './program-form.js';
import { applyUserErrors, type UserErrorLike } from './user-errors.js';

/** Props of {@link ProgramForm}. */
export type ProgramFormProps = {
  readonly defaultValues?: ProgramFormValues;
  /** Sends the program; resolves with the API's user errors (none: saved). */
  readonly onSubmit: (input: ProgramInput) => Promise<readonly UserErrorLike[]>;
  readonly submitLabel: string;
};

/**
 * Creates or edits a training program (DEV-2): each field says what is wrong next to it, first what the form can
 * check, then what the API refused (its userErrors land on the field they name, the others above the form).
 */
export const ProgramForm = ({ defaultValues = EMPTY_PROGRAM, onSubmit, submitLabel }: ProgramFormProps) => {
  const { t } = useTranslation('workflows');
  const label = useEnumLabel();
  const schema = useMemo(() => programSchema((key: FormErrorKey) => t(`form.errors.${key}`)), [t]);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProgramFormValues>({ resolver: zodResolver(schema), defaultValues });

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    const userErrors = await onSubmit(toProgramInput(values));
    setFormErrors(applyUserErrors(userErrors, setError, PROGRAM_FIELDS));
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
          <TextInput label={t('program.code')} withAsterisk error={errors.code?.message} {...register('code')} />
          <NativeSelect
            label={t('program.kind')}
            withAsterisk
            error={errors.kind?.message}
            defaultValue={defaultValues.kind}
            data={TRAINING_KINDS.map((k) => ({ value: k, label: label('TrainingKind', k) }))}
            {...register('kind')}
          />
        </Group>
        <TextInput label={t('program.name')} withAsterisk error={errors.name?.message} {...register('name')} />
        <Group grow align="flex-start">
          <TextInput
            label={t('program.competencyArea')}
            withAsterisk
            error={errors.competencyArea?.message}
            {...register('competencyArea')}
          />
          <TextInput
            label={t('program.jp')}
            description={t('program.jpHint')}
            inputMode="numeric"
            withAsterisk
            error={errors.jp?.message}
            {...register('jp')}
          />
        </Group>
        <TextInput
          label={t('program.provider')}
          withAsterisk
          error={errors.provider?.message}
          {...register('provider')}
        />
        <Checkbox label={t('program.isIt')} error={errors.isIt?.message} {...register('isIt')} />
        <Textarea
          label={t('program.description')}
          rows={3}
          error={errors.description?.message}
          {...register('description')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
