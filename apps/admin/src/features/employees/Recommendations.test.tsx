import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../i18n/i18n.js';
import type { Viewer } from '../../session/session.js';
import { renderWithApp } from '../../test/render.js';
import { TEST_VIEWER } from '../../test/viewer.js';
import { EmployeeDetailQuery, EmployeePage } from './EmployeePage.js';
import { change, employee, enrolAction, recommendation } from './employee-fixture.js';
import { AcceptRecommendationMutation, DismissRecommendationMutation } from './Recommendations.js';

const WAIT = { timeout: 10_000 };
const TODAY = new Date(Date.UTC(2026, 10, 28));
const pageQuery = (recommendations: unknown[]) => ({
  request: { query: EmployeeDetailQuery, variables: { nip: '2', year: 2026, talentYear: 2025 } },
  result: {
    data: {
      employee: { ...employee, recommendations: { __typename: 'RecommendationConnection', nodes: recommendations } },
    },
  },
});
const page = (mocks: unknown[], options: { viewer?: Viewer; language?: Language } = {}) =>
  renderWithApp(
    <MockedProvider mocks={mocks as never}>
      <Routes>
        <Route path="/pegawai/:nip" element={<EmployeePage today={TODAY} />} />
      </Routes>
    </MockedProvider>,
    { path: '/pegawai/2', ...options },
  );
const table = async () => screen.findByRole('table', { name: 'Rekomendasi' }, WAIT);
/** The row of a recommendation, found by its year and kind (the first cells). */
const rowOf = async (text: RegExp) => within(await table()).getByRole('row', { name: text });
const buttonsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('button')
    .map((b) => b.textContent);
const userErrors = (code: string, message: string, field: string[] | null = null) => [
  { __typename: 'UserError', code, field, message, rule: null },
];

describe('Recommendations on the employee page (REC-1..5)', () => {
  it('offers an ADMIN of the instansi what each status allows: accept or dismiss an OPEN one, complete an ACCEPTED one, nothing once DISMISSED or DONE', async () => {
    page([
      pageQuery([
        recommendation({ id: 'R1', year: 2026, status: 'OPEN' }),
        recommendation({ id: 'R2', year: 2025, status: 'ACCEPTED' }),
        recommendation({ id: 'R3', year: 2024, status: 'DISMISSED' }),
        recommendation({ id: 'R4', year: 2023, status: 'DONE' }),
      ]),
    ]);
    const history = /^Riwayat status/;
    expect(buttonsOf(await rowOf(/^2026.*Terbuka/))).toEqual(['Terima', 'Tolak', expect.stringMatching(history)]);
    expect(buttonsOf(await rowOf(/^2025.*Diterima/))).toEqual(['Tandai selesai', expect.stringMatching(history)]);
    expect(buttonsOf(await rowOf(/^2024.*Ditolak/))).toEqual([expect.stringMatching(history)]);
    expect(buttonsOf(await rowOf(/^2023.*Selesai/))).toEqual([expect.stringMatching(history)]);
    // each action names its recommendation, so the buttons of different rows are told apart
    expect(
      screen.getByRole('button', { name: 'Tolak rekomendasi Kekurangan JP pengembangan kompetensi 2026' }),
    ).toBeInTheDocument();
  });

  it('REC-2: names each suggested session with its program and first day, a link for those who may open it', async () => {
    const suggested = recommendation({
      actions: [
        enrolAction('S1', 'P1', 'Kursus Analisis Data', '2026-12-07'),
        { __typename: 'SuggestedAction', type: 'GUIDANCE', session: null },
      ],
    });
    const admin = page([pageQuery([suggested])]);
    const link = await screen.findByRole('link', { name: 'Kursus Analisis Data, mulai 7 Des 2026' }, WAIT);
    expect(link).toHaveAttribute('href', '/pelatihan/P1/sesi/S1');
    expect((await rowOf(/^2026/)).textContent).toContain(
      'Sesi yang disarankan: Kursus Analisis Data, mulai 7 Des 2026',
    );
    admin.unmount();
    const analyst = page([pageQuery([suggested])], { viewer: { ...TEST_VIEWER, roles: ['ANALYST'] } });
    expect(await screen.findByRole('link', { name: 'Kursus Analisis Data, mulai 7 Des 2026' }, WAIT)).toHaveAttribute(
      'href',
      '/pelatihan/P1',
    );
    analyst.unmount();
    page([pageQuery([suggested])], { viewer: { ...TEST_VIEWER, roles: ['UNIT_HEAD'] } });
    expect((await rowOf(/^2026/)).textContent).toContain('Kursus Analisis Data, mulai 7 Des 2026');
    expect(screen.queryByRole('link', { name: /Kursus Analisis Data/ })).toBeNull();
  });

  it('offers no action to a viewer who is not an ADMIN of the employee’s instansi (the API would refuse)', async () => {
    const mocks = () => [pageQuery([recommendation()])];
    const analyst = page(mocks(), { viewer: { ...TEST_VIEWER, roles: ['ANALYST'] } });
    expect(buttonsOf(await rowOf(/^2026/))).toEqual([expect.stringMatching(/^Riwayat status/)]);
    analyst.unmount();
    page(mocks(), { viewer: { ...TEST_VIEWER, instansi: { id: 'other', name: 'Kabupaten Lain' } } });
    expect(buttonsOf(await rowOf(/^2026/))).toEqual([expect.stringMatching(/^Riwayat status/)]);
  });

  it('dismisses only with a reason, sent with the version read; the row then shows the status the API answers, and says so', async () => {
    const note = 'Sudah mengikuti diklat di luar daerah';
    const dismissed = recommendation({
      status: 'DISMISSED',
      version: 2,
      history: [
        change(null, 'OPEN', null, '2026-11-01T02:00:00.000Z', 'REC-2: 16 JP short of 20 in 2026'),
        change('OPEN', 'DISMISSED', 'admin', '2026-11-28T03:00:00.000Z', note),
      ],
    });
    const { user } = page([
      pageQuery([recommendation({ version: 1 })]),
      {
        request: { query: DismissRecommendationMutation, variables: { input: { id: 'R1', version: 1, note } } },
        result: {
          data: {
            result: { __typename: 'DismissRecommendationPayload', recommendation: dismissed, userErrors: [] },
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: /^Tolak rekomendasi Kekurangan JP/ }, WAIT));
    const dialog = screen.getByRole('dialog', {
      name: 'Tolak rekomendasi Kekurangan JP pengembangan kompetensi 2026?',
    });
    // no reason, no request: the field says what is missing
    await user.click(within(dialog).getByRole('button', { name: 'Tolak' }));
    const reason = within(dialog).getByRole('textbox', { name: /Alasan penolakan/ });
    expect(await within(dialog).findByText('Wajib diisi.')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    await user.type(reason, `  ${note}  `);
    await user.click(within(dialog).getByRole('button', { name: 'Tolak' }));
    expect(await screen.findByText(/kini berstatus Ditolak\./, {}, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Rekomendasi Kekurangan JP pengembangan kompetensi 2026 kini berstatus Ditolak.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    const row = await rowOf(/^2026/);
    expect(row).toHaveTextContent('Ditolak');
    expect(buttonsOf(row)).toEqual(['Riwayat status (2 perubahan)']);
  });

  it('says a recommendation changed meanwhile (CONFLICT) and reloads it on request', async () => {
    const note = 'Diikutkan pelatihan bulan depan';
    const { user } = page([
      pageQuery([recommendation({ version: 1 })]),
      {
        request: { query: AcceptRecommendationMutation, variables: { input: { id: 'R1', version: 1, note } } },
        result: {
          data: {
            result: {
              __typename: 'AcceptRecommendationPayload',
              recommendation: null,
              userErrors: userErrors(
                'CONFLICT',
                'recommendation 1 was changed by someone else (version 2, you had 1): reload it',
                ['input', 'version'],
              ),
            },
          },
        },
      },
      pageQuery([recommendation({ version: 2, status: 'ACCEPTED' })]),
    ]);
    await user.click(await screen.findByRole('button', { name: /^Terima rekomendasi/ }, WAIT));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Catatan tindak lanjut/ }), note);
    await user.click(within(dialog).getByRole('button', { name: 'Terima' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Rekomendasi ini telah diubah orang lain sementara itu. Muat ulang',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Muat ulang' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(async () => expect(await rowOf(/^2026/)).toHaveTextContent('Diterima'), WAIT);
    expect(buttonsOf(await rowOf(/^2026/))).toContain('Tandai selesai');
  });

  it('shows other refusals (FORBIDDEN) as the API words them', async () => {
    const note = 'Ditindaklanjuti';
    const { user } = page([
      pageQuery([recommendation()]),
      {
        request: { query: AcceptRecommendationMutation, variables: { input: { id: 'R1', version: 1, note } } },
        result: {
          data: {
            result: {
              __typename: 'AcceptRecommendationPayload',
              recommendation: null,
              userErrors: userErrors('FORBIDDEN', 'only an administrator of this instansi may do this'),
            },
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: /^Terima rekomendasi/ }, WAIT));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Catatan tindak lanjut/ }), note);
    await user.click(within(dialog).getByRole('button', { name: 'Terima' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'only an administrator of this instansi may do this',
    );
    expect((await rowOf(/^2026/)).textContent).toContain('Terbuka');
  });

  it('keeps each recommendation’s status history (who, when, from → to, why) collapsed until asked for', async () => {
    const { user } = page([
      pageQuery([
        recommendation({
          status: 'ACCEPTED',
          history: [
            change(null, 'OPEN', null, '2026-11-01T02:00:00.000Z', 'REC-2: 16 JP short of 20 in 2026'),
            change('OPEN', 'ACCEPTED', 'admin', '2026-11-20T03:00:00.000Z', 'Didaftarkan ke sesi Desember'),
          ],
        }),
      ]),
    ]);
    const disclosure = await screen.findByRole('button', { name: 'Riwayat status (2 perubahan)' }, WAIT);
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    const name = 'Riwayat status rekomendasi Kekurangan JP pengembangan kompetensi 2026';
    expect(screen.queryByRole('list', { name })).toBeNull();
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name });
    expect(disclosure).toHaveAttribute('aria-controls', list.closest('tr')?.id);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([
      expect.stringMatching(/^1 Nov 2026.* · sistem · dibuat → Terbuka · REC-2: 16 JP short of 20 in 2026$/),
      expect.stringMatching(/^20 Nov 2026.* · admin · Terbuka → Diterima · Didaftarkan ke sesi Desember$/),
    ]);
    await user.click(disclosure);
    expect(screen.queryByRole('list', { name })).toBeNull();
  });

  it('reads in English on request', async () => {
    const { user } = page([pageQuery([recommendation()])], { language: 'en' });
    const row = within(await screen.findByRole('table', { name: 'Recommendations' }, WAIT)).getByRole('row', {
      name: /^2026/,
    });
    expect(row).toHaveTextContent('Open');
    expect(buttonsOf(row)).toEqual(['Accept', 'Dismiss', 'Status history (1 change)']);
    await user.click(within(row).getByRole('button', { name: /^Dismiss the recommendation/ }));
    const dialog = screen.getByRole('dialog', { name: /^Dismiss the recommendation .* 2026\?$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(within(dialog).getByRole('textbox', { name: /Reason for dismissing/ })).toHaveAccessibleDescription(
      /Required, at most 2,000 characters\./,
    );
    expect(await within(dialog).findByText('Required.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(row).getByRole('button', { name: /^Status history/ }));
    expect(screen.getByRole('list', { name: /^Status history of the recommendation/ })).toHaveTextContent(
      'the system · made → Open',
    );
  });
});
