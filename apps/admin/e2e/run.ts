/**
 * The admin app in a real browser: builds the app, starts the real API (`pnpm --filter @kinerja/api start`) on a
 * fresh embedded database (a temporary PGLITE_DIR, seeded with the demo data) on a free localhost port, serving
 * dist/ at `/` (ADMIN_DIST), drives
 * Debian's Chromium through playwright-core, opens every route in both languages (and in dark mode), fails on any
 * page error or any serious or critical axe-core violation, and writes a screenshot of each to screenshots/. Then a
 * few behaviours a person relies on: the skip link, the EVAL-10 guard reacting to a change, list state in the URL.
 * The data screens (dashboards, the employee list, an employee page) must show the seeded data before they count.
 *
 *   pnpm --filter @kinerja/admin e2e              build, then check
 *   pnpm --filter @kinerja/admin e2e --no-build   check the dist/ already built
 *   ... e2e --no-build --skip-pages                 only the behaviours (while working on one; CI runs all)
 *
 * CHROMIUM_PATH overrides /usr/bin/chromium. No browser is downloaded and no page leaves localhost.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { WORKFLOW_CHECKS } from './workflows.js';

/** The charts of the Dasbor: predikat, JP, 9-box, recommendations, rank promotions due. */
const CHARTS = 5;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shots = join(root, 'screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The demo users of the seed (packages/db/README.md) the run signs in as. */
const DEMO_USERS = {
  admin: 'admin-kinerja-2026',
  analis: 'analis-kinerja-2026',
  kadisdik: 'kadisdik-kinerja-2026',
} as const;
type DemoUser = keyof typeof DEMO_USERS;

/**
 * A route, opened signed in as `as` (null: signed out); `ready` waits until the page shows the seeded data (and
 * fails the page if it never does).
 */
type Route = { id: string; path: string; as: DemoUser | null; ready?: (page: Page) => Promise<void> };

/** An employee of the seed with a pangkat (a PNS), so that the page shows every checklist. */
type SeedEmployee = { nip: string; name: string };
/** A seeded training program with sessions, for its page. */
type SeedProgram = { id: string; name: string };

const routesFor = (employee: SeedEmployee, program: SeedProgram): Route[] => [
  { id: 'beranda', path: '/', as: 'admin' },
  {
    id: 'pelatihan',
    as: 'admin',
    path: '/pelatihan?kind=COURSE&sort=-jp',
    // a program link in the list
    ready: async (page) => {
      await page.locator('a[href^="/pelatihan/"]').first().waitFor({ timeout: 20_000 });
    },
  },
  {
    id: 'pelatihan-detail',
    as: 'admin',
    path: `/pelatihan/${encodeURIComponent(program.id)}`,
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: program.name }).waitFor({ timeout: 20_000 });
      // the sessions with their places, and the participants
      await page.locator('a[href^="/pegawai/"]').first().waitFor({ timeout: 20_000 });
    },
  },
  {
    id: 'pelatihan-jadwal',
    as: 'admin',
    path: '/pelatihan/jadwal',
    // this month's sessions of the seed in the calendar, each a link to its session
    ready: async (page) => {
      await page.locator('table a[href^="/pelatihan/"]').first().waitFor({ timeout: 20_000 });
    },
  },
  {
    id: 'pelatihan-jadwal-daftar',
    as: 'admin',
    path: '/pelatihan/jadwal?tampilan=daftar',
    ready: async (page) => {
      await page.locator('table a[href^="/pelatihan/"]').first().waitFor({ timeout: 20_000 });
    },
  },
  {
    id: 'pegawai',
    as: 'admin',
    path: '/pegawai?q=Agus&sort=nip',
    // a NIP link in the list, and the total of the filtered set
    ready: async (page) => {
      await page.locator('a[href^="/pegawai/"]').first().waitFor({ timeout: 20_000 });
    },
  },
  {
    id: 'pegawai-detail',
    as: 'admin',
    path: `/pegawai/${employee.nip}`,
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: employee.name }).waitFor({ timeout: 20_000 });
      // the rank promotion checklist names its MERIT-2 checks
      await page.getByRole('cell', { name: 'MERIT-2' }).first().waitFor({ timeout: 20_000 });
    },
  },
  {
    id: 'penilaian',
    path: '/penilaian',
    as: 'kadisdik',
    // the SKPs of the head's subordinates: a NIP in the list
    ready: async (page) => {
      await page
        .getByRole('cell', { name: /^\d{18}$/ })
        .first()
        .waitFor({ timeout: 30_000 });
    },
  },
  {
    id: 'dasbor',
    as: 'admin',
    path: '/dasbor',
    // every chart has its data: its "view as table" is enabled (predikat, JP, 9-box, recommendations, promotions due)
    ready: async (page) => {
      const buttons = page.getByRole('button', { name: /Lihat sebagai tabel|View as table/ });
      await page.waitForFunction(
        (charts) =>
          [...document.querySelectorAll('button[aria-pressed]')].filter((b) => !(b as HTMLButtonElement).disabled)
            .length === charts,
        CHARTS,
        { timeout: 30_000 },
      );
      if ((await buttons.count()) !== CHARTS) throw new Error(`${await buttons.count()} charts, expected ${CHARTS}`);
    },
  },
  { id: 'analis', path: '/analis', as: 'analis' },
  { id: 'masuk', path: '/masuk', as: null },
];
const LANGUAGES = ['id', 'en'] as const;
type Scheme = 'light' | 'dark';
/** Every route in both languages in light mode, and every route in Indonesian in dark mode. */
const RUNS: { lang: (typeof LANGUAGES)[number]; scheme: Scheme }[] = [
  { lang: 'id', scheme: 'light' },
  { lang: 'en', scheme: 'light' },
  { lang: 'id', scheme: 'dark' },
];
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/** How many pages are checked at the same time. */
const PAGES_AT_ONCE = Number(process.env.E2E_PAGES_AT_ONCE ?? 2);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

type Outcome = { name: string; ok: boolean; notes: string[] };

/** axe-core, injected from node_modules, on the page as it is now: serious and critical violations, as notes. */
const axeCheck = async (page: Page, name: string): Promise<string[]> => {
  await page.addScriptTag({ path: axePath });
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  const failing: string[] = [];
  for (const v of results.violations) {
    const nodes = v.nodes
      .slice(0, 4)
      .map(
        (n) =>
          `\n         - ${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`,
      )
      .join('');
    const line = `axe ${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length} element(s))${nodes}`;
    if (FAILING_IMPACTS.has(v.impact ?? '')) failing.push(line);
    else console.log(`    note ${name}: ${line}`);
  }
  return failing;
};

/** A session cookie of each demo user, from the API's own signIn (the cookie is HTTP-only, as in the app). */
const sessions = new Map<DemoUser, string>();

/** Signs in through the API as a demo user and returns the session cookie (`name=value`) it sets. */
const signInCookie = async (base: string, user: DemoUser): Promise<string> => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { viewer { username } userErrors { message } } }',
      variables: { input: { login: user, password: DEMO_USERS[user] } },
    }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`signing in as ${user} set no cookie: ${await response.text()}`);
  return cookie;
};

/** A browser context signed in as the user (its cookie added), or signed out for null. */
const newContext = async (browser: Browser, base: string, user: DemoUser | null, scheme: Scheme = 'light') => {
  // the API's Content-Security-Policy allows no inline script; axe-core is injected as one, so the test bypasses it
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    colorScheme: scheme,
    bypassCSP: true,
  });
  const cookie = user ? sessions.get(user) : undefined;
  if (user && !cookie) throw new Error(`no session for ${user}`);
  if (cookie) {
    const at = cookie.indexOf('=');
    await context.addCookies([
      { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: base, httpOnly: true, sameSite: 'Lax' },
    ]);
  }
  return context;
};

const checkPage = async (
  browser: Browser,
  base: string,
  route: Route,
  lang: string,
  scheme: Scheme,
): Promise<Outcome> => {
  const name = `${lang}${scheme === 'dark' ? '-dark' : ''}-${route.id}`;
  const notes: string[] = [];
  const context = await newContext(browser, base, route.as, scheme);
  await context.addInitScript(
    ([l, s]) => {
      localStorage.setItem('kinerja.language', l);
      localStorage.setItem('kinerja.color-scheme', s);
    },
    [lang, scheme] as const,
  );
  // nothing leaves localhost
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
  const page: Page = await context.newPage();
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') notes.push(`console error: ${m.text()}`);
  });
  try {
    await page.goto(`${base}${route.path}`, { waitUntil: 'networkidle' });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 20_000 });
    if (route.ready) await route.ready(page);
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    if (htmlLang !== lang) notes.push(`<html lang> is "${htmlLang}", expected "${lang}"`);
    const shownScheme = await page.evaluate(() => document.documentElement.dataset.mantineColorScheme);
    if (shownScheme !== scheme) notes.push(`color scheme is "${shownScheme}", expected "${scheme}"`);

    notes.push(...(await axeCheck(page, name)));
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { name, ok: notes.length === 0, notes };
};

/** Keyboard: the skip link is the first stop and moves focus to the main content. */
const checkSkipLink = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await newContext(browser, base, 'admin');
  const page = await context.newPage();
  try {
    await page.goto(`${base}/pelatihan`, { waitUntil: 'networkidle' });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (first !== 'Lewati ke konten utama') notes.push(`first Tab stop is "${first}", not the skip link`);
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    if (focused !== 'main') notes.push(`Enter on the skip link focused "${focused}", not #main`);
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { name: 'keyboard-skip-link', ok: notes.length === 0, notes };
};

/** The EVAL-10 guard reacts to a change being entered, in the browser (the domain's rule, bundled). */
const checkGuardReacts = async (browser: Browser, base: string, scheme: Scheme): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await newContext(browser, base, 'kadisdik');
  await context.addInitScript((s) => localStorage.setItem('kinerja.color-scheme', s), scheme);
  const page = await context.newPage();
  try {
    await page.goto(`${base}/penilaian`, { waitUntil: 'networkidle' });
    await page.getByRole('combobox', { name: 'Perubahan dari' }).selectOption('BUTUH_PERBAIKAN');
    await page.getByRole('combobox', { name: 'Menjadi' }).selectOption('BAIK');
    await page.getByText('akan melanggar: Baik paling banyak 70%').waitFor({ timeout: 5_000 });
    await page.getByText('2 batas dilanggar').waitFor({ timeout: 5_000 });
    notes.push(...(await axeCheck(page, `guard-reacts-${scheme}`)));
    const suffix = scheme === 'dark' ? '-dark' : '';
    await page.screenshot({ path: join(shots, `id${suffix}-penilaian-guard.png`), fullPage: true });
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { name: `guard-reacts-to-a-pending-change (${scheme})`, ok: notes.length === 0, notes };
};

/**
 * Sign-in through the form: a signed-out visit to a screen goes to the sign-in, the demo admin's credentials bring
 * it back to that screen (the session is the API's HTTP-only cookie), and signing out ends it.
 */
const checkSignIn = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await newContext(browser, base, null);
  const page = await context.newPage();
  try {
    await page.goto(`${base}/pelatihan?kind=COURSE`, { waitUntil: 'networkidle' });
    await page.waitForURL(/\/masuk$/, { timeout: 30_000 });
    await page.getByRole('textbox', { name: /NIP atau nama pengguna/ }).fill('admin');
    await page.getByLabel(/Kata sandi/).fill('salah-sekali');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: 'kata sandi salah' }).waitFor({ timeout: 30_000 });
    await page.getByLabel(/Kata sandi/).fill(DEMO_USERS.admin);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pelatihan' }).waitFor({ timeout: 30_000 });
    if (new URL(page.url()).search !== '?kind=COURSE') notes.push(`signed in to ${page.url()}, not the screen asked`);
    const cookies = await context.cookies();
    if (!cookies.some((c) => c.httpOnly)) notes.push('the session cookie is not HTTP-only');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    if (/token/i.test(stored)) notes.push(`localStorage holds a token: ${stored}`);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Pelatihan' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(/\/masuk$/, { timeout: 30_000 });
    await page.goto(`${base}/pelatihan`, { waitUntil: 'networkidle' });
    await page.waitForURL(/\/masuk$/, { timeout: 30_000 });
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { name: 'sign-in-and-out-through-the-form', ok: notes.length === 0, notes };
};

/** A list's filter goes into the URL and comes back from it after a reload. */
const checkListUrlState = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await newContext(browser, base, 'admin');
  const page = await context.newPage();
  try {
    await page.goto(`${base}/pegawai`, { waitUntil: 'networkidle' });
    await page.getByRole('combobox', { name: 'Saring Pangkat' }).selectOption('III_A');
    const searchHas = (param: string, value: string) =>
      page.waitForFunction(([p, v]) => new URLSearchParams(location.search).get(p) === v, [param, value] as const, {
        timeout: 5_000,
      });
    await searchHas('pangkat', 'III_A');
    await page.getByRole('button', { name: /^NIP/ }).click();
    await searchHas('sort', 'nip');
    await page.reload({ waitUntil: 'networkidle' });
    const pangkat = await page.getByRole('combobox', { name: 'Saring Pangkat' }).inputValue();
    if (pangkat !== 'III_A') notes.push(`after a reload the pangkat filter holds "${pangkat}"`);
    // every row shown is of that pangkat (the filter ran on the server)
    const cells = await page.locator('tbody tr > :nth-child(4)').allTextContents();
    if (cells.length === 0) notes.push('no employee of pangkat III/a is listed');
    const other = cells.filter((c) => !c.includes('III/a'));
    if (other.length > 0) notes.push(`rows of another pangkat are listed: ${other.slice(0, 3).join(', ')}`);
    const sort = await page.getByRole('columnheader', { name: /NIP/ }).getAttribute('aria-sort');
    if (sort !== 'ascending') notes.push(`after a reload NIP is sorted "${sort}"`);
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { name: 'list-state-survives-a-reload', ok: notes.length === 0, notes };
};

/**
 * The session schedule: reached from the training list, a month of sessions as a calendar or a list, the month and
 * the view in the URL (so the browser's back button undoes a step), and today's cell marked.
 */
const checkSchedule = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await newContext(browser, base, 'admin');
  const page = await context.newPage();
  const param = (name: string) => new URL(page.url()).searchParams.get(name);
  try {
    await page.goto(`${base}/pelatihan`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Jadwal sesi' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 20_000 });
    const calendar = page.getByRole('table', { name: /^Sesi pelatihan/ });
    await calendar.waitFor({ timeout: 20_000 });
    if ((await calendar.locator('[aria-current="date"]').count()) !== 1) notes.push('today is not marked once');
    const now = new Date();
    const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    await page.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await page.waitForFunction((m) => new URLSearchParams(location.search).get('bulan') !== m, thisMonth, {
      timeout: 10_000,
    });
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('tampilan') === 'daftar', null, {
      timeout: 10_000,
    });
    await page.getByRole('table', { name: /sesi pelatihan/ }).waitFor({ timeout: 20_000 });
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('tampilan') !== 'daftar', null, {
      timeout: 10_000,
    });
    await page.getByRole('button', { name: 'Hari ini' }).click();
    await page.waitForFunction((m) => (new URLSearchParams(location.search).get('bulan') ?? m) === m, thisMonth, {
      timeout: 10_000,
    });
    if (param('tampilan') === 'daftar') notes.push('back did not return to the calendar');
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { name: 'schedule-month-and-view-in-the-url', ok: notes.length === 0, notes };
};

/**
 * On a phone (390 × 844): the navigation hides behind the menu button and opens with it, and the main screens fit
 * the width (their tables scroll inside themselves, the page does not), with no serious axe violation.
 */
const checkNarrowScreen = async (browser: Browser, base: string): Promise<Outcome> => {
  const notes: string[] = [];
  const context = await newContext(browser, base, 'admin');
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    for (const path of ['/pelatihan', '/pegawai', '/dasbor', '/pelatihan/jadwal']) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor({ timeout: 20_000 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 1) notes.push(`${path}: the page is ${overflow}px wider than the phone`);
      notes.push(...(await axeCheck(page, `narrow${path}`)));
      await page.screenshot({ path: join(shots, `id-hp${path.replaceAll('/', '-')}.png`), fullPage: false });
    }
    // the closed navigation is moved off the screen to its left (Mantine's AppShell), the open one is on it
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    const onScreen = async () => {
      const box = await nav.boundingBox();
      return box !== null && box.x + box.width > 0;
    };
    if (await onScreen()) notes.push('the navigation shows before the menu is opened');
    await page.getByRole('button', { name: 'Buka navigasi' }).click();
    await page.waitForTimeout(400); // the navbar's slide-in transition
    if (!(await onScreen())) notes.push('the menu button did not bring the navigation on screen');
    await nav.getByRole('link', { name: 'Pegawai' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pegawai' }).waitFor({ timeout: 20_000 });
  } catch (e) {
    notes.push(`failed: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { name: 'a-phone-screen-fits-and-has-its-menu', ok: notes.length === 0, notes };
};

/** The real API on a fresh embedded database in a temporary folder, serving dist/; stopped by `stop`. */
const startApi = async (port: number) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'kinerja-e2e-'));
  // the pnpm that runs this script (CI may call it through npx, with no pnpm on PATH), else the one on PATH
  const execPath = process.env.npm_execpath;
  const [command, ...prefix] = !execPath
    ? ['pnpm']
    : /\.[cm]?js$/.test(execPath)
      ? [process.execPath, execPath]
      : [execPath];
  const api: ChildProcess = spawn(command ?? 'pnpm', [...prefix, '--filter', '@kinerja/api', 'start'], {
    cwd: join(root, '..', '..'),
    env: {
      ...process.env,
      PGLITE_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN_DIST: join(root, 'dist'),
      // production, as deployed (security headers, CSP), with or without this run's build: a secret for this run,
      // and the demo users' documented passwords allowed on this localhost-only demo
      NODE_ENV: 'production',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      ALLOW_DEMO_PASSWORDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  api.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  api.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const stop = async () => {
    if (api.pid !== undefined && api.exitCode === null) {
      const exited = new Promise<void>((resolve) => api.once('exit', () => resolve()));
      process.kill(-api.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (api.exitCode !== null) {
      await stop();
      throw new Error(`the API exited (${api.exitCode}):\n${log.slice(-2000)}`);
    }
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API did not answer /healthz within 180 s:\n${log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { stop, dataDir };
};

/** A seeded PNS with a pangkat, asked from the API itself (the same request shape as the app's). */
const seedEmployee = async (base: string): Promise<SeedEmployee> => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: sessions.get('admin') ?? '' },
    body: JSON.stringify({
      query:
        '{ employees(first: 1, filter: { currentPangkat: { isNull: false }, latestPredikat: { isNull: false } }, orderBy: [NIP_ASC]) { totalCount nodes { nip name } } }',
    }),
  });
  const body = (await response.json()) as {
    data?: { employees: { totalCount: number; nodes: SeedEmployee[] } };
    errors?: { message: string }[];
  };
  const first = body.data?.employees.nodes[0];
  if (!first) throw new Error(`no seeded employee: ${JSON.stringify(body.errors ?? body)}`);
  console.log(`e2e: ${body.data?.employees.totalCount} seeded employees with a pangkat; opening ${first.nip}`);
  return first;
};

/** A seeded training program with sessions, asked from the API itself. */
const seedProgram = async (base: string): Promise<SeedProgram> => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: sessions.get('admin') ?? '' },
    body: JSON.stringify({
      query:
        '{ trainingPrograms(first: 1, filter: { sessions: { some: { enrolments: { some: {} } } } }, orderBy: [CODE_ASC]) { nodes { id name } } }',
    }),
  });
  const body = (await response.json()) as {
    data?: { trainingPrograms: { nodes: SeedProgram[] } };
    errors?: { message: string }[];
  };
  const first = body.data?.trainingPrograms.nodes[0];
  if (!first) throw new Error(`no seeded training program: ${JSON.stringify(body.errors ?? body)}`);
  return first;
};

const main = async () => {
  const started = Date.now();
  if (!process.argv.includes('--no-build')) {
    console.log('e2e: building the app (vite build)');
    await build({ root, logLevel: 'warn' });
  }
  await mkdir(shots, { recursive: true });
  const port = await freePort();
  const api = await startApi(port);
  const base = `http://127.0.0.1:${port}`;
  console.log(`e2e: the API on ${base} (fresh database in ${api.dataDir}) serves dist/`);
  const seeded = async () => {
    for (const user of Object.keys(DEMO_USERS) as DemoUser[]) sessions.set(user, await signInCookie(base, user));
    return Promise.all([seedEmployee(base), seedProgram(base)]);
  };
  const [employee, program] = await seeded().catch(async (e: unknown) => {
    await api.stop();
    throw e;
  });
  const ROUTES = routesFor(employee, program);
  const browser = await chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    })
    .catch(async (e: unknown) => {
      await api.stop();
      throw e;
    });
  console.log(`e2e: Chromium ${browser.version()}`);
  const outcomes: Outcome[] = [];
  try {
    // each page in its own context, PAGES_AT_ONCE at a time (a page mostly waits for the API and for axe)
    const pages = process.argv.includes('--skip-pages')
      ? []
      : RUNS.flatMap((run) => ROUTES.map((route) => ({ run, route })));
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < pages.length; i = next++) {
        const { run, route } = pages[i] as (typeof pages)[number];
        const outcome = await checkPage(browser, base, route, run.lang, run.scheme);
        outcomes.push(outcome);
        console.log(`  ${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name}`);
        for (const n of outcome.notes) console.log(`       ${n}`);
      }
    };
    await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
    const checks = [
      checkSignIn,
      checkSkipLink,
      (b: Browser, u: string) => checkGuardReacts(b, u, 'light'),
      (b: Browser, u: string) => checkGuardReacts(b, u, 'dark'),
      checkListUrlState,
      checkSchedule,
      checkNarrowScreen,
      ...WORKFLOW_CHECKS,
    ];
    for (const check of checks) {
      const outcome = await check(browser, base);
      outcomes.push(outcome);
      console.log(`  ${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name}`);
      for (const n of outcome.notes) console.log(`       ${n}`);
    }
  } finally {
    await browser.close();
    await api.stop();
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`e2e: screenshots in ${shots} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`${outcomes.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
};

await main();
