import {
  CHECK_NAMES,
  type Check,
  checkDistribution,
  DEFAULT_POLICY,
  ORG_PREDIKATS,
  PANGKATS,
  PREDIKATS,
  type RuleId,
  rankPromotion,
  talentBox,
  trainingStatus,
} from '@kinerja/domain';
import { describe, expect, it } from 'vitest';
import { checkDetail, checkLabel } from './check-text.js';
import { createI18n, resources } from './i18n.js';

/** Every check the domain can produce, as `RULE.check`. */
const allChecks = (Object.entries(CHECK_NAMES) as [RuleId, readonly string[]][]).flatMap(([rule, names]) =>
  names.map((check) => ({ rule, check })),
);

describe('check text', () => {
  it.each(['id', 'en'] as const)('has a label and a detail template in %s for every check the domain names', (lang) => {
    const checks = resources[lang].checks as unknown as Record<
      string,
      Record<string, Record<string, string>> | undefined
    >;
    const without = allChecks.filter(({ rule, check }) => {
      const entry = checks[rule]?.[check];
      return !entry?.label || !Object.keys(entry).some((k) => k.startsWith('detail'));
    });
    expect(without).toEqual([]);
  });

  it('has no template for a check the domain does not name (a renamed check would otherwise go silent)', () => {
    const known = new Set(allChecks.map(({ rule, check }) => `${rule}.${check}`));
    const templated = Object.entries(resources.id.checks)
      .filter(([rule]) => rule !== '_')
      .flatMap(([rule, entries]) => Object.keys(entries).map((check) => `${rule}.${check}`));
    expect(templated.filter((k) => !known.has(k))).toEqual([]);
  });

  it('says in Indonesian, without falling back to English, every shape of the checks the domain decides', () => {
    const id = createI18n('id').t;
    const checks: Check[] = [
      ...PANGKATS.flatMap(
        (pangkat, i) =>
          rankPromotion({
            on: i % 2 === 0 ? '2026-04-01' : '2026-04-15',
            pangkat,
            pangkatSince: i % 3 === 0 ? '2020-01-01' : '2024-01-01',
            education: i % 2 === 0 ? 'S1_D4' : 'SLTA',
            annualPredikats: i % 4 === 0 ? [] : [{ year: 2025, predikat: PREDIKATS[i % 5] ?? 'BAIK' }],
            superiorPangkat: i % 3 === 0 ? null : 'III_C',
            sanctions: i % 5 === 0 ? [{ type: 'TEGURAN_LISAN', start: '2026-01-01' }] : [],
            policy: DEFAULT_POLICY,
          } as unknown as Parameters<typeof rankPromotion>[0]).checks,
      ),
      ...ORG_PREDIKATS.flatMap(
        (orgPredikat) =>
          checkDistribution({ orgPredikat, predikats: ['BAIK', 'BAIK', 'SANGAT_BAIK'], policy: DEFAULT_POLICY }).checks,
      ),
      ...(['PNS', 'PPPK'] as const).flatMap(
        (employment) => trainingStatus({ year: 2025, employment, enrolments: [], policy: DEFAULT_POLICY }).checks,
      ),
      ...[null, 55, 120].flatMap(
        (potentialScore) =>
          talentBox({
            year: 2025,
            annualPredikats: [{ year: 2025, predikat: 'BAIK' }],
            potentialScore,
            policy: DEFAULT_POLICY,
          }).checks,
      ),
    ];
    const english = checks
      .filter((c) => checkDetail(id, c) === c.detail)
      .map((c) => `${c.rule} ${c.check} ${c.params.case ?? ''}`);
    expect(english).toEqual([]);
  });

  it('says a DEV-1 check in Indonesian and in English from its params (API list or domain record)', () => {
    const c = {
      rule: 'DEV-1',
      check: 'jp-done-meets-entitlement',
      detail: '4 JP done in 2026; a PNS is owed 20 JP',
      params: [
        { name: 'jpDone', value: '4' },
        { name: 'year', value: '2026' },
        { name: 'jpTarget', value: '20' },
      ],
    };
    const id = createI18n('id').t;
    const en = createI18n('en').t;
    expect(checkLabel(id, c)).toBe('JP yang selesai memenuhi hak');
    expect(checkDetail(id, c)).toBe('4 JP selesai pada 2026; PNS berhak 20 JP');
    expect(checkDetail(en, { ...c, params: { jpDone: 4, year: 2026, jpTarget: 20 } })).toBe(
      '4 JP done in 2026; a PNS is owed 20 JP',
    );
  });

  it('shows codes by their labels and a missing figure as such', () => {
    const id = createI18n('id').t;
    const c = {
      rule: 'REC-5',
      check: 'two-years-below-baik',
      detail: '…',
      params: { previousYear: 2023, year: 2024, previousPredikat: null, predikat: 'BUTUH_PERBAIKAN' },
    };
    expect(checkDetail(id, c)).toBe('predikat tahunan 2023 dan 2024: belum ada dan Butuh Perbaikan');
    expect(
      checkDetail(id, {
        rule: 'MERIT-6',
        check: 'eligible-for-level',
        detail: '…',
        params: {
          case: 'not-eligible',
          target: 'ADMINISTRATOR',
          failedChecks: 'MERIT-3:pangkat, DISC-2:no-blocking-sanction',
        },
      }),
    ).toMatch(/: Pangkat; Tidak ada hukuman disiplin yang menghalangi$/);
  });

  it('falls back to the domain’s English detail when a figure or a shape has no template', () => {
    const id = createI18n('id').t;
    const base = { rule: 'DEV-1', check: 'jp-done-meets-entitlement', detail: 'the English detail' };
    expect(checkDetail(id, { ...base, params: { jpDone: 4 } })).toBe('the English detail');
    expect(checkDetail(id, { ...base, params: { case: 'unheard-of', jpDone: 4 } })).toBe('the English detail');
    expect(checkDetail(id, { ...base, params: null })).toBe('the English detail');
    expect(checkLabel(id, { rule: 'DEV-1', check: 'unheard-of' })).toBe('unheard-of');
  });
});
