import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { ProgramForm } from './ProgramForm.js';
import type { ProgramInput } from './program-form.js';
import { SessionForm } from './SessionForm.js';
import type { UserErrorLike } from './user-errors.js';

describe('the program form (DEV-2)', () => {
  it('says next to each field what is missing and sends nothing', async () => {
    const onSubmit = vi.fn(async () => []);
    const { user } = renderWithApp(<ProgramForm onSubmit={onSubmit} submitLabel="Simpan program" />);
    await user.click(screen.getByRole('button', { name: 'Simpan program' }));
    expect(await screen.findAllByText('Wajib diisi.')).toHaveLength(5);
    expect(screen.getByRole('textbox', { name: /Kode/ })).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('wants JP as whole hours of at least one', async () => {
    const onSubmit = vi.fn(async () => []);
    const { user } = renderWithApp(<ProgramForm onSubmit={onSubmit} submitLabel="Simpan program" />);
    await user.type(screen.getByRole('textbox', { name: /Jam pelajaran/ }), '0');
    await user.click(screen.getByRole('button', { name: 'Simpan program' }));
    expect(await screen.findByText('Paling sedikit 1.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: /Jam pelajaran/ }));
    await user.type(screen.getByRole('textbox', { name: /Jam pelajaran/ }), '2,5');
    expect(await screen.findByText('Isi dengan bilangan bulat.')).toBeInTheDocument();
  });

  it('sends the checked program and puts the API’s user errors on the field they name', async () => {
    const sent: ProgramInput[] = [];
    const onSubmit = vi.fn(async (input: ProgramInput): Promise<UserErrorLike[]> => {
      sent.push(input);
      return [
        { code: 'DUPLICATE', field: ['input', 'code'], message: 'Kode PRG-1 sudah dipakai', rule: null },
        { code: 'FORBIDDEN', field: null, message: 'Hanya admin', rule: 'SEC-1' },
      ];
    });
    const { user } = renderWithApp(<ProgramForm onSubmit={onSubmit} submitLabel="Simpan program" />);
    await user.type(screen.getByRole('textbox', { name: /Kode/ }), 'PRG-1');
    await user.type(screen.getByRole('textbox', { name: /Nama program/ }), ' Analisis Data ');
    await user.selectOptions(screen.getByRole('combobox', { name: /Jenis pengembangan/ }), 'WORKSHOP');
    await user.type(screen.getByRole('textbox', { name: /Bidang kompetensi/ }), 'Statistik');
    await user.type(screen.getByRole('textbox', { name: /Jam pelajaran/ }), '24');
    await user.type(screen.getByRole('textbox', { name: /Penyelenggara/ }), 'BPSDM');
    await user.click(screen.getByRole('button', { name: 'Simpan program' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(sent[0]).toEqual({
      code: 'PRG-1',
      name: 'Analisis Data',
      kind: 'WORKSHOP',
      competencyArea: 'Statistik',
      jp: 24,
      provider: 'BPSDM',
      isIt: false,
      description: null,
    });
    expect(await screen.findByText('Kode PRG-1 sudah dipakai')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Kode/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Hanya admin (SEC-1)');
  });

  it('speaks English when asked', async () => {
    const { user } = renderWithApp(<ProgramForm onSubmit={async () => []} submitLabel="Save program" />, {
      language: 'en',
    });
    await user.click(screen.getByRole('button', { name: 'Save program' }));
    expect(await screen.findAllByText('Required.')).toHaveLength(5);
  });
});

describe('the session form (DEV-3)', () => {
  it('refuses an end before the start and a session with neither place nor link', async () => {
    const onSubmit = vi.fn(async () => []);
    const { user } = renderWithApp(<SessionForm onSubmit={onSubmit} submitLabel="Jadwalkan sesi" />);
    await user.type(screen.getByLabelText(/Tanggal mulai/), '2026-12-10');
    await user.type(screen.getByLabelText(/Tanggal selesai/), '2026-12-09');
    await user.type(screen.getByRole('textbox', { name: /Kapasitas/ }), '20');
    await user.click(screen.getByRole('button', { name: 'Jadwalkan sesi' }));
    expect(await screen.findByText('Tanggal selesai tidak boleh sebelum tanggal mulai.')).toBeInTheDocument();
    expect(screen.getByText('Wajib diisi.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the session and shows the API’s refusal on its field', async () => {
    const onSubmit = vi.fn(
      async (): Promise<UserErrorLike[]> => [
        {
          code: 'INVALID_INPUT',
          field: ['input', 'startDate'],
          message: 'Sesi harus dimulai setelah hari ini',
          rule: 'DEV-3',
        },
      ],
    );
    const { user } = renderWithApp(<SessionForm onSubmit={onSubmit} submitLabel="Jadwalkan sesi" />);
    await user.type(screen.getByLabelText(/Tanggal mulai/), '2026-12-10');
    await user.type(screen.getByLabelText(/Tanggal selesai/), '2026-12-11');
    await user.type(screen.getByRole('textbox', { name: /^Tempat/ }), 'Aula BKPSDM');
    await user.type(screen.getByRole('textbox', { name: /Kapasitas/ }), '20');
    await user.click(screen.getByRole('button', { name: 'Jadwalkan sesi' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        startDate: '2026-12-10',
        endDate: '2026-12-11',
        place: 'Aula BKPSDM',
        link: null,
        capacity: 20,
      }),
    );
    expect(await screen.findByText('Sesi harus dimulai setelah hari ini (DEV-3)')).toBeInTheDocument();
  });
});
