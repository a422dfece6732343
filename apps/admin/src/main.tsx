import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App.js';
import { createApolloClient } from './app/apollo.js';
import { routes } from './app/routes.js';
import { createI18n, storedLanguage } from './i18n/i18n.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App i18n={createI18n(storedLanguage())} router={createBrowserRouter(routes)} client={createApolloClient()} />
  </StrictMode>,
);
