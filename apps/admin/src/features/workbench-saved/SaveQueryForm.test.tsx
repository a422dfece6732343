import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import type { UserErrorLike } from '../training-admin/user-errors.js';
import { SaveQueryForm, type SaveQueryValues } from './SaveQueryForm.js';

const EMPTY: SaveQueryValues = { name: '', description: '', query: '', variables: '', shared: false };

describe('saving a workbench query', () => {
  it('wants a name, a query and variables that are a JSON object', async () => {
    const onSubmit = vi.fn(async () => []);
    const { user } = renderWithApp(
      <SaveQueryForm defaultValues={EMPTY} onSubmit={onSubmit} submitLabel="Simpan kueri" />,
    );
    await user.click(screen.getByRole('textbox', { name: /Variabel/ }));
    await user.paste('[1]');
    await user.click(screen.getByRole('button', { name: 'Simpan kueri' }));
    expect(await screen.findAllByText('Wajib diisi.')).toHaveLength(2);
    expect(screen.getByText('Variabel harus berupa objek JSON.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('takes the query and variables from GraphiQL, and shows the API’s refusal on the query field', async () => {
    localStorage.setItem('graphiql:query', '{ employees(first: 5) { nodes { nip } } }');
    localStorage.setItem('graphiql:variables', '{"year": 2025}');
    const onSubmit = vi.fn(
      async (_: SaveQueryValues): Promise<UserErrorLike[]> => [
        { code: 'INVALID_INPUT', field: ['input', 'query'], message: 'Cannot query field "nips"', rule: null },
      ],
    );
    const { user } = renderWithApp(
      <SaveQueryForm defaultValues={EMPTY} onSubmit={onSubmit} submitLabel="Simpan kueri" />,
    );
    await user.type(screen.getByRole('textbox', { name: /^Nama/ }), 'JP 2025');
    await user.click(screen.getByRole('button', { name: 'Ambil dari GraphiQL' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bagikan dalam instansi' }));
    await user.click(screen.getByRole('button', { name: 'Simpan kueri' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        name: 'JP 2025',
        description: '',
        query: '{ employees(first: 5) { nodes { nip } } }',
        variables: '{"year": 2025}',
        shared: true,
      }),
    );
    expect(await screen.findByText('Cannot query field "nips"')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Kueri GraphQL/ })).toHaveAttribute('aria-invalid', 'true');
  });
});
