import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n.js';
import type { Role, Viewer } from '../session/session.js';
import { TEST_VIEWER } from '../test/viewer.js';
import { App } from './App.js';
import { createApolloClient } from './apollo.js';
import { routes } from './routes.js';

const viewer = (...roles: Role[]): Viewer => ({ ...TEST_VIEWER, name: 'Rina', roles });

const app = (path: string, initialViewer: Viewer | null = TEST_VIEWER) => {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <App
      i18n={createI18n('id')}
      router={router}
      client={createApolloClient({ uri: 'http://127.0.0.1:9/graphql' })}
      initialViewer={initialViewer}
    />,
  );
  return { router, user: userEvent.setup() };
};
const nav = () => screen.getByRole('navigation', { name: 'Navigasi utama' });
const heading = () => screen.findByRole('heading', { level: 1 });

describe('App shell', () => {
  it('sends a visitor who is not signed in to the sign-in page', async () => {
    const { router } = app('/pelatihan', null);
    expect(router.state.location.pathname).toBe('/masuk');
    expect(await heading()).toHaveTextContent('Masuk');
  });

  it('shows each person only the screens of their roles', () => {
    app('/', viewer('EMPLOYEE'));
    expect(
      within(nav())
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Beranda']);
  });

  it('tells a person whose roles do not open a screen, instead of showing it', async () => {
    app('/analis', viewer('EVALUATOR'));
    expect(await heading()).toHaveTextContent('Tidak berwenang');
  });

  it('navigates between screens and marks the current one', async () => {
    const { user } = app('/');
    expect(within(nav()).getAllByRole('link')).toHaveLength(6);
    await user.click(within(nav()).getByRole('link', { name: 'Pelatihan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pelatihan' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Pelatihan' })).toHaveAttribute('aria-current', 'page');
  });

  it('searches employees by NIP or name from the header', async () => {
    const { user, router } = app('/');
    await user.type(
      screen.getByRole('combobox', { name: 'Cari pegawai menurut NIP atau nama' }),
      '198002292005011001{Enter}',
    );
    expect(router.state.location.pathname).toBe('/pegawai');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('198002292005011001');
    expect(await screen.findByRole('textbox', { name: 'Cari NIP atau nama' })).toHaveValue('198002292005011001');
  });

  it('switches the language of every string, and <html lang> with it', async () => {
    const { user } = app('/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en');
    const english = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(
      within(english)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Home', 'Training', 'Employees', 'Evaluation', 'Dashboards', 'Analyst']);
    expect(await heading()).toHaveTextContent('Home');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches to dark mode and back', async () => {
    const { user } = app('/');
    await user.click(screen.getByRole('button', { name: 'Ganti ke mode gelap' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await user.click(screen.getByRole('button', { name: 'Ganti ke mode terang' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  it('signs out to the sign-in page', async () => {
    const { user, router } = app('/');
    await user.click(screen.getByRole('button', { name: 'Keluar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/masuk'));
  });

  it('says so for an unknown address', async () => {
    app('/tidak-ada');
    expect(await heading()).toHaveTextContent('Halaman tidak ditemukan');
  });

  it('sends a person whose session ends mid-use to the sign-in, says why, and brings them back once signed in', async () => {
    // The API as it answers a browser whose cookie no longer names a live session: 401 to everything but sign-in.
    const operations: string[] = [];
    const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string };
      operations.push(body.operationName);
      const answer =
        body.operationName === 'SignIn'
          ? {
              status: 200,
              body: {
                data: {
                  signIn: {
                    __typename: 'SignInPayload',
                    viewer: {
                      __typename: 'Viewer',
                      username: 'admin',
                      displayName: 'Admin Kota',
                      roles: [{ __typename: 'RoleGrant', role: 'ADMIN', unit: null }],
                      instansi: { __typename: 'Instansi', id: 'I:1', name: 'Pemerintah Kota Tebingtinggi' },
                      employee: null,
                    },
                    userErrors: [],
                  },
                },
              },
            }
          : {
              status: 401,
              body: { errors: [{ message: 'sign in first', extensions: { code: 'UNAUTHENTICATED' } }] },
            };
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/graphql-response+json' },
      });
    };
    const router = createMemoryRouter(routes, { initialEntries: ['/pelatihan?q=data'] });
    render(
      <App
        i18n={createI18n('id')}
        router={router}
        client={createApolloClient({ fetch })}
        initialViewer={viewer('ADMIN')}
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/masuk');
    expect(screen.getByRole('status')).toHaveTextContent('Sesi Anda telah berakhir');
    expect(operations).toContain('TrainingProgramList');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/NIP atau nama pengguna/), 'admin');
    await user.type(screen.getByLabelText(/Kata sandi/), 'admin-kinerja-2026');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pelatihan'));
    expect(router.state.location.search).toBe('?q=data');
    expect(screen.queryByText('Sesi Anda telah berakhir')).toBeNull();
  });
});
