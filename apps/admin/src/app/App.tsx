import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { type DataRouter, RouterProvider } from 'react-router';
import type { Viewer } from '../session/session.js';
import { SessionProvider } from '../session/session-context.js';
import { cssVariablesResolver, theme } from './theme.js';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'kinerja.color-scheme' });

/** The app with its providers: language, theme and color scheme, session, GraphQL client, routes. */
export const App = ({
  i18n,
  router,
  client,
  initialViewer,
}: {
  i18n: I18n;
  router: DataRouter;
  client: ApolloClient;
  initialViewer: Viewer | null;
}) => (
  <I18nextProvider i18n={i18n}>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
    >
      <SessionProvider initialViewer={initialViewer}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </SessionProvider>
    </MantineProvider>
  </I18nextProvider>
);
