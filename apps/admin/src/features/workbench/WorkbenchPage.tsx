import { Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page/Page.js';
import { GRAPHIQL_PATH } from '../workbench-saved/graphiql-storage.js';
import { SAVED_QUERIES_PATH } from '../workbench-saved/routes.js';

/**
 * Analis: the API's own GraphiQL (served at /graphql on this origin, signed in with the same cookie) and the saved
 * queries. The API forbids framing its pages (frame-ancestors 'none'), so GraphiQL opens as its own page; mounting
 * it inside the app needs the `graphiql` package.
 */
export const WorkbenchPage = () => {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.workbench')} description={t('screens.workbench.description')}>
      <Group gap="sm">
        <Button component="a" href={GRAPHIQL_PATH}>
          {t('workbench.openGraphiql')}
        </Button>
        <Button component={Link} to={SAVED_QUERIES_PATH} variant="default">
          {t('workbench.openSavedQueries')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('workbench.intro')}
      </Text>
      <List>
        <List.Item>{t('workbench.graphiql')}</List.Item>
        <List.Item>{t('workbench.savedQueries')}</List.Item>
        <List.Item>{t('workbench.export')}</List.Item>
      </List>
    </Page>
  );
};
