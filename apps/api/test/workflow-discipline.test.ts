import { testDrivers } from '@kinerja/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

type UserError = { code: string; field: string[] | null; message: string; rule: string | null };

const RECORD_SANCTION = `mutation($input: RecordSanctionInput!) {
  recordSanction(input: $input) {
    sanction { level type startDate months decidedBy decreeNumber }
    employee {
      nip rankPromotionDueOn
      rankPromotion(on: "2026-12-01") { eligible checks { rule check ok detail } }
      eligibility(level: PENGAWAS) { eligible checks { rule check ok } }
    }
    userErrors { code field message rule }
  }
}`;
type Result = {
  recordSanction: {
    sanction: { level: string; type: string; startDate: string; months: number | null; decidedBy: string } | null;
    employee: {
      nip: string;
      rankPromotionDueOn: string | null;
      rankPromotion: { eligible: boolean; checks: { rule: string; check: string; ok: boolean; detail: string }[] };
      eligibility: { eligible: boolean; checks: { rule: string; check: string; ok: boolean }[] };
    } | null;
    userErrors: UserError[];
  };
};

describe.each(testDrivers())('discipline workflows on %s', (driver) => {
  let api: TestApi;
  let admin: TestClient;
  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    admin = await api.as('admin');
  });
  afterAll(async () => {
    await api?.close();
  });

  const snapshot = async () => {
    const { rows } = await sql<{ rows: number; audit: number }>`select
      (select count(*)::int from sanction) as rows,
      (select count(*)::int from audit_log where entity = 'sanction') as audit`.execute(api.db);
    return rows[0];
  };
  /** Employees of Pemkot due a rank promotion on 2026-12-01 (MERIT-2 in the read model), with no sanction. */
  const duePromotion = () =>
    api.db
      .selectFrom('employee as e')
      .innerJoin('instansi as i', 'i.id', 'e.instansi_id')
      .select(['e.id', 'e.nip'])
      .where('i.code', '=', 'PEMKOT_TEBING_TINGGI')
      .where('e.rank_promotion_due_on', '=', '2026-12-01')
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('sanction as s').select('s.id').whereRef('s.employee_id', '=', 'e.id'))),
      )
      .orderBy('e.id')
      .execute();
  const record = (client: TestClient, input: Record<string, unknown>) => client.gql<Result>(RECORD_SANCTION, { input });

  it('an admin records a SEDANG sanction decided by the authority: level and months follow from the type (DISC-1), promotion is blocked at once (DISC-2)', async () => {
    const [e] = await duePromotion();
    if (!e) throw new Error('the seed has no employee due a promotion');
    const before = await snapshot();
    const r = await record(admin, {
      employeeId: encodeGlobalID('Employee', e.id),
      type: 'POTONGAN_TUKIN_25_6_BULAN',
      startDate: '2026-11-01',
      decidedBy: 'Wali Kota Tebing Tinggi',
      decreeNumber: '800.1.6.4/123/BKPSDM/2026',
      reason: 'Tidak masuk kerja tanpa alasan yang sah',
    });
    expect(r.data?.recordSanction.userErrors).toEqual([]);
    expect(r.data?.recordSanction.sanction).toEqual({
      level: 'SEDANG',
      type: 'POTONGAN_TUKIN_25_6_BULAN',
      startDate: '2026-11-01',
      months: 6,
      decidedBy: 'Wali Kota Tebing Tinggi',
      decreeNumber: '800.1.6.4/123/BKPSDM/2026',
    });
    const employee = r.data?.recordSanction.employee;
    expect(employee?.rankPromotionDueOn).toBeNull();
    expect(employee?.rankPromotion.eligible).toBe(false);
    const disc = employee?.rankPromotion.checks.find((c) => c.rule === 'DISC-2');
    expect(disc).toMatchObject({ check: 'no-blocking-sanction', ok: false });
    expect(disc?.detail).toContain('POTONGAN_TUKIN_25_6_BULAN');
    expect(employee?.eligibility.checks.find((c) => c.rule === 'DISC-2')?.ok).toBe(false);
    expect(await snapshot()).toEqual({ rows: (before?.rows ?? 0) + 1, audit: (before?.audit ?? 0) + 1 });
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['actor', 'reason'])
      .where('entity', '=', 'sanction')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor: 'admin', reason: 'Tidak masuk kerja tanpa alasan yang sah' });
    // The read model follows: the employee is no longer listed as due.
    const due = await admin.gql<{ rankPromotionsDue: { employee: { nip: string } }[] }>(
      '{ rankPromotionsDue(on: "2026-12-01", first: 1000) { employee { nip } } }',
    );
    expect(due.data?.rankPromotionsDue.map((d) => d.employee.nip)).not.toContain(e.nip);
  });

  it('a RINGAN sanction is recorded for the policy’s months and does not block promotion by default (DISC-2)', async () => {
    const [, e] = await duePromotion();
    if (!e) throw new Error('the seed has no second employee due a promotion');
    const r = await record(admin, {
      employeeId: encodeGlobalID('Employee', e.id),
      type: 'TEGURAN_TERTULIS',
      startDate: '2026-10-01',
      decidedBy: 'Kepala Perangkat Daerah',
    });
    expect(r.data?.recordSanction.userErrors).toEqual([]);
    expect(r.data?.recordSanction.sanction).toMatchObject({ level: 'RINGAN', months: null });
    expect(r.data?.recordSanction.employee?.rankPromotionDueOn).toBe('2026-12-01');
    expect(r.data?.recordSanction.employee?.rankPromotion.eligible).toBe(true);
  });

  it('refuses, writing nothing: other roles, the same sanction twice, no authority, an unknown employee, another instansi', async () => {
    const [, , e] = await duePromotion();
    if (!e) throw new Error('no employee');
    const base = {
      employeeId: encodeGlobalID('Employee', e.id),
      type: 'PENURUNAN_JABATAN_12_BULAN',
      startDate: '2026-09-01',
      decidedBy: 'Wali Kota Tebing Tinggi',
    };
    expect((await record(admin, base)).data?.recordSanction.userErrors).toEqual([]);
    const bkn = await api.db
      .selectFrom('employee as e')
      .innerJoin('instansi as i', 'i.id', 'e.instansi_id')
      .select('e.id')
      .where('i.code', '=', 'BKN')
      .executeTakeFirstOrThrow();
    const [penilai, kadisdik, analis] = await Promise.all([api.as('penilai'), api.as('kadisdik'), api.as('analis')]);
    const before = await snapshot();
    const cases: [TestClient, Record<string, unknown>, Partial<UserError>][] = [
      [penilai, { ...base, startDate: '2026-08-01' }, { code: 'FORBIDDEN' }],
      [kadisdik, { ...base, startDate: '2026-08-01' }, { code: 'FORBIDDEN' }],
      [analis, { ...base, startDate: '2026-08-01' }, { code: 'FORBIDDEN' }],
      [admin, base, { code: 'DUPLICATE', rule: 'DISC-1', field: ['input', 'startDate'] }],
      [
        admin,
        { ...base, startDate: '2026-08-01', decidedBy: '  ' },
        { code: 'INVALID_INPUT', field: ['input', 'decidedBy'] },
      ],
      [admin, { ...base, employeeId: encodeGlobalID('Employee', 999_999) }, { code: 'NOT_FOUND' }],
      [admin, { ...base, employeeId: encodeGlobalID('Employee', bkn.id) }, { code: 'FORBIDDEN' }],
      [admin, { ...base, employeeId: 'not-an-id' }, { code: 'INVALID_INPUT', field: ['input', 'employeeId'] }],
    ];
    for (const [client, input, error] of cases) {
      const r = await record(client, input);
      expect(r.data?.recordSanction.sanction).toBeNull();
      expect(r.data?.recordSanction.userErrors[0]).toMatchObject(error);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('an unknown sanction type is refused by the schema (DISC-1 lists every type)', async () => {
    const before = await snapshot();
    const r = await record(admin, {
      employeeId: encodeGlobalID('Employee', 1),
      type: 'SKORSING',
      startDate: '2026-09-01',
      decidedBy: 'Wali Kota',
    });
    expect(r.errors?.[0]?.message).toMatch(/SKORSING/);
    expect(await snapshot()).toEqual(before);
  });
});
