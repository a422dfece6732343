import {
  BERAKHLAK_VALUES,
  DISCIPLINE_LEVELS,
  EDUCATIONS,
  EMPLOYMENT_TYPES,
  ENROLMENT_STATUSES,
  IKI_ASPECTS,
  JABATAN_LEVELS,
  MANAGERIAL_TARGETS,
  POTENSI_LEVELS,
  RATINGS,
  RECOMMENDATION_KINDS,
  RECOMMENDATION_STATUSES,
  RHK_JENIS,
  SANCTION_INFO,
  SANCTION_TYPES,
  SKP_ACTION_TYPES,
  SKP_STATES,
  TALENT_ACTION_LABELS,
  TALENT_ACTIONS,
  TRAINING_KIND_LABELS,
  TRAINING_KINDS,
} from '@kinerja/domain';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type EnumLabel, enumLabel, type LabelledEnum, type LabelledEnums, useEnumLabel } from './enum-label.js';
import { changeLanguage, createI18n, LANGUAGES } from './i18n.js';

/** The values the API has no list of at run time but the schema. */
const ENROLMENT_OUTCOMES = ['ENROLLED', 'WAITLISTED', 'REFUSED'] as const;
/** The roles of the SKP workflow (EVAL-9), a type of the domain with no list. */
const SKP_ROLES = ['EMPLOYEE', 'EVALUATOR', 'FINALISER'] as const;

/** Every value of every labelled enum, from the domain's lists (checked below to be the schema's values). */
const VALUES = {
  BerakhlakValue: BERAKHLAK_VALUES,
  DisciplineLevel: DISCIPLINE_LEVELS,
  Education: EDUCATIONS,
  EmploymentType: EMPLOYMENT_TYPES,
  EnrolmentOutcome: ENROLMENT_OUTCOMES,
  EnrolmentStatus: ENROLMENT_STATUSES,
  IkiAspect: IKI_ASPECTS,
  JabatanLevel: JABATAN_LEVELS,
  ManagerialTarget: MANAGERIAL_TARGETS,
  PotensiLevel: POTENSI_LEVELS,
  Rating: RATINGS,
  RecommendationKind: RECOMMENDATION_KINDS,
  RecommendationStatus: RECOMMENDATION_STATUSES,
  RhkJenis: RHK_JENIS,
  SanctionTypeCode: SANCTION_TYPES,
  SkpAction: SKP_ACTION_TYPES,
  SkpRole: SKP_ROLES,
  SkpState: SKP_STATES,
  TalentAction: TALENT_ACTIONS,
  TrainingKind: TRAINING_KINDS,
} as const satisfies { readonly [E in LabelledEnum]: readonly LabelledEnums[E][] };

const tOf = (language: (typeof LANGUAGES)[number]) => createI18n(language).getFixedT(language, 'enums');

describe('enum labels', () => {
  it('lists every value of each labelled enum (the generated schema types and the domain agree)', () => {
    type Listed = { [E in LabelledEnum]: (typeof VALUES)[E][number] };
    expectTypeOf<Listed>().toEqualTypeOf<LabelledEnums>();
    expect(Object.keys(VALUES).sort()).toEqual(Object.keys(createI18n('en').getResourceBundle('en', 'enums')).sort());
  });

  it.each(LANGUAGES)('has a label of its own for every value of every labelled enum in %s', (language) => {
    // the language's own bundle, so a label missing in English does not pass by falling back to Indonesian
    const bundle: Record<string, Record<string, string> | undefined> = createI18n(language).getResourceBundle(
      language,
      'enums',
    );
    const missing = Object.entries(VALUES).flatMap(([name, values]) =>
      values.filter((v) => !bundle[name]?.[v]?.trim()).map((v) => `${name}.${v}`),
    );
    expect(missing).toEqual([]);
  });

  it('labels in Indonesian with the official terms, and in English', () => {
    const id = tOf('id');
    const en = tOf('en');
    expect(enumLabel(id, 'SkpState', 'SUBMITTED')).toBe('Diajukan');
    expect(enumLabel(id, 'Education', 'S1_D4')).toBe('S1/D-IV');
    expect(enumLabel(id, 'JabatanLevel', 'AHLI_MADYA')).toBe('Ahli Madya');
    expect(enumLabel(en, 'SkpState', 'SUBMITTED')).toBe('Submitted');
    expect(enumLabel(en, 'JabatanLevel', 'AHLI_MADYA')).toBe('Senior expert (Ahli Madya)');
  });

  it('takes the Indonesian names the domain already gives (training kinds, sanctions, 9-box actions)', () => {
    const id = tOf('id');
    for (const k of TRAINING_KINDS) expect(enumLabel(id, 'TrainingKind', k)).toBe(TRAINING_KIND_LABELS[k]);
    for (const s of SANCTION_TYPES) expect(enumLabel(id, 'SanctionTypeCode', s)).toBe(SANCTION_INFO[s].label);
    for (const a of TALENT_ACTIONS) expect(enumLabel(id, 'TalentAction', a)).toBe(TALENT_ACTION_LABELS[a]);
  });

  it('shows a value it has no label for as its code', () => {
    const label = (code: string) => enumLabel(tOf('en'), 'SkpState', code as LabelledEnums['SkpState']);
    expect(label('ARCHIVED')).toBe('ARCHIVED');
  });

  it('refuses an unknown enum or a value of another enum at compile time', () => {
    expectTypeOf(enumLabel).parameter(1).toEqualTypeOf<LabelledEnum>();
    expectTypeOf<'FINAL'>().toExtend<LabelledEnums['SkpState']>();
    expectTypeOf<'S1_D4'>().not.toExtend<LabelledEnums['SkpState']>();
    // @ts-expect-error: Predikat keeps its labels in the translation namespace
    enumLabel(tOf('id'), 'Predikat', 'BAIK');
    // @ts-expect-error: S1_D4 is an education, not an SKP state
    enumLabel(tOf('id'), 'SkpState', 'S1_D4');
  });

  it('follows a change of language through the hook, and labels text codes the same way', async () => {
    const i18n = createI18n('id');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => useEnumLabel(), { wrapper });
    const now = (): EnumLabel => result.current;
    expect(now()('RecommendationStatus', 'DISMISSED')).toBe('Ditolak');
    expect(now().text('IkiAspect', 'WAKTU')).toBe('Waktu');
    expect(now().text('IkiAspect', 'LAINNYA')).toBe('LAINNYA');
    await act(() => changeLanguage(i18n, 'en'));
    expect(now()('RecommendationStatus', 'DISMISSED')).toBe('Dismissed');
    expect(now().text('IkiAspect', 'WAKTU')).toBe('Time');
  });
});
