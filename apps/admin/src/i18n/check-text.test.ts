import { CHECK_NAMES, type RuleId } from '@kinerja/domain';
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
