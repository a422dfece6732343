import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { theme } from '../app/theme.js';
import { createI18n, type Language } from '../i18n/i18n.js';
import type { Viewer } from '../session/session.js';
import { SessionProvider } from '../session/session-context.js';
import { TEST_VIEWER } from './viewer.js';

/** Options of {@link renderWithApp}. */
export type RenderOptions = { language?: Language; path?: string; viewer?: Viewer | null };

/**
 * Renders a component with the app's providers (Mantine in test mode: no transitions, no portals), at a URL of a
 * memory router whose location the test can read.
 */
export const renderWithApp = (
  ui: ReactElement,
  { language = 'id', path = '/', viewer = TEST_VIEWER }: RenderOptions = {},
) => {
  const i18n = createI18n(language);
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <SessionProvider initialViewer={viewer}>
          <RouterProvider router={router} />
        </SessionProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  /** The current URL's search params. */
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...result, router, user, i18n, search };
};

/** Captures what the CSV downloads hold: the browser's object URL is the seam (jsdom-like DOMs cannot save files). */
export const captureDownloads = () => {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    if (b instanceof Blob) blobs.push(b);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  /** The text of each download so far, without the byte-order mark. */
  return async () => Promise.all(blobs.map(async (b) => (await b.text()).replace(/^\uFEFF/, '')));
};
