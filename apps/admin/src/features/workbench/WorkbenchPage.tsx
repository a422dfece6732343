import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AwaitingApi, Page } from '../../components/page/Page.js';

/** Analis: the self-hosted GraphiQL and the saved queries (issue 7 §6) come with the API. */
export const WorkbenchPage = () => {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.workbench')} description={t('screens.workbench.description')}>
      <AwaitingApi />
      <List>
        <List.Item>{t('workbench.graphiql')}</List.Item>
        <List.Item>{t('workbench.savedQueries')}</List.Item>
        <List.Item>{t('workbench.export')}</List.Item>
      </List>
    </Page>
  );
};
