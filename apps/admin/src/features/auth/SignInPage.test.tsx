import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSession } from '../../session/session-context.js';
import { SignInMutation } from '../../session/viewer-api.js';
import { renderWithApp } from '../../test/render.js';
import { SignInPage } from './SignInPage.js';

const WAIT = { timeout: 10_000 };
const signIn = (login: string, password: string, result: object) => ({
  request: { query: SignInMutation, variables: { input: { login, password } } },
  result: { data: { signIn: { __typename: 'SignInPayload', ...result } } },
});
const viewer = {
  __typename: 'Viewer',
  username: 'kadisdik',
  displayName: 'Kepala Dinas Pendidikan',
  roles: [
    { __typename: 'RoleGrant', role: 'UNIT_HEAD', unit: { __typename: 'Unit', id: 'U1', name: 'Dinas Pendidikan' } },
    { __typename: 'RoleGrant', role: 'EMPLOYEE', unit: null },
    { __typename: 'RoleGrant', role: 'EVALUATOR', unit: { __typename: 'Unit', id: 'U1', name: 'Dinas Pendidikan' } },
  ],
  instansi: { __typename: 'Instansi', id: 'I1', name: 'Pemerintah Kota Tebing Tinggi' },
  employee: { __typename: 'Employee', id: 'E1', nip: '197001011990031001', name: 'Kepala Dinas Pendidikan' },
};

const Who = () => {
  const { viewer: v } = useSession();
  return <p>{v ? `${v.name}: ${v.roles.join(',')}` : 'nobody'}</p>;
};

const page = (mocks: MockedResponse[]) =>
  renderWithApp(
    <MockedProvider mocks={mocks}>
      <Routes>
        <Route path="/masuk" element={<SignInPage />} />
        <Route path="*" element={<Who />} />
      </Routes>
    </MockedProvider>,
    { path: '/masuk', viewer: null },
  );

const fill = async (user: ReturnType<typeof page>['user'], login: string, password: string) => {
  await user.type(screen.getByRole('textbox', { name: /NIP atau nama pengguna/ }), login);
  await user.type(screen.getByLabelText(/Kata sandi/), password);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
};

describe('SignInPage', () => {
  it('signs in with a username and holds the viewer the API returns, its roles in the app order', async () => {
    const { user, router } = page([signIn('kadisdik', 'kadisdik-kinerja-2026', { viewer, userErrors: [] })]);
    await fill(user, 'kadisdik', 'kadisdik-kinerja-2026');
    expect(
      await screen.findByText('Kepala Dinas Pendidikan: UNIT_HEAD,EVALUATOR,EMPLOYEE', {}, WAIT),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('says that the credentials are wrong, in the language of the page, and stays signed out', async () => {
    const { user, router } = page([
      signIn('admin', 'salah', {
        viewer: null,
        userErrors: [
          { __typename: 'UserError', code: 'INVALID_CREDENTIALS', field: null, message: 'wrong login or password' },
        ],
      }),
    ]);
    await fill(user, 'admin', 'salah');
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent('NIP/nama pengguna atau kata sandi salah.');
    await waitFor(() => expect(router.state.location.pathname).toBe('/masuk'));
  });
});
