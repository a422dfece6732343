import { Alert, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A screen's frame: the document title, the one h1, an introduction, the content. */
export const Page = ({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children?: ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <title>{t('app.documentTitle', { page: title })}</title>
      <div>
        <Title order={1}>{title}</Title>
        {description && (
          <Text c="dimmed" mt={4}>
            {description}
          </Text>
        )}
      </div>
      {children}
    </Stack>
  );
};

/** Says that a screen's data comes once the API answers it. */
export const AwaitingApi = () => {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="blue" title={t('common.awaitingApiTitle')}>
      {t('common.awaitingApi')}
    </Alert>
  );
};
