import { Anchor, Box, Button, Group, Text, useComputedColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page/Page.js';
import { GRAPHIQL_PATH } from '../workbench-saved/graphiql-storage.js';
import { NEW_SAVED_QUERY_PATH, SAVED_QUERIES_PATH } from '../workbench-saved/routes.js';

/**
 * Analis: the API's own GraphiQL embedded in the app. It is served at /graphql on this origin, so it runs signed
 * in with the analyst's cookie and their access (personal fields masked); the API lets only this origin frame it.
 * Its editors live in this origin's localStorage, which is how "save this query" takes what is being edited.
 */
export const WorkbenchPage = () => {
  const { t } = useTranslation();
  // GraphiQL takes the app's color scheme (its page reads ?theme=)
  const scheme = useComputedColorScheme('light');
  return (
    <Page title={t('nav.workbench')} description={t('screens.workbench.description')}>
      <Group gap="sm" justify="space-between">
        <Group gap="sm">
          <Button component={Link} to={NEW_SAVED_QUERY_PATH}>
            {t('workbench.saveQuery')}
          </Button>
          <Button component={Link} to={SAVED_QUERIES_PATH} variant="default">
            {t('workbench.openSavedQueries')}
          </Button>
        </Group>
        <Anchor href={GRAPHIQL_PATH} target="_blank" rel="noopener" size="sm">
          {t('workbench.openGraphiqlTab')}
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        {t('workbench.intro')}
      </Text>
      <Box
        component="iframe"
        title={t('workbench.graphiqlFrame')}
        src={`${GRAPHIQL_PATH}?theme=${scheme}`}
        w="100%"
        h="max(520px, calc(100vh - 280px))"
        style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}
      />
    </Page>
  );
};
