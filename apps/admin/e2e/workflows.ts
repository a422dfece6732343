/**
 * The workflow screens in a real browser (issue 7 §2, §4, §6), run by e2e/run.ts against the API on a fresh seeded
 * database: an administrator creates a program and a session, enrols three employees in bulk and records their
 * completion, and their JP rise and their REC-2 recommendations close; an evaluator (penilai) rates a subordinate and
 * the EVAL-10 guard reacts; an analyst saves a query, runs it and sees its result. Each new route passes axe-core
 * (no serious or critical violation) in Indonesian and English, and a screenshot of each goes to screenshots/.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

type Outcome = { name: string; ok: boolean; notes: string[] };
type User = 'admin' | 'penilai' | 'analis' | 'kadisdik';

const PASSWORDS: Record<User, string> = {
  admin: 'admin-kinerja-2026',
  penilai: 'penilai-kinerja-2026',
  analis: 'analis-kinerja-2026',
  kadisdik: 'kadisdik-kinerja-2026',
};
const shots = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const cookies = new Map<User, string>();

/** The session cookie of a demo user, from the API's signIn. */
const cookieOf = async (base: string, user: User): Promise<string> => {
  const known = cookies.get(user);
  if (known) return known;
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { userErrors { message } } }',
      variables: { input: { login: user, password: PASSWORDS[user] } },
    }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`signing in as ${user} set no cookie: ${await response.text()}`);
  cookies.set(user, cookie);
  return cookie;
};

/** A GraphQL request as a demo user. */
const gql = async <T>(base: string, user: User, query: string, variables: object = {}): Promise<T> => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      cookie: await cookieOf(base, user),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
};

/** A browser context signed in as the user, in a language, with nothing leaving localhost. */
const contextFor = async (
  browser: Browser,
  base: string,
  user: User,
  lang: 'id' | 'en',
  forAxe = false,
): Promise<BrowserContext> => {
  // axe is injected as an inline script, which the production CSP refuses: only the axe pass bypasses it, so the
  // workflows themselves run under the real policy
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: forAxe });
  const cookie = await cookieOf(base, user);
  const at = cookie.indexOf('=');
  await context.addCookies([
    { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: base, httpOnly: true, sameSite: 'Lax' },
  ]);
  await context.addInitScript((l) => localStorage.setItem('kinerja.language', l), lang);
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  return context;
};

/** axe-core on the page as it is: serious and critical violations, as notes. */
const axe = async (page: Page, name: string): Promise<string[]> => {
  await page.addScriptTag({ path: axePath });
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${name}: axe ${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    );
};

const guard = async (name: string, notes: string[], step: () => Promise<void>) => {
  try {
    await step();
  } catch (e) {
    notes.push(`${name} failed: ${(e as Error).message.split('\n')[0]}`);
  }
};

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const THIS_YEAR = new Date().getFullYear();

/** Routes made by the workflows, for the axe pass in both languages. */
const created: { id: string; path: string; as: User; ready: string }[] = [];

type Years = { employee: { nip: string; name: string; years: { nodes: { jpDone: number }[] } } | null };
const jpOf = async (base: string, nip: string): Promise<number> => {
  const data = await gql<Years>(
    base,
    'admin',
    'query ($nip: String!, $year: Int!) { employee(nip: $nip) { nip name years(first: 1, filter: { year: { eq: $year } }) { nodes { jpDone } } } }',
    { nip, year: THIS_YEAR },
  );
  return data.employee?.years.nodes[0]?.jpDone ?? 0;
};

/**
 * Admin: a program and a session through the forms, three employees short of JP enrolled in bulk (confirmed, a
 * result per person), their completion recorded in the grid with a bulk set, and their JP risen by the program's.
 */
export const checkTrainingWorkflow = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await contextFor(browser, base, 'admin', 'id');
  const page = await context.newPage();
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const name = `Analisis Data Kepegawaian ${code}`;
  const JP = 24;
  try {
    await page.goto(`${base}/pelatihan`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Program pelatihan baru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Program pelatihan baru' }).waitFor({ timeout: 10_000 });
    // the form says what is missing before anything is sent
    await page.getByRole('button', { name: 'Buat program' }).click();
    await page.getByText('Wajib diisi.').first().waitFor({ timeout: 5_000 });
    await page.getByRole('textbox', { name: /^Kode/ }).fill(code);
    await page.getByRole('textbox', { name: /^Nama program/ }).fill(name);
    await page.getByRole('combobox', { name: /^Jenis pengembangan/ }).selectOption('WORKSHOP');
    await page.getByRole('textbox', { name: /^Bidang kompetensi/ }).fill('Manajemen SDM');
    await page.getByRole('textbox', { name: /^Jam pelajaran/ }).fill(String(JP));
    await page.getByRole('textbox', { name: /^Penyelenggara/ }).fill('BKPSDM Kota Tebing Tinggi');
    await page.getByRole('button', { name: 'Buat program' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
    const programId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    created.push(
      { id: 'pelatihan-baru', path: '/pelatihan/baru', as: 'admin', ready: 'form' },
      { id: 'pelatihan-ubah', path: `/pelatihan/${encodeURIComponent(programId)}/ubah`, as: 'admin', ready: 'form' },
      {
        id: 'pelatihan-sesi-baru',
        path: `/pelatihan/${encodeURIComponent(programId)}/sesi-baru`,
        as: 'admin',
        ready: 'form',
      },
    );

    await page.getByRole('link', { name: 'Jadwalkan sesi baru' }).click();
    await page.getByLabel(/^Tanggal mulai/).fill(isoIn(14));
    await page.getByLabel(/^Tanggal selesai/).fill(isoIn(15));
    await page.getByRole('textbox', { name: /^Tempat/ }).fill('Aula BKPSDM');
    await page.getByRole('textbox', { name: /^Kapasitas/ }).fill('3');
    await page.screenshot({ path: join(shots, 'id-pelatihan-sesi-baru.png'), fullPage: true });
    await page.getByRole('button', { name: 'Jadwalkan sesi' }).click();
    await page.getByRole('heading', { level: 2, name: 'Daftarkan pegawai' }).waitFor({ timeout: 15_000 });
    created.push({ id: 'pelatihan-sesi', path: new URL(page.url()).pathname, as: 'admin', ready: 'table' });

    // the picker: employees still short of at least 20 JP this year
    await page.getByRole('combobox', { name: /Saring Kurang JP/ }).selectOption('20');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('pk.shortfall') === '20');
    // the server's filtered page: at least three rows, each short of 20 JP or more (td 5: the shortfall)
    await page.waitForFunction(
      () => {
        const table = document.querySelector('table');
        if (!table || table.getAttribute('aria-busy') === 'true') return false;
        const cells = [...table.querySelectorAll('tbody tr')].map(
          (r) => r.querySelectorAll('td')[5]?.textContent ?? '',
        );
        return cells.length >= 3 && cells.every((c) => Number(c) >= 20);
      },
      undefined,
      { timeout: 20_000 },
    );
    const rows = page.locator('table').first().locator('tbody tr');
    const nips: string[] = [];
    for (let i = 0; i < 3; i++) nips.push(((await rows.nth(i).locator('td').nth(1).textContent()) ?? '').trim());
    const before = await Promise.all(nips.map((n) => jpOf(base, n)));
    for (let i = 0; i < 3; i++) await rows.nth(i).locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Daftarkan pegawai terpilih?' });
    await dialog.waitFor({ timeout: 5_000 });
    await dialog.getByRole('button', { name: 'Daftarkan' }).click();
    await page.getByText('Hasil pendaftaran (3 orang)').waitFor({ timeout: 15_000 });
    const enrolled = await page
      .getByRole('table', { name: /Hasil pendaftaran/ })
      .getByRole('cell', { name: 'Terdaftar' })
      .count();
    if (enrolled !== 3) notes.push(`${enrolled} of 3 shown as enrolled`);
    await page.screenshot({ path: join(shots, 'id-pelatihan-sesi-daftar.png'), fullPage: true });

    // completion in the grid: select all, set COMPLETED and a score, confirm, save
    await page.getByRole('checkbox', { name: 'Pilih semua peserta' }).check();
    await page.getByRole('combobox', { name: 'Status untuk terpilih' }).selectOption('COMPLETED');
    await page.getByRole('textbox', { name: 'Nilai untuk terpilih' }).fill('86');
    await page.getByRole('button', { name: 'Terapkan ke terpilih' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ubah peserta terpilih?' });
    await confirm.getByRole('button', { name: 'Terapkan ke terpilih' }).click();
    // undo and redo the bulk change once: undo puts back what was there
    await page.getByRole('button', { name: 'Batalkan perubahan sekaligus terakhir' }).click();
    if ((await page.getByText('3 perubahan').count()) > 0) notes.push('undo left the bulk change in place');
    await page.getByRole('button', { name: 'Terapkan ke terpilih' }).click();
    await confirm.getByRole('button', { name: 'Terapkan ke terpilih' }).click();
    await page.getByText('3 perubahan').waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Simpan kehadiran dan kelulusan' }).click();
    // the grid, reloaded from the server: every participant's saved status is COMPLETED (td 1: the saved status)
    await page.waitForFunction(
      () => {
        const grid = document.querySelectorAll('table')[2];
        const saved = [...(grid?.querySelectorAll('tbody tr') ?? [])].map(
          (r) => r.querySelectorAll('td')[1]?.textContent,
        );
        return saved.length === 3 && saved.every((s) => s === 'Lulus');
      },
      undefined,
      { timeout: 20_000 },
    );
    await page.screenshot({ path: join(shots, 'id-pelatihan-sesi-lulus.png'), fullPage: true });

    const after = await Promise.all(nips.map((n) => jpOf(base, n)));
    nips.forEach((nip, i) => {
      const rise = (after[i] ?? 0) - (before[i] ?? 0);
      if (rise !== JP) notes.push(`${nip}: JP ${before[i]} → ${after[i]}, expected a rise of ${JP}`);
    });
    console.log(`    training: JP ${before.join(', ')} → ${after.join(', ')} for ${nips.join(', ')}`);
    // REC-2: the training-gap recommendations of the year, as the API reports them now
    const recs = await gql<{
      recommendations: { nodes: { status: string; employee: { nip: string } }[] };
    }>(
      base,
      'admin',
      'query ($nips: [String!]!, $year: Int!) { recommendations(first: 20, filter: { kind: { eq: REC_2_TRAINING_GAP }, year: { eq: $year }, employee: { nip: { in: $nips } } }) { nodes { status employee { nip } } } }',
      { nips, year: THIS_YEAR },
    ).catch((e: Error) => ({ recommendations: { nodes: [] }, error: e.message }));
    console.log(
      `    REC-2 of ${THIS_YEAR}: ${
        recs.recommendations.nodes.map((r) => `${r.employee.nip} ${r.status}`).join(', ') || 'none open or closed'
      }`,
    );
    // Each of them had a training gap (picked for a JP shortfall): the REC-2 of the year closes as the gap does.
    const closed = recs.recommendations.nodes.filter((r) => r.status === 'DONE').map((r) => r.employee.nip);
    const unclosed = nips.filter((n) => !closed.includes(n));
    const drawn = recs.recommendations.nodes.map((r) => r.employee.nip);
    for (const nip of unclosed)
      if (drawn.includes(nip)) notes.push(`${nip}: the REC-2 of ${THIS_YEAR} is not DONE after the gap closed`);
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
    await page.screenshot({ path: join(shots, 'FAILED-training-workflow.png'), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
  return { name: 'workflow: program, session, bulk enrolment, completion, JP rise', ok: notes.length === 0, notes };
};

type SubSkps = { mySubordinateSkps: { id: string; state: string; employee: { name: string } }[] };

/** Evaluator (penilai): rates a subordinate's SKP; the EVAL-10 guard shows the change before and after. */
export const checkEvaluationWorkflow = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  let skpId: string | null = null;
  await guard('finding a ratable SKP', notes, async () => {
    for (const year of [THIS_YEAR, THIS_YEAR - 1])
      for (const state of ['APPROVED', 'EVALUATED']) {
        if (skpId) continue;
        const data = await gql<SubSkps>(
          base,
          'penilai',
          'query ($year: Int!, $state: SkpState) { mySubordinateSkps(year: $year, state: $state) { id state employee { name } } }',
          { year, state },
        );
        skpId = data.mySubordinateSkps[0]?.id ?? null;
      }
    if (!skpId) throw new Error('the penilai has no APPROVED or EVALUATED SKP to rate');
    // EVAL-10 limits need the unit's organisation predikat: its parent's head (kadisdik) sets it when missing
    const skp = await gql<{ node: { year: number; unit: { id: string; orgPredikat: string | null } } }>(
      base,
      'penilai',
      'query ($id: ID!) { node(id: $id) { ... on Skp { year unit { id orgPredikat(year: 2026) } } } }'.replace(
        '2026',
        String(THIS_YEAR),
      ),
      { id: skpId },
    );
    if (skp.node.unit.orgPredikat === null) {
      const set = await gql<{ setUnitOrgPredikat: { userErrors: { message: string }[] } }>(
        base,
        'kadisdik',
        'mutation ($input: SetUnitOrgPredikatInput!) { setUnitOrgPredikat(input: $input) { userErrors { message } } }',
        { input: { unitId: skp.node.unit.id, year: skp.node.year, predikat: 'BAIK' } },
      );
      if (set.setUnitOrgPredikat.userErrors.length > 0)
        throw new Error(`setting the organisation predikat: ${JSON.stringify(set.setUnitOrgPredikat.userErrors)}`);
    }
  });
  if (!skpId) return { name: 'workflow: an evaluator rates, the guard reacts', ok: false, notes };
  const path = `/penilaian/skp/${encodeURIComponent(skpId)}`;
  created.push({ id: 'penilaian-skp', path, as: 'penilai', ready: 'form' });
  const context = await contextFor(browser, base, 'penilai', 'id');
  const page = await context.newPage();
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  try {
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await page
      .getByRole('heading', { level: 2, name: 'Penilaian hasil kerja dan perilaku' })
      .waitFor({ timeout: 15_000 });
    const boxes = page.getByRole('combobox', { name: /^Penilaian / });
    const n = await boxes.count();
    for (let i = 0; i < n; i++) await boxes.nth(i).selectOption('DI_ATAS');
    await page.getByText('Sangat Baik').first().waitFor({ timeout: 5_000 });
    // the guard: the counts before and after the pending predikat, from the API's what-if
    await page.getByRole('columnheader', { name: 'Sesudah' }).waitFor({ timeout: 15_000 });
    await page.getByText(/Jika satu predikat berubah dari .* menjadi Sangat Baik/).waitFor({ timeout: 5_000 });
    await page.getByText(/Menurut API, setelah perubahan/).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, 'id-penilaian-skp-guard.png'), fullPage: true });
    // an override asks for its reason
    await page.getByRole('checkbox', { name: /Tetapkan rating hasil kerja lain dari saran/ }).check();
    await page.getByRole('combobox', { name: /Rating pilihan Anda/ }).selectOption('SESUAI');
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    await page.getByText('Tuliskan alasannya.').waitFor({ timeout: 5_000 });
    await page
      .getByRole('textbox', { name: /^Alasan/ })
      .first()
      .fill('Sebagian target dipindahkan ke tim lain');
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    const saved = page.getByText(/Penilaian tersimpan: predikat/);
    const refused = page.getByRole('alert').filter({ hasText: 'Belum tersimpan' });
    await saved.or(refused).first().waitFor({ timeout: 15_000 });
    if ((await refused.count()) > 0) notes.push(`rating refused: ${await refused.first().textContent()}`);
    else await page.screenshot({ path: join(shots, 'id-penilaian-skp-tersimpan.png'), fullPage: true });
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
    await page.screenshot({ path: join(shots, 'FAILED-evaluation-workflow.png'), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
  return { name: 'workflow: an evaluator rates, the guard reacts', ok: notes.length === 0, notes };
};

/**
 * The SKP's lifecycle on its page: the evaluator (penilai) returns a submitted SKP to draft with a note, which the
 * page then shows; the head (kadisdik) approves another submitted SKP. Each only after confirming.
 */
export const checkSkpLifecycle = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const submitted = async (user: User) => {
    for (const year of [THIS_YEAR, THIS_YEAR - 1]) {
      const data = await gql<SubSkps>(
        base,
        user,
        'query ($year: Int!, $state: SkpState) { mySubordinateSkps(year: $year, state: $state) { id state employee { name } } }',
        { year, state: 'SUBMITTED' },
      );
      const first = data.mySubordinateSkps[0];
      if (first) return first.id;
    }
    return null;
  };
  const step = async (
    user: User,
    act: (page: Page) => Promise<void>,
    expected: RegExp,
    shot: string,
    routeId: string,
  ) => {
    const id = await submitted(user);
    if (!id) throw new Error(`${user} has no SUBMITTED SKP to act on`);
    const path = `/penilaian/skp/${encodeURIComponent(id)}`;
    const context = await contextFor(browser, base, user, 'id');
    const page = await context.newPage();
    page.on('pageerror', (e) => notes.push(`${user}: page error: ${e.message}`));
    try {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await page.getByRole('group', { name: 'Langkah SKP' }).waitFor({ timeout: 20_000 });
      await act(page);
      await page.getByRole('status').filter({ hasText: expected }).waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(shots, shot), fullPage: true });
      created.push({ id: routeId, path, as: user, ready: 'form, [role="group"]' });
    } finally {
      await context.close();
    }
  };
  await guard('the evaluator returns a submitted SKP with a note', notes, () =>
    step(
      'penilai',
      async (page) => {
        await page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Kembalikan SKP ke draf?' });
        await dialog.getByRole('button', { name: 'Kembalikan ke draf' }).click();
        // no note: refused on the field, nothing sent
        await dialog.getByText('Tuliskan apa yang perlu diubah.').waitFor({ timeout: 5_000 });
        await dialog
          .getByRole('textbox', { name: /Catatan untuk pegawai/ })
          .fill('Indikator RHK 2 belum terukur; mohon dilengkapi.');
        await dialog.getByRole('button', { name: 'Kembalikan ke draf' }).click();
      },
      /Draf/,
      'id-penilaian-skp-dikembalikan.png',
      'penilaian-skp-dikembalikan',
    ),
  );
  await guard('the head approves a submitted SKP', notes, () =>
    step(
      'kadisdik',
      async (page) => {
        await page.getByRole('button', { name: 'Setujui', exact: true }).click();
        await page.getByRole('dialog', { name: 'Setujui SKP?' }).getByRole('button', { name: 'Ya, setujui' }).click();
      },
      /Disetujui/,
      'id-penilaian-skp-disetujui.png',
      'penilaian-skp-disetujui',
    ),
  );
  return { name: 'workflow: an SKP returned with a note, another approved', ok: notes.length === 0, notes };
};

/**
 * What follows a verdict: the administrator accepts an OPEN coaching recommendation (REC-3) on the employee's
 * page with a follow-up note; the row says Diterima and its history names the change.
 */
export const checkRecommendationAction = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await contextFor(browser, base, 'admin', 'id');
  const page = await context.newPage();
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  try {
    const found = await gql<{ recommendations: { nodes: { year: number; employee: { nip: string } }[] } }>(
      base,
      'admin',
      '{ recommendations(first: 1, filter: { status: { eq: OPEN }, kind: { eq: REC_3_COACHING } }, orderBy: [YEAR_DESC]) { nodes { year employee { nip } } } }',
    );
    const rec = found.recommendations.nodes[0];
    if (!rec) throw new Error('the seed has no OPEN REC-3 recommendation');
    const path = `/pegawai/${rec.employee.nip}`;
    created.push({ id: 'pegawai-rekomendasi', path, as: 'admin', ready: 'table' });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    const kind = 'Pembinaan kinerja';
    await page.getByRole('button', { name: `Terima rekomendasi ${kind} ${rec.year}` }).click();
    const dialog = page.getByRole('dialog', { name: `Terima rekomendasi ${kind} ${rec.year}?` });
    await dialog
      .getByRole('textbox', { name: /Catatan tindak lanjut/ })
      .fill('Pembinaan oleh atasan langsung mulai Desember.');
    await dialog.getByRole('button', { name: 'Terima', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Rekomendasi ${kind} ${rec.year} kini berstatus Diterima.` })
      .waitFor({ timeout: 15_000 });
    await page
      .getByRole('button', { name: /Riwayat status/ })
      .first()
      .click();
    await page.getByText('Pembinaan oleh atasan langsung mulai Desember.').first().waitFor({ timeout: 5_000 });
    await page.screenshot({ path: join(shots, 'id-pegawai-rekomendasi.png'), fullPage: true });
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
    await page.screenshot({ path: join(shots, 'FAILED-recommendation.png'), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
  return { name: 'workflow: an administrator accepts a coaching recommendation', ok: notes.length === 0, notes };
};

/** Analyst: saves a query with variables, runs it, sees the result table. */
export const checkSavedQueries = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  created.push({ id: 'analis-kueri', path: '/analis/kueri', as: 'analis', ready: 'table' });
  const context = await contextFor(browser, base, 'analis', 'id');
  const page = await context.newPage();
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  const name = `JP ${THIS_YEAR} e2e ${Date.now().toString(36)}`;
  try {
    await page.goto(`${base}/analis/kueri`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Simpan kueri baru' }).click();
    await page.getByRole('textbox', { name: /^Nama/ }).fill(name);
    await page.getByRole('textbox', { name: /^Keterangan/ }).fill('Lima pegawai pertama dengan JP tahun ini');
    await page
      .getByRole('textbox', { name: /^Kueri GraphQL/ })
      .fill(
        'query ($year: Int!) { employeeYears(first: 5, filter: { year: { eq: $year } }) { nodes { year jpDone employee { nip name } } } }',
      );
    await page.getByRole('textbox', { name: /^Variabel/ }).fill(`{"year": ${THIS_YEAR}}`);
    await page.getByRole('checkbox', { name: 'Bagikan dalam instansi' }).check();
    await page.getByRole('button', { name: 'Simpan kueri', exact: true }).click();
    await page.getByRole('rowheader', { name: new RegExp(name) }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: `Jalankan ${name}` }).click();
    await page.getByText(/5 baris dari employeeYears.nodes/).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, 'id-analis-kueri.png'), fullPage: true });
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { name: 'workflow: an analyst saves and runs a query', ok: notes.length === 0, notes };
};

/**
 * Analyst: the workbench embeds the API's GraphiQL under the production CSP (only this origin may frame it), it
 * runs a query signed in as the analyst, and "save this query" takes what GraphiQL holds into the save form.
 */
export const checkWorkbenchGraphiql = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  created.push({ id: 'analis-graphiql', path: '/analis', as: 'analis', ready: 'iframe[title^="GraphiQL"]' });
  const context = await contextFor(browser, base, 'analis', 'id');
  const page = await context.newPage();
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /frame|Content Security Policy/i.test(m.text())) notes.push(`console: ${m.text()}`);
  });
  try {
    await page.goto(`${base}/analis`, { waitUntil: 'networkidle' });
    const graphiql = page.frameLocator('iframe[title^="GraphiQL"]');
    await graphiql.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    await graphiql.locator('.graphiql-execute-button').click();
    // the example query's answer: counted rows of the analyst's scope, not a 401
    await graphiql.locator('.result-window').getByText('"totalCount"').waitFor({ timeout: 20_000 });
    const answer = (await graphiql.locator('.result-window').textContent()) ?? '';
    if (/UNAUTHENTICATED|FORBIDDEN/.test(answer)) notes.push(`GraphiQL's answer is an error: ${answer.slice(0, 200)}`);
    await page.screenshot({ path: join(shots, 'id-analis-graphiql.png'), fullPage: true });
    await page.getByRole('link', { name: 'Simpan kueri ini…' }).click();
    const query = page.getByRole('textbox', { name: /^Kueri GraphQL/ });
    await query.waitFor({ timeout: 15_000 });
    if (!(await query.inputValue()).includes('employeeYears'))
      notes.push(`the save form did not take GraphiQL's query: ${(await query.inputValue()).slice(0, 120)}`);
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
    await page.screenshot({ path: join(shots, 'FAILED-workbench-graphiql.png'), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
  return { name: 'workbench: GraphiQL embedded, runs as the analyst, its query saved', ok: notes.length === 0, notes };
};

/**
 * A session that ends mid-use (its cookie gone, as after the 10 hours or a sign-out elsewhere): the next screen's
 * request gets a 401, the app goes to the sign-in and says why, and signing in brings the person back there.
 */
export const checkSessionExpiry = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await contextFor(browser, base, 'admin', 'id');
  const page = await context.newPage();
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  try {
    await page.goto(`${base}/pelatihan`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Pelatihan' }).waitFor({ timeout: 20_000 });
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pegawai' }).click();
    await page.waitForURL(/\/masuk$/, { timeout: 20_000 });
    await page.getByRole('status').filter({ hasText: 'Sesi Anda telah berakhir' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(shots, 'id-masuk-sesi-berakhir.png'), fullPage: true });
    await page.getByRole('textbox', { name: /NIP atau nama pengguna/ }).fill('admin');
    await page.getByLabel(/Kata sandi/).fill(PASSWORDS.admin);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pegawai' }).waitFor({ timeout: 20_000 });
    if (new URL(page.url()).pathname !== '/pegawai') notes.push(`signed in to ${page.url()}, not back to /pegawai`);
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
    await page.screenshot({ path: join(shots, 'FAILED-session-expiry.png'), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
  return { name: 'an ended session goes to the sign-in, says why, and comes back', ok: notes.length === 0, notes };
};

/** axe on every route the workflows opened, in Indonesian and English, with a screenshot of each. */
export const checkWorkflowRoutes = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  for (const lang of ['id', 'en'] as const)
    for (const route of created) {
      const context = await contextFor(browser, base, route.as, lang, true);
      const page = await context.newPage();
      page.on('pageerror', (e) => notes.push(`${lang}-${route.id}: page error: ${e.message}`));
      await guard(`${lang}-${route.id}`, notes, async () => {
        await page.goto(`${base}${route.path}`, { waitUntil: 'networkidle' });
        await page.locator('h1').first().waitFor({ timeout: 15_000 });
        await page.locator(route.ready).first().waitFor({ timeout: 15_000 });
        notes.push(...(await axe(page, `${lang}-${route.id}`)));
        await page.screenshot({ path: join(shots, `${lang}-${route.id}.png`), fullPage: true });
      });
      await context.close();
    }
  if (created.length === 0) notes.push('no workflow route was opened');
  return {
    name: `workflow routes pass axe in both languages (${created.length} routes)`,
    ok: notes.length === 0,
    notes,
  };
};

/** The workflow checks, in order (the axe pass last: it opens what the others made). */
export const WORKFLOW_CHECKS = [
  checkTrainingWorkflow,
  checkEvaluationWorkflow,
  checkSkpLifecycle,
  checkRecommendationAction,
  checkSavedQueries,
  checkWorkbenchGraphiql,
  checkSessionExpiry,
  checkWorkflowRoutes,
];
