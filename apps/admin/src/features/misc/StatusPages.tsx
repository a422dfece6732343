import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page/Page.js';

/** Shown when the viewer's roles do not open a screen. */
export const NotAllowedPage = () => {
  const { t } = useTranslation();
  return (
    <Page title={t('status.notAllowed.title')} description={t('status.notAllowed.body')}>
      <Anchor component={Link} to="/">
        {t('status.backHome')}
      </Anchor>
    </Page>
  );
};

/** Shown for an address the app does not know. */
export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <Page title={t('status.notFound.title')} description={t('status.notFound.body')}>
      <Anchor component={Link} to="/">
        {t('status.backHome')}
      </Anchor>
    </Page>
  );
};
