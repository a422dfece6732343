import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { screensFor } from '../../app/navigation.js';
import { Page } from '../../components/page/Page.js';
import { useSession } from '../../session/session-context.js';

/** Beranda: a greeting and the screens this person may open. */
export const HomePage = () => {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const screens = viewer ? screensFor(viewer).filter((s) => s.id !== 'home') : [];
  return (
    <Page
      title={t('nav.home')}
      description={viewer ? t('home.welcome', { name: viewer.name, instansi: viewer.instansi.name }) : ''}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {screens.map((s) => (
          <Card key={s.id} withBorder padding="md">
            <Title order={2} size="h4">
              <Anchor component={Link} to={s.path}>
                {t(`nav.${s.id}`)}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t(`screens.${s.id}.description`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Page>
  );
};
