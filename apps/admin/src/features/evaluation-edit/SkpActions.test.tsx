import { InMemoryCache } from '@apollo/client';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../i18n/i18n.js';
import { renderWithApp } from '../../test/render.js';
import { SkpActions, SkpActionsFields } from './SkpActions.js';
import { ApproveSkpMutation, ReturnSkpMutation } from './skp-ops.js';

const WAIT = { timeout: 10_000 };
const ID = 'U2twOjIzMDk=';

type Entry = { at: string; actor: string; field: string; old: string; new: string; reason: string | null };
const entry = (e: Entry) => ({ __typename: 'AuditEntry' as const, entity: 'skp', ...e });
const skp = (
  over: Partial<{
    version: number;
    state: string;
    availableActions: string[];
    returnNote: string | null;
    auditTrail: ReturnType<typeof entry>[];
  }> = {},
) => ({
  __typename: 'Skp' as const,
  id: ID,
  version: 3,
  year: 2026,
  state: 'SUBMITTED',
  availableActions: ['APPROVE', 'RETURN'],
  returnNote: null,
  employee: { __typename: 'Employee' as const, id: 'E2', name: 'Rina Syahputra' },
  auditTrail: [],
  ...over,
});
const SUBMITTED = entry({
  at: '2026-11-20T02:00:00.000Z',
  actor: 'rina',
  field: 'state',
  old: '"DRAFT"',
  new: '"SUBMITTED"',
  reason: null,
});
const noErrors = [] as const;

/** The workflow bar over a cache that holds the SKP as the page's query left it. */
const renderBar = (
  mocks: MockedResponse[],
  {
    language = 'id',
    onReload = vi.fn(async () => undefined),
    initial = skp(),
  }: {
    language?: Language;
    onReload?: () => Promise<unknown>;
    initial?: ReturnType<typeof skp>;
  } = {},
) => {
  const cache = new InMemoryCache();
  cache.writeFragment({ fragment: SkpActionsFields, data: initial as never });
  return renderWithApp(
    <MockedProvider mocks={mocks} cache={cache}>
      <SkpActions skp={{ id: ID }} onReload={onReload} />
    </MockedProvider>,
    { language },
  );
};

const approveMock = (result: () => unknown): MockedResponse => ({
  request: { query: ApproveSkpMutation, variables: { input: { id: ID, version: 3 } } },
  result: result as never,
});

describe('the SKP workflow bar (EVAL-9)', () => {
  it('shows exactly the steps the API allows the viewer, and none when it allows none', async () => {
    const { unmount } = renderBar([]);
    const steps = await screen.findByRole('group', { name: 'Langkah SKP' }, WAIT);
    expect(
      within(steps)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Setujui', 'Kembalikan']);
    expect(screen.queryByRole('button', { name: 'Ajukan' })).not.toBeInTheDocument();
    unmount();

    renderBar([], { initial: skp({ state: 'APPROVED', availableActions: ['EVALUATE'] }) });
    expect(await screen.findByText(/Tidak ada langkah alur/, {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Langkah SKP' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Setujui' })).not.toBeInTheDocument();
  });

  it('approves only after the confirmation, sending the id and the version read, and shows the new state', async () => {
    const approved = vi.fn(() => ({
      data: {
        approveSkp: {
          __typename: 'ApproveSkpPayload',
          skp: skp({ version: 4, state: 'APPROVED', availableActions: ['EVALUATE'] }),
          userErrors: noErrors,
        },
      },
    }));
    const { user } = renderBar([approveMock(approved)]);
    await user.click(await screen.findByRole('button', { name: 'Setujui' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Setujui SKP?' });
    expect(approved).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Ya, setujui' }));

    expect(await screen.findByRole('status', {}, WAIT)).toHaveTextContent(
      'SKP telah disetujui; status sekarang Disetujui.',
    );
    expect(approved).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('skp-state')).toHaveTextContent('Disetujui');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Setujui' })).not.toBeInTheDocument();
  });

  it('returns only with a note, which it sends; the note and the state change then show with who and when', async () => {
    const returned = vi.fn(() => ({
      data: {
        returnSkp: {
          __typename: 'ReturnSkpPayload',
          skp: skp({
            version: 4,
            state: 'DRAFT',
            availableActions: [],
            returnNote: 'Tambahkan target waktu',
            auditTrail: [
              entry({
                at: '2026-11-28T03:30:00.000Z',
                actor: 'penilai',
                field: 'state',
                old: '"SUBMITTED"',
                new: '"DRAFT"',
                reason: 'Tambahkan target waktu',
              }),
              SUBMITTED,
            ],
          }),
          userErrors: noErrors,
        },
      },
    }));
    const { user } = renderBar([
      {
        request: {
          query: ReturnSkpMutation,
          variables: { input: { id: ID, version: 3, note: 'Tambahkan target waktu' } },
        },
        result: returned as never,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Kembalikan' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Kembalikan SKP ke draf?' });
    await user.click(within(dialog).getByRole('button', { name: 'Kembalikan ke draf' }));
    const note = within(dialog).getByRole('textbox', { name: /Catatan untuk pegawai/ });
    await waitFor(() => expect(note).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('Tuliskan apa yang perlu diubah.')).toBeInTheDocument();
    expect(returned).not.toHaveBeenCalled();

    await user.type(note, '  Tambahkan target waktu ');
    await user.click(within(dialog).getByRole('button', { name: 'Kembalikan ke draf' }));
    expect(await screen.findByRole('status', {}, WAIT)).toHaveTextContent(
      'SKP telah dikembalikan; status sekarang Draf.',
    );
    expect(returned).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('skp-state')).toHaveTextContent('Draf');
    expect(screen.getByText('Catatan pengembalian')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Perubahan status SKP terakhir' });
    const rows = within(history).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent(/penilai.*Diajukan → Draf.*Tambahkan target waktu/);
    expect(rows[2]).toHaveTextContent(/rina.*Draf → Diajukan/);
  });

  it('says someone else changed the SKP when the version is stale, and offers to reload it', async () => {
    const onReload = vi.fn(async () => undefined);
    const { user } = renderBar(
      [
        approveMock(() => ({
          data: {
            approveSkp: {
              __typename: 'ApproveSkpPayload',
              skp: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  code: 'CONFLICT',
                  field: ['input', 'version'],
                  message: 'skp 2309 was changed by someone else (version 4, you had 3): reload it',
                  rule: null,
                },
              ],
            },
          },
        })),
      ],
      { onReload },
    );
    await user.click(await screen.findByRole('button', { name: 'Setujui' }, WAIT));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, setujui' }));
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent(
      'Seseorang telah mengubah SKP ini sejak Anda membukanya; muat ulang lalu coba lagi.',
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByTestId('skp-state')).toHaveTextContent('Diajukan');
    await user.click(within(alert).getByRole('button', { name: 'Muat ulang SKP' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('shows the refusals the API gives beside the steps', async () => {
    const { user } = renderBar([
      approveMock(() => ({
        data: {
          approveSkp: {
            __typename: 'ApproveSkpPayload',
            skp: null,
            userErrors: [
              {
                __typename: 'UserError',
                code: 'FORBIDDEN',
                field: null,
                message: 'only the evaluator may approve it',
                rule: 'EVAL-9',
              },
            ],
          },
        },
      })),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Setujui' }, WAIT));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, setujui' }));
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent('only the evaluator may approve it (EVAL-9)');
  });

  it('names the steps, the state and the dialogs in English', async () => {
    const { user } = renderBar([], { language: 'en', initial: skp({ auditTrail: [SUBMITTED] }) });
    const steps = await screen.findByRole('group', { name: 'SKP steps' }, WAIT);
    expect(
      within(steps)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Approve', 'Return']);
    expect(screen.getByTestId('skp-state')).toHaveTextContent('Submitted');
    expect(screen.getByRole('table', { name: 'The latest state changes of the SKP' })).toHaveTextContent(
      'Draft → Submitted',
    );
    await user.click(within(steps).getByRole('button', { name: 'Return' }));
    const dialog = await screen.findByRole('dialog', { name: 'Return the SKP to draft?' });
    expect(within(dialog).getByRole('textbox', { name: /Note to the employee/ })).toBeRequired();
    expect(within(dialog).getByRole('button', { name: 'Return to draft' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });
});
