import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import type { Predikat } from '../evaluation/scales.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { type DashboardEmployee, type MeritIndicatorsInput, meritIndicators } from './merit-indicators.js';

const employee = (id: string, over: Partial<DashboardEmployee> = {}): DashboardEmployee => ({
  id,
  skpState: 'FINAL',
  annualPredikat: 'BAIK',
  jpDone: 20,
  ...over,
});

const predikats = (list: Predikat[]) => list.map((p, i) => employee(`e${i}`, { annualPredikat: p }));

/** A healthy unit: 5 FINAL SKPs whose predikats fit an organisation predikat BAIK, everyone trained. */
const healthy: MeritIndicatorsInput = {
  unitId: 'unit-1',
  year: 2024,
  on: date('2025-03-31'),
  employees: predikats(['SANGAT_BAIK', 'BAIK', 'BAIK', 'BAIK', 'BUTUH_PERBAIKAN']),
  orgPredikat: 'BAIK',
  appointments: [{ positionId: 'p1', appointeeEligible: true }],
  recommendations: [{ status: 'OPEN', createdOn: date('2025-01-01') }],
  policy: DEFAULT_POLICY,
};

describe('DASH-1 merit indicators per unit and year', () => {
  it('DASH-1: a healthy unit has every indicator at its ideal', () => {
    const m = meritIndicators(healthy);
    expect(m.checks.map((c) => [c.check, c.ok])).toEqual([
      ['final-skp-share', true],
      ['distribution-compliance', true],
      ['jp-met-share', true],
      ['posts-from-eligible-share', true],
      ['stale-open-recommendations', true],
    ]);
    expect(m.checks.every((c) => c.rule === 'DASH-1')).toBe(true);
    expect(m.finalSkp).toMatchObject({ numerator: 5, denominator: 5, share: 1 });
  });

  it('DASH-1: the share of employees with a FINAL SKP', () => {
    const employees = [employee('a'), employee('b', { skpState: 'EVALUATED' }), employee('c', { skpState: null })];
    const m = meritIndicators({ ...healthy, employees });
    expect(m.finalSkp).toMatchObject({ numerator: 1, denominator: 3 });
    expect(m.finalSkp.share).toBeCloseTo(1 / 3);
    expect(m.finalSkp.check.detail).toBe('1 of 3 employees with a FINAL SKP of 2024 (33.3%)');
  });

  it('DASH-1: distribution compliance is EVAL-10 on the annual predikats, with the violations', () => {
    const m = meritIndicators({ ...healthy, employees: predikats(['BAIK', 'BAIK', 'BAIK', 'BAIK', 'BAIK']) });
    expect(m.distribution.result?.outcome).toBe('WARN');
    expect(m.distribution.check.ok).toBe(false);
    expect(m.distribution.check.detail).toContain('2 EVAL-10 constraint(s) violated for BAIK (WARN)');
    const blocking = meritIndicators({
      ...healthy,
      employees: predikats(['BAIK', 'BAIK', 'BAIK', 'BAIK', 'BAIK']),
      policy: { ...DEFAULT_POLICY, distributionMode: 'BLOCK' },
    });
    expect(blocking.distribution.result?.outcome).toBe('BLOCK');
  });

  it('DASH-1: without an organisation predikat the distribution cannot be judged, and says so', () => {
    const m = meritIndicators({ ...healthy, orgPredikat: null });
    expect(m.distribution).toEqual({
      result: null,
      check: {
        rule: 'DASH-1',
        check: 'distribution-compliance',
        ok: false,
        detail: 'the organisation predikat of 2024 is not set',
        params: { case: 'no-org-predikat', year: 2024 },
      },
    });
  });

  it('DASH-1: the share with at least policy.annualJp JP: 20 counts, 19 does not', () => {
    const employees = [employee('a', { jpDone: 20 }), employee('b', { jpDone: 19 })];
    expect(meritIndicators({ ...healthy, employees }).jpMet).toMatchObject({
      numerator: 1,
      denominator: 2,
      share: 0.5,
    });
    const stricter = meritIndicators({ ...healthy, employees, policy: { ...DEFAULT_POLICY, annualJp: 25 } });
    expect(stricter.jpMet.numerator).toBe(0);
  });

  it('DASH-1: the share of managerial posts filled from eligible candidates (MERIT-6); none filled is no share', () => {
    const appointments = [
      { positionId: 'p1', appointeeEligible: true },
      { positionId: 'p2', appointeeEligible: false },
      { positionId: 'p3', appointeeEligible: true },
      { positionId: 'p4', appointeeEligible: true },
    ];
    const m = meritIndicators({ ...healthy, appointments });
    expect(m.postsFromEligible).toMatchObject({ numerator: 3, denominator: 4, share: 0.75 });
    const none = meritIndicators({ ...healthy, appointments: [] }).postsFromEligible;
    expect(none).toMatchObject({ share: null, check: { ok: true, detail: 'no managerial post was filled in 2024' } });
  });

  it('DASH-1: open recommendations older than 90 days: 91 days counts, 90 does not, nor other statuses', () => {
    const on = date('2025-04-01');
    const m = meritIndicators({
      ...healthy,
      on,
      recommendations: [
        { status: 'OPEN', createdOn: date('2025-01-01') }, // 90 days
        { status: 'OPEN', createdOn: date('2024-12-31') }, // 91 days
        { status: 'OPEN', createdOn: date('2024-06-01') },
        { status: 'ACCEPTED', createdOn: date('2024-01-01') },
        { status: 'DISMISSED', createdOn: date('2024-01-01') },
      ],
    });
    expect(m.staleRecommendations.count).toBe(2);
    expect(m.staleRecommendations.oldest).toBe('2024-06-01');
    expect(m.staleRecommendations.check.detail).toBe(
      '2 OPEN recommendation(s) older than 90 days on 2025-04-01, the oldest from 2024-06-01',
    );
  });

  it('DASH-1: an empty unit has no shares', () => {
    const m = meritIndicators({ ...healthy, employees: [] });
    expect(m.finalSkp).toMatchObject({ share: null, check: { detail: 'the unit has no employees' } });
    expect(m.jpMet.share).toBeNull();
  });
});
