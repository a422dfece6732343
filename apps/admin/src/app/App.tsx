import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { Center, Loader, localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { type DataRouter, RouterProvider } from 'react-router';
import type { Viewer } from '../session/session.js';
import { SessionProvider } from '../session/session-context.js';
import { toViewer, ViewerQuery } from '../session/viewer-api.js';
import { cssVariablesResolver, theme } from './theme.js';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'kinerja.color-scheme' });

/**
 * The session as the API knows it: asks `viewer` once (the HTTP-only cookie goes with the request) and starts the
 * app with that viewer, or with none, which sends every screen to the sign-in.
 */
const SessionFromApi = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const { data, loading } = useQuery(ViewerQuery, { fetchPolicy: 'network-only' });
  if (loading)
    return (
      <Center mih="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  return <SessionProvider initialViewer={data?.viewer ? toViewer(data.viewer) : null}>{children}</SessionProvider>;
};

/**
 * The app with its providers: language, theme and color scheme, GraphQL client, session, routes. Without
 * `initialViewer` the session comes from the API; tests pass one (or null) to start signed in (or not).
 */
export const App = ({
  i18n,
  router,
  client,
  initialViewer,
}: {
  i18n: I18n;
  router: DataRouter;
  client: ApolloClient;
  initialViewer?: Viewer | null;
}) => {
  const routes = <RouterProvider router={router} />;
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="light"
      >
        <ApolloProvider client={client}>
          {initialViewer === undefined ? (
            <SessionFromApi>{routes}</SessionFromApi>
          ) : (
            <SessionProvider initialViewer={initialViewer}>{routes}</SessionProvider>
          )}
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
};
