import { zodResolver } from '@hookform/resolvers/zod';
import { DEFAULT_POLICY, periodsOfYear, RATINGS } from '@kinerja/domain';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { type Path, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../i18n/enum-label.js';
import { applyUserErrors, type UserErrorLike } from '../training-admin/user-errors.js';
import {
  previewRating,
  type RatingErrorKey,
  type RatingFormValues,
  type RatingPreview,
  ratingFields,
  ratingSchema,
  toRateInput,
} from './rating-form.js';

/** Props of {@link RatingForm}. */
export type RatingFormProps = {
  readonly skp: { readonly id: string; readonly version: number; readonly year: number };
  readonly defaultValues: RatingFormValues;
  readonly onSubmit: (input: ReturnType<typeof toRateInput>) => Promise<readonly UserErrorLike[]>;
  /** Told the suggestion and predikat each time a rating changes (to feed the distribution guard live). */
  readonly onPreview?: (preview: RatingPreview) => void;
};

/**
 * Rates each result (RHK) and each BerAKHLAK value of an SKP for a period (EVAL-5/6/8). The overall ratings the
 * domain suggests, and the predikat they give (EVAL-2), follow every choice; the evaluator may take another overall
 * rating, which asks for the reason.
 */
export const RatingForm = ({ skp, defaultValues, onSubmit, onPreview }: RatingFormProps) => {
  const { t } = useTranslation('workflows');
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  const schema = useMemo(() => ratingSchema((k: RatingErrorKey) => t(`rate.errors.${k}`)), [t]);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<RatingFormValues>({ resolver: zodResolver(schema), defaultValues });
  const watched = useWatch({ control }) as RatingFormValues;
  const preview = previewRating({
    results: watched.results ?? defaultValues.results,
    behaviours: watched.behaviours ?? defaultValues.behaviours,
    resultsOverride: watched.resultsOverride ?? defaultValues.resultsOverride,
    behaviourOverride: watched.behaviourOverride ?? defaultValues.behaviourOverride,
  });
  const previewKey = JSON.stringify(preview);
  // biome-ignore lint/correctness/useExhaustiveDependencies: told once per changed preview, not per render
  useEffect(() => {
    onPreview?.(preview);
  }, [previewKey]);

  const periods = periodsOfYear(skp.year, DEFAULT_POLICY);
  const ratingOptions = [
    { value: '', label: t('rate.choose') },
    ...RATINGS.map((r) => ({ value: r, label: label('Rating', r) })),
  ];
  const ratingLabel = (r: string | null) => (r ? label.text('Rating', r) : t('rate.notYet'));

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    const userErrors = await onSubmit(toRateInput(skp, values));
    setFormErrors(applyUserErrors(userErrors, setError, ratingFields(values) as Path<RatingFormValues>[]));
  });

  const overrideBlock = (name: 'resultsOverride' | 'behaviourOverride', suggested: string | null) => {
    const on = watched[name]?.on ?? false;
    return (
      <Stack gap={6}>
        <Checkbox
          label={t(name === 'resultsOverride' ? 'rate.overrideResults' : 'rate.overrideBehaviour', {
            suggested: ratingLabel(suggested),
          })}
          {...register(`${name}.on`)}
        />
        {on && (
          <Group grow align="flex-start">
            <NativeSelect
              label={t('rate.overrideRating')}
              withAsterisk
              data={ratingOptions}
              error={errors[name]?.rating?.message}
              {...register(`${name}.rating`)}
            />
            <Textarea
              label={t('rate.overrideReason')}
              description={t('rate.overrideReasonHint')}
              withAsterisk
              rows={2}
              error={errors[name]?.reason?.message}
              {...register(`${name}.reason`)}
            />
          </Group>
        )}
      </Stack>
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('rate.title')}>
      <Stack gap="md">
        {formErrors.length > 0 && (
          <Alert color="red" title={t('form.notSaved')} role="alert">
            {formErrors.join(' ')}
          </Alert>
        )}
        <NativeSelect
          label={t('rate.period')}
          w={200}
          data={periods.map((p) => ({ value: String(p.index), label: p.label }))}
          error={errors.period?.message}
          defaultValue={defaultValues.period}
          {...register('period')}
        />

        <Table withTableBorder>
          <Table.Caption>{t('rate.resultsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rate.result')}</Table.Th>
              <Table.Th scope="col">{t('rate.jenis')}</Table.Th>
              <Table.Th scope="col">{t('rate.rating')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {defaultValues.results.map((r, i) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row" fw={400}>
                  {r.description}
                </Table.Th>
                <Table.Td>{label.text('RhkJenis', r.jenis)}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('rate.ratingOf', { name: r.description })}
                    data={ratingOptions}
                    error={errors.results?.[i]?.rating?.message}
                    {...register(`results.${i}.rating`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {overrideBlock('resultsOverride', preview.resultsSuggested)}

        <Table withTableBorder>
          <Table.Caption>{t('rate.behaviourCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rate.value')}</Table.Th>
              <Table.Th scope="col">{t('rate.rating')}</Table.Th>
              <Table.Th scope="col">{t('rate.feedback')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {defaultValues.behaviours.map((b, i) => (
              <Table.Tr key={b.value}>
                <Table.Th scope="row" fw={400}>
                  {label('BerakhlakValue', b.value)}
                  {b.expectation && (
                    <Text size="xs" c="dimmed">
                      {b.expectation}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('rate.ratingOf', { name: label('BerakhlakValue', b.value) })}
                    data={ratingOptions}
                    error={errors.behaviours?.[i]?.rating?.message}
                    {...register(`behaviours.${i}.rating`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t('rate.feedbackOf', { name: label('BerakhlakValue', b.value) })}
                    error={errors.behaviours?.[i]?.feedback?.message}
                    {...register(`behaviours.${i}.feedback`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {overrideBlock('behaviourOverride', preview.behaviourSuggested)}

        <section aria-labelledby="rating-preview-title">
          <Title order={3} size="h5" id="rating-preview-title">
            {t('rate.previewTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs" aria-live="polite">
            <Text size="sm">
              {t('rate.resultsSuggested')}: <strong>{ratingLabel(preview.resultsSuggested)}</strong>
              {preview.results !== preview.resultsSuggested && <> → {ratingLabel(preview.results)}</>}
            </Text>
            <Text size="sm">
              {t('rate.behaviourSuggested')}: <strong>{ratingLabel(preview.behaviourSuggested)}</strong>
              {preview.behaviour !== preview.behaviourSuggested && <> → {ratingLabel(preview.behaviour)}</>}
            </Text>
            <Text size="sm">
              {t('rate.predikat')}:{' '}
              {preview.predikat ? (
                <Badge variant="light" c="bright">
                  {tc(`predikat.${preview.predikat}`)}
                </Badge>
              ) : (
                t('rate.notYet')
              )}
            </Text>
          </SimpleGrid>
        </section>

        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {t('rate.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
