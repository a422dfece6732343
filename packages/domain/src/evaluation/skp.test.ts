import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy.js';
import {
  BERAKHLAK_VALUES,
  type BehaviourExpectation,
  checkSkpComplete,
  type Iki,
  parseBerakhlakValue,
  parseIkiAspect,
  type Rhk,
  type SkpContent,
  validateSkpContent,
} from './skp.js';

const iki = (overrides: Partial<Iki> = {}): Iki => ({
  aspect: 'KUANTITAS',
  indicator: 'Jumlah sekolah yang disupervisi',
  target: { kind: 'QUANTITATIVE', value: 12, unit: 'sekolah' },
  realisations: [{ period: 1, value: 3, description: 'Q1 visits', evidence: ['https://drive/x'], feedback: null }],
  ...overrides,
});
const rhk = (overrides: Partial<Rhk> = {}): Rhk => ({
  id: 'r1',
  jenis: 'UTAMA',
  description: 'Terlaksananya supervisi sekolah',
  parentRhkId: null,
  ikis: [iki()],
  ...overrides,
});
const behaviour: BehaviourExpectation[] = BERAKHLAK_VALUES.map((value) => ({
  value,
  expectation: `Expectation for ${value}`,
  feedback: null,
}));
const skp = (overrides: Partial<SkpContent> = {}): SkpContent => ({
  employeeId: 'e1',
  year: 2025,
  evaluatorId: 'e0',
  evaluatorSuperiorId: 'e00',
  rhk: [rhk()],
  behaviour,
  ...overrides,
});

const issuesOf = (content: SkpContent, context = {}) => {
  const r = validateSkpContent(content, DEFAULT_POLICY, context);
  return r.ok ? [] : r.error.issues.map((i) => [i.code, i.path]);
};

describe('EVAL-3 SKP content validation', () => {
  it('EVAL-3: accepts a well-formed SKP unchanged', () => {
    const content = skp();
    expect(validateSkpContent(content, DEFAULT_POLICY)).toEqual({ ok: true, value: content });
  });

  it('EVAL-3: refuses a negative or zero target with INVALID_NUMBER on the target value', () => {
    const negative = skp({
      rhk: [rhk({ ikis: [iki({ target: { kind: 'QUANTITATIVE', value: -5, unit: 'sekolah' } })] })],
    });
    const r = validateSkpContent(negative, DEFAULT_POLICY);
    expect(!r.ok && r.error).toMatchObject({
      code: 'INVALID_NUMBER',
      path: 'rhk[0].ikis[0].target.value',
      message: 'rhk[0].ikis[0].target.value: the target -5 must be a number above 0 (realisation is compared with it)',
    });
    const zero = skp({ rhk: [rhk({ ikis: [iki({ target: { kind: 'QUANTITATIVE', value: 0, unit: 'x' } })] })] });
    expect(issuesOf(zero)).toEqual([['INVALID_NUMBER', 'rhk[0].ikis[0].target.value']]);
  });

  it('EVAL-3: refuses an empty indicator, unit, RHK description and qualitative description with REQUIRED', () => {
    const content = skp({
      rhk: [
        rhk({
          description: '  ',
          ikis: [
            iki({ indicator: '', target: { kind: 'QUANTITATIVE', value: 1, unit: '' } }),
            iki({ aspect: 'KUALITAS', target: { kind: 'QUALITATIVE', description: '' }, realisations: [] }),
          ],
        }),
      ],
    });
    expect(issuesOf(content)).toEqual([
      ['REQUIRED', 'rhk[0].description'],
      ['REQUIRED', 'rhk[0].ikis[0].indicator'],
      ['REQUIRED', 'rhk[0].ikis[0].target.unit'],
      ['REQUIRED', 'rhk[0].ikis[1].target.description'],
    ]);
  });

  it('EVAL-3/EVAL-8: a realisation must be in a period of the year, once, not negative, and a number only for a quantitative target', () => {
    const content = skp({
      rhk: [
        rhk({
          ikis: [
            iki({
              realisations: [
                { period: 5, value: 1, description: '', evidence: [], feedback: null },
                { period: 2, value: -1, description: '', evidence: [''], feedback: null },
                { period: 2, value: 1, description: '', evidence: [], feedback: null },
              ],
            }),
            iki({
              target: { kind: 'QUALITATIVE', description: 'Laporan diterima tanpa revisi' },
              realisations: [{ period: 1, value: 3, description: 'x', evidence: [], feedback: null }],
            }),
          ],
        }),
      ],
    });
    expect(issuesOf(content)).toEqual([
      ['INVALID_NUMBER', 'rhk[0].ikis[0].realisations[0].period'],
      ['INVALID_NUMBER', 'rhk[0].ikis[0].realisations[1].value'],
      ['REQUIRED', 'rhk[0].ikis[0].realisations[1].evidence[0]'],
      ['DUPLICATE', 'rhk[0].ikis[0].realisations[2].period'],
      ['INVALID_NUMBER', 'rhk[0].ikis[1].realisations[0].value'],
    ]);
  });

  it('EVAL-3/EVAL-9: refuses an SKP whose evaluator is the employee', () => {
    expect(issuesOf(skp({ evaluatorId: 'e1' }))).toEqual([['NOT_ALLOWED', 'evaluatorId']]);
  });

  it('EVAL-3: a cascaded RHK must support one of the evaluator RHK, when those are given', () => {
    const content = skp({ rhk: [rhk({ parentRhkId: 'boss-9' })] });
    expect(issuesOf(content, { evaluatorRhkIds: ['boss-1'] })).toEqual([['UNKNOWN_REFERENCE', 'rhk[0].parentRhkId']]);
    expect(issuesOf(content, { evaluatorRhkIds: ['boss-9'] })).toEqual([]);
  });

  it('EVAL-3/EVAL-4: refuses duplicate RHK ids and a BerAKHLAK value given twice', () => {
    const content = skp({
      rhk: [rhk(), rhk()],
      behaviour: [...behaviour, { value: 'LOYAL', expectation: 'again', feedback: null }],
    });
    expect(issuesOf(content)).toEqual([
      ['DUPLICATE', 'rhk[1].id'],
      ['DUPLICATE', 'behaviour[7].value'],
    ]);
  });

  it('EVAL-3: the error lists every problem in its message and carries the first code', () => {
    const r = validateSkpContent(skp({ year: 20.5, employeeId: '' }), DEFAULT_POLICY);
    expect(!r.ok && r.error.code).toBe('INVALID_NUMBER');
    expect(!r.ok && r.error.message).toBe('year: 20.5 is not a year; employeeId: the SKP needs its employee');
  });
});

describe('EVAL-3/EVAL-4 completeness before submission', () => {
  it('EVAL-4: the seven BerAKHLAK values', () => {
    expect(BERAKHLAK_VALUES).toEqual([
      'BERORIENTASI_PELAYANAN',
      'AKUNTABEL',
      'KOMPETEN',
      'HARMONIS',
      'LOYAL',
      'ADAPTIF',
      'KOLABORATIF',
    ]);
    expect(parseBerakhlakValue('JUJUR').ok).toBe(false);
    expect(parseIkiAspect('BIAYA')).toEqual({ ok: true, value: 'BIAYA' });
  });

  it('EVAL-3: complete with a UTAMA RHK that has an IKI and all 7 expectations', () => {
    expect(checkSkpComplete(skp()).ok).toBe(true);
  });

  it('EVAL-3/EVAL-4: names what is missing', () => {
    const d = checkSkpComplete({
      rhk: [rhk({ jenis: 'TAMBAHAN', ikis: [] })],
      behaviour: behaviour.filter((b) => b.value !== 'LOYAL'),
    });
    expect(d.ok).toBe(false);
    expect(d.checks.filter((c) => !c.ok).map((c) => [c.check, c.detail])).toEqual([
      ['has-utama-rhk', '0 UTAMA RHK of 1 RHK; at least 1 is needed'],
      ['every-rhk-has-iki', 'RHK without IKI: r1'],
      ['every-berakhlak-value-expected', 'BerAKHLAK values without an expectation: LOYAL'],
    ]);
  });
});
