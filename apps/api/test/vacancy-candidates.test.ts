import { testDrivers } from '@kinerja/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlResponse, startTestApi, type TestApi, type TestClient } from './harness.js';

/**
 * The candidate list of a managerial vacancy (MERIT-6) at scale: every PNS of the instansi is judged, yet the
 * statements of the request do not grow with the instansi, and any page of it (the first few, the eligible only, a
 * page reaching past the eligible into the ineligible) is the head of the whole list, entry for entry.
 */

const CANDIDATE =
  'rank eligible successionMember talentBox latestPredikat potentialScore competencyMatch serviceYears employee { id nip } checks { rule check ok detail }';
const OPEN_VACANCY = `mutation($input: OpenVacancyInput!) {
  openVacancy(input: $input) { vacancy { id } userErrors { code message } }
}`;
const CANDIDATES = `query($id: ID!, $first: Int, $eligibleOnly: Boolean) {
  node(id: $id) { ... on Vacancy { candidates(first: $first, eligibleOnly: $eligibleOnly) { ${CANDIDATE} } } }
}`;

type Candidate = { rank: number | null; eligible: boolean; employee: { id: string; nip: string } };
type Candidates = GqlResponse<{ node: { candidates: Candidate[] } }>;

describe.each(testDrivers())('the candidate list of a vacancy (MERIT-6) on %s', (driver) => {
  /** Two instansi databases, one twice the other's size. */
  let small: TestApi;
  let large: TestApi;
  const vacancies = new Map<TestApi, { admin: TestClient; id: string }>();

  const openIn = async (api: TestApi) => {
    const admin = await api.as('admin');
    const r = await admin.gql<{ openVacancy: { vacancy: { id: string } | null; userErrors: unknown[] } }>(
      OPEN_VACANCY,
      {
        input: { unitId: encodeGlobalID('Unit', 2), target: 'PENGAWAS', title: 'Kepala Subbagian Umum' },
      },
    );
    const id = r.data?.openVacancy.vacancy?.id;
    if (!id) throw new Error(`openVacancy: ${JSON.stringify(r.errors ?? r.data)}`);
    vacancies.set(api, { admin, id });
  };
  const candidates = async (api: TestApi, first: number, eligibleOnly = false): Promise<Candidates> => {
    const v = vacancies.get(api);
    if (!v) throw new Error('no vacancy opened');
    const r = await v.admin.gql<{ node: { candidates: Candidate[] } }>(CANDIDATES, { id: v.id, first, eligibleOnly });
    expect(r.errors).toBeUndefined();
    return r;
  };
  const listOf = (r: Candidates) => r.data?.node.candidates ?? [];

  beforeAll(async () => {
    [small, large] = await Promise.all([
      startTestApi(driver, { employees: 150 }),
      startTestApi(driver, { employees: 300 }),
    ]);
    await Promise.all([openIn(small), openIn(large)]);
  });
  afterAll(async () => {
    await Promise.all([small?.close(), large?.close()]);
  });

  it('runs the same statements for an instansi of 150 or 300 employees and for a page of 1 or 1000', async () => {
    const counts = [];
    for (const api of [small, large])
      for (const [first, eligibleOnly] of [
        [1, false],
        [1000, false],
        [1000, true],
      ] as const) {
        const r = await candidates(api, first, eligibleOnly);
        expect(listOf(r).length).toBeGreaterThan(0);
        counts.push(r.extensions?.sqlStatements);
      }
    expect(listOf(await candidates(large, 1000)).length).toBeGreaterThan(listOf(await candidates(small, 1000)).length);
    // The vacancy (node), the policy, the competency standards, the instansi's candidates and each of their five
    // fact tables (annual predikats, sanctions, positions, latest assessments, last year's enrolments), then the
    // page's employees: 10, whatever the size of the instansi or of the page.
    expect(counts).toEqual(counts.map(() => 10));
  });

  it('a page is the head of the whole list: the first few, the eligible only, and a page past the eligible', async () => {
    const all = listOf(await candidates(small, 1000));
    const eligible = all.filter((c) => c.eligible);
    expect(eligible.length).toBeGreaterThan(2);
    expect(all.length).toBeGreaterThan(eligible.length + 3);
    expect(all.slice(0, eligible.length).every((c) => c.eligible)).toBe(true);
    for (const first of [0, 1, eligible.length - 1, eligible.length, eligible.length + 1, eligible.length + 3])
      expect(listOf(await candidates(small, first))).toEqual(all.slice(0, first));
    for (const first of [0, 2, 1000])
      expect(listOf(await candidates(small, first, true))).toEqual(eligible.slice(0, first));
  });
});
