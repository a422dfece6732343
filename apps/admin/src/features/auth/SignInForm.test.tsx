import { type IsoDate, parseIsoDate, unwrap } from '@kinerja/domain';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { SignInForm } from './SignInPage.js';
import type { SignInValues } from './sign-in-schema.js';

const TODAY: IsoDate = unwrap(parseIsoDate('2026-06-01'));

const form = (result: string | null = null, language: 'id' | 'en' = 'id') => {
  const onSubmit = vi.fn<(v: SignInValues) => Promise<string | null>>(async () => result);
  const view = renderWithApp(<SignInForm onSubmit={onSubmit} today={TODAY} />, { language, viewer: null });
  const identifier = () =>
    screen.getByRole('textbox', { name: language === 'id' ? /NIP atau nama pengguna/ : /NIP or username/ });
  const password = () => screen.getByLabelText(language === 'id' ? /Kata sandi/ : /Password/);
  return { ...view, onSubmit, identifier, password };
};

describe('SignInForm', () => {
  it('says next to each empty field what is missing, and sends nothing', async () => {
    const { user, onSubmit, identifier } = form();
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByText('Isi NIP atau nama pengguna.')).toBeInTheDocument();
    expect(screen.getByText('Isi kata sandi.')).toBeInTheDocument();
    expect(identifier()).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('ID-1: checks an all-digit identifier as a NIP and names the wrong part', async () => {
    const { user, onSubmit, identifier, password } = form();
    await user.type(identifier(), '19800230 200501 1 001');
    await user.type(password(), 'rahasia');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(
      await screen.findByText(/^NIP tidak sah: .*digits 1-8: birth date 1980-02-30 is not a date/),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('ID-1: sends a valid NIP (spaces allowed) with the password', async () => {
    const { user, onSubmit, identifier, password } = form();
    await user.type(identifier(), '19800229 200501 1 001');
    await user.type(password(), 'rahasia');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ identifier: '19800229 200501 1 001', password: 'rahasia' });
  });

  it('sends a username as it is, and shows the server’s refusal as an alert', async () => {
    const { user, onSubmit, identifier, password } = form('NIP atau kata sandi salah.');
    await user.type(identifier(), 'admin.bkn');
    await user.type(password(), 'x');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('NIP atau kata sandi salah.');
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ identifier: 'admin.bkn', password: 'x' });
  });

  it('speaks English', async () => {
    const { user } = form(null, 'en');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your NIP or username.')).toBeInTheDocument();
  });
});
