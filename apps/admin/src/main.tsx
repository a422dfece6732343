import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App.js';
import { createApolloClient } from './app/apollo.js';
import { routes } from './app/routes.js';
import { createI18n, storedLanguage } from './i18n/i18n.js';
import { STUB_VIEWER } from './session/stub-viewer.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App
      i18n={createI18n(storedLanguage())}
      router={createBrowserRouter(routes)}
      client={createApolloClient()}
      // until the API's sign-in exists (issue 5), a stand-in viewer holds every role
      initialViewer={STUB_VIEWER}
    />
  </StrictMode>,
);
