import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import type { EnrolmentStatus } from './enrolment.js';
import { type EnrolmentFacts, trainingStatus } from './training-status.js';

const e = (status: EnrolmentStatus, programJp: number, jpCredited: number | null = null, start = '2025-03-01') =>
  ({ status, programJp, jpCredited, sessionStart: date(start) }) satisfies EnrolmentFacts;

const pns = (enrolments: EnrolmentFacts[], policy = DEFAULT_POLICY) =>
  trainingStatus({ year: 2025, employment: 'PNS', enrolments, policy });

describe('DEV-1 entitlement status', () => {
  it('DEV-1: a PNS is owed 20 JP; 20 JP done meet it, 19 do not', () => {
    const met = pns([e('COMPLETED', 20)]);
    expect(met).toMatchObject({ jpTarget: 20, jpDone: 20, jpPlanned: 0, shortfall: 0, met: true });
    const short = pns([e('COMPLETED', 19)]);
    expect(short).toMatchObject({ jpDone: 19, shortfall: 1, met: false });
    expect(short.checks.find((c) => c.check === 'jp-done-meets-entitlement')).toMatchObject({
      rule: 'DEV-1',
      ok: false,
      detail: '19 JP done in 2025; a PNS is owed 20 JP',
    });
  });

  it('DEV-1: JP count only from COMPLETED enrolments; ENROLLED and ATTENDED are planned', () => {
    const s = pns([
      e('COMPLETED', 8),
      e('ENROLLED', 6),
      e('ATTENDED', 4),
      e('FAILED', 10),
      e('WITHDRAWN', 10),
      e('WAITLISTED', 10),
    ]);
    expect(s).toMatchObject({ jpDone: 8, jpPlanned: 10, shortfall: 2, met: false });
    expect(s.checks.find((c) => c.check === 'jp-planned-covers-entitlement')?.detail).toBe(
      '8 JP done and 10 planned in 2025: 2 JP short of the 20 owed',
    );
  });

  it('DEV-1: the JP credited are at most the program JP; a missing credit counts the program JP', () => {
    expect(pns([e('COMPLETED', 8, 30)]).jpDone).toBe(8);
    expect(pns([e('COMPLETED', 8, 5)]).jpDone).toBe(5);
    expect(pns([e('COMPLETED', 8, null)]).jpDone).toBe(8);
  });

  it('DEV-1: only sessions that start in the year count', () => {
    const s = pns([e('COMPLETED', 20, null, '2024-12-31'), e('COMPLETED', 6, null, '2025-01-01')]);
    expect(s.jpDone).toBe(6);
  });

  it('DEV-1: the target follows policy.annualJp', () => {
    expect(pns([e('COMPLETED', 20)], { ...DEFAULT_POLICY, annualJp: 30 })).toMatchObject({ met: false, shortfall: 10 });
  });

  it('DEV-1: a PPPK is given at most policy.pppkMaxJp (24): done and planned are capped, with a check', () => {
    const s = trainingStatus({
      year: 2025,
      employment: 'PPPK',
      enrolments: [e('COMPLETED', 16), e('COMPLETED', 16), e('ENROLLED', 8)],
      policy: DEFAULT_POLICY,
    });
    expect(s).toMatchObject({ jpTarget: 20, jpDone: 24, jpPlanned: 0, shortfall: 0, met: true });
    expect(s.checks.find((c) => c.check === 'pppk-within-cap')).toMatchObject({ ok: false });
    const under = trainingStatus({
      year: 2025,
      employment: 'PPPK',
      enrolments: [e('COMPLETED', 10)],
      policy: DEFAULT_POLICY,
    });
    expect(under.checks.find((c) => c.check === 'pppk-within-cap')?.ok).toBe(true);
    expect(under.jpTarget).toBe(20);
  });
});
