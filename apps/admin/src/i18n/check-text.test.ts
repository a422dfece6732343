import {
  BERAKHLAK_VALUES,
  CHECK_NAMES,
  DISCIPLINE_LEVELS,
  EDUCATIONS,
  ENROLMENT_STATUSES,
  IKI_ASPECTS,
  JABATAN_LEVELS,
  MANAGERIAL_TARGETS,
  ORG_PREDIKATS,
  PANGKATS,
  POTENSI_LEVELS,
  PREDIKATS,
  RATINGS,
  RHK_JENIS,
  type RuleId,
  SANCTION_TYPES,
  SKP_ACTION_TYPES,
  SKP_STATES,
} from '@kinerja/domain';
import { CHECK_GROUPS } from '@kinerja/domain/check-fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckText, checkDetail, checkLabel, detailShape, templatedDetail } from './check-text.js';
import { createI18n, LANGUAGES, resources } from './i18n.js';

/** Every check the domain can produce, as `RULE.check`. */
const allChecks = (Object.entries(CHECK_NAMES) as [RuleId, readonly string[]][]).flatMap(([rule, names]) =>
  names.map((check) => ({ rule, check })),
);

/** Decisions the domain makes, a fixed sample of each of its groups (the same every run). */
const SAMPLES = CHECK_GROUPS.map(({ name, checks }) => ({
  name,
  checks: fc.sample(checks, { seed: 2026, numRuns: 200 }).flat(),
}));

/**
 * Checks a recommendation drops (it keeps only the reasons that hold) and the API may still carry from older
 * records: REC-5 without coaching, and with a year's predikat missing.
 */
const DROPPED_REASONS = [
  {
    rule: 'REC-5',
    check: 'no-improvement-after-coaching',
    detail: 'no coaching under way',
    params: { case: 'no-coaching' },
  },
  ...[
    [null, 'BUTUH_PERBAIKAN'],
    ['SANGAT_KURANG', null],
    [null, null],
  ].map(([previousPredikat, predikat]) => ({
    rule: 'REC-5',
    check: 'two-years-below-baik',
    detail: '…',
    params: { previousYear: 2023, year: 2024, previousPredikat: previousPredikat ?? null, predikat: predikat ?? null },
  })),
];

/** The codes a reader must never see: the domain's enum values (those that are words in both languages aside). */
const CODES = new Set<string>([
  ...BERAKHLAK_VALUES,
  ...DISCIPLINE_LEVELS,
  ...EDUCATIONS.filter((e) => !['SD', 'SLTP', 'SLTA', 'S2', 'S3'].includes(e)),
  ...ENROLMENT_STATUSES,
  ...IKI_ASPECTS,
  ...JABATAN_LEVELS,
  ...MANAGERIAL_TARGETS,
  ...ORG_PREDIKATS,
  ...PANGKATS,
  ...POTENSI_LEVELS,
  ...PREDIKATS,
  ...RATINGS,
  ...SANCTION_TYPES,
  ...SKP_ACTION_TYPES,
  ...SKP_STATES,
  'EMPLOYEE',
  'EVALUATOR',
  'FINALISER',
  ...RHK_JENIS,
  'OK',
  'WARN',
  'BLOCK',
]);

/** The codes left in a text: any all-capital word with an underscore, or a value of one of the domain's enums. */
const rawCodes = (text: string): string[] =>
  (text.match(/\b[A-Z][A-Z0-9_]*[A-Z0-9]\b/g) ?? []).filter((w) => w.includes('_') || CODES.has(w));

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

  it.each(LANGUAGES)(
    'says in %s every check of every decision the domain makes, from a template, with no placeholder, code or ISO date left',
    (lang) => {
      const t = createI18n(lang).t;
      const unsaid = SAMPLES.flatMap(({ name, checks }) =>
        checks.flatMap((c) => {
          const text = templatedDetail(t, c);
          const why =
            text === null
              ? 'no template (falls back to the English detail)'
              : text.includes('{{')
                ? 'a placeholder left'
                : rawCodes(text).length > 0
                  ? `codes ${rawCodes(text).join(', ')}`
                  : /\d{4}-\d{2}-\d{2}/.test(text)
                    ? 'an ISO date'
                    : null;
          return why === null
            ? []
            : [`${name}: ${c.rule} ${c.check} ${c.params.case ?? ''}: ${why}: ${text ?? c.detail}`];
        }),
      );
      expect([...new Set(unsaid)]).toEqual([]);
    },
  );

  it('the samples (and the reasons a recommendation drops) say every check the domain names and every sentence shape the Indonesian templates have', () => {
    const said = new Set(
      [...SAMPLES.flatMap(({ checks }) => checks), ...DROPPED_REASONS].map(
        (c) => `${c.rule}.${c.check}.${detailShape(c)}`,
      ),
    );
    const templates = Object.entries(resources.id.checks)
      .filter(([rule]) => rule !== '_')
      .flatMap(([rule, entries]) =>
        Object.entries(entries as Record<string, Record<string, string>>).flatMap(([check, keys]) =>
          Object.keys(keys)
            .filter((k) => k.startsWith('detail'))
            .map((k) => `${rule}.${check}.${k}`),
        ),
      );
    expect(templates.filter((k) => !said.has(k))).toEqual([]);
    expect(allChecks.filter(({ rule, check }) => ![...said].some((k) => k.startsWith(`${rule}.${check}.`)))).toEqual(
      [],
    );
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

  it('shows codes by their labels, ISO dates as dates and a missing figure as such', () => {
    const id = createI18n('id').t;
    const en = createI18n('en').t;
    const potensi = {
      rule: 'MERIT-4',
      check: 'potensi-level',
      detail: '…',
      params: { potentialScore: 78.7, potensi: 'MENENGAH', tinggi: 90, menengah: 78 },
    };
    expect(checkDetail(id, potensi)).toBe('nilai potensi 78.7 memberi potensi Menengah (Tinggi ≥ 90, Menengah ≥ 78)');
    expect(checkDetail(en, potensi)).toBe('potential score 78.7 gives potensi Medium (High ≥ 90, Medium ≥ 78)');
    const transition = {
      rule: 'EVAL-9',
      check: 'transition-exists',
      detail: '…',
      params: { action: 'SUBMIT', from: 'DRAFT', to: 'SUBMITTED' },
    };
    expect(checkDetail(id, transition)).toBe('langkah “Ajukan” membawa SKP dari Draf ke Diajukan');
    expect(checkDetail(en, transition)).toBe('“Submit” takes an SKP from Draft to Submitted');
    expect(
      checkDetail(id, {
        rule: 'EVAL-9',
        check: 'actor-holds-role',
        detail: '…',
        params: { actorId: 'e3', role: 'FINALISER' },
      }),
    ).toBe('e3 berperan sebagai Kepala unit');
    expect(
      checkDetail(id, {
        rule: 'DEV-3',
        check: 'allowed-transition',
        detail: '…',
        params: { from: 'ATTENDED', to: 'COMPLETED' },
      }),
    ).toBe('Hadir → Lulus diperbolehkan');
    const sanction = {
      rule: 'DISC-2',
      check: 'no-blocking-sanction',
      detail: '…',
      params: {
        case: 'blocked',
        on: '2026-12-01',
        sanctions:
          'POTONGAN_TUKIN_25_6_BULAN (SEDANG) 2026-03-01–2027-03-01; PEMBEBASAN_JABATAN_12_BULAN (BERAT) 2026-06-01–…',
        count: 2,
      },
    };
    expect(checkDetail(id, sanction)).toMatch(
      /^hukuman disiplin aktif menghalangi pada 1 Desember 2026: .+ \(Sedang\) 1 Maret 2026 s\.d\. 1 Maret 2027; .+ \(Berat\) sejak 1 Juni 2026, tanpa akhir$/,
    );
    expect(checkDetail(en, sanction)).toMatch(
      /on 1 December 2026: .+ \(Moderate\) 1 March 2026 to 1 March 2027; .+ \(Severe\) from 1 June 2026, with no end$/,
    );
    expect(
      checkDetail(id, {
        rule: 'EVAL-8',
        check: 'final-period-evaluated',
        detail: '…',
        params: { case: 'not-final', year: 2025, period: '2025-Q3', end: '2025-09-30', endOfYear: '2025-12-31' },
      }),
    ).toBe('triwulan 3 2025 berakhir 30 September 2025: periode sampai 31 Desember 2025 belum berpredikat');
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

  it('says which year’s predikat is missing in REC-5’s two years below Baik, rather than “missing and …”', () => {
    const id = createI18n('id').t;
    const [, previousMissing, latestMissing, bothMissing] = DROPPED_REASONS as [
      unknown,
      CheckText,
      CheckText,
      CheckText,
    ];
    expect(checkDetail(id, previousMissing)).toBe(
      'predikat tahunan 2024: Butuh Perbaikan; predikat 2023 belum ada untuk dibandingkan',
    );
    expect(checkDetail(id, latestMissing)).toBe(
      'predikat tahunan 2023: Sangat Kurang; predikat 2024 belum ada untuk dibandingkan',
    );
    expect(checkDetail(id, bothMissing)).toBe('predikat tahunan 2023 dan 2024 belum ada');
    expect(
      checkDetail(id, {
        rule: 'REC-5',
        check: 'two-years-below-baik',
        detail: '…',
        params: { previousYear: 2023, year: 2024, previousPredikat: 'KURANG_MISCONDUCT', predikat: 'SANGAT_KURANG' },
      }),
    ).toBe('predikat tahunan 2023 dan 2024: Kurang/Misconduct dan Sangat Kurang');
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
