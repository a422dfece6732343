import { type CheckParam, PANGKAT_INFO, type Pangkat } from '@kinerja/domain';
import type { TFunction } from 'i18next';

/** A check's figures as the API gives them (a list of texts) or as the domain does (a record). */
type Params =
  | readonly { readonly name: string; readonly value: string | null }[]
  | Readonly<Record<string, CheckParam>>;

/** A check as the app holds it: from the API (ChecklistItem) or computed by the domain in the browser. */
export type CheckText = {
  readonly rule: string;
  readonly check: string;
  readonly detail: string;
  readonly params?: Params | null;
};

const paramRecord = (params: Params | null | undefined): Record<string, string | null> => {
  if (!params) return {};
  if (Array.isArray(params))
    return Object.fromEntries((params as Extract<Params, readonly unknown[]>).map((p) => [p.name, p.value]));
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === null ? null : String(v)]));
};

// biome-ignore lint/suspicious/noExplicitAny: check keys are data (rule and check names), not literal keys
type AnyT = TFunction<any, any>;

/** Shows a code through the enums namespace, the code itself when it has no label. */
const enumLabel = (t: AnyT, group: string) => (v: string) => t(`enums:${group}.${v}`, { defaultValue: v });
const golongan = (v: string) => PANGKAT_INFO[v as Pangkat]?.golongan ?? v;
const list =
  (show: (v: string) => string, sep = ', ') =>
  (v: string) =>
    v.split(', ').map(show).join(sep);

/** How a param is shown, by its name: codes become the labels the app already has; figures stay as they are. */
const FORMATS: Readonly<Record<string, (t: AnyT) => (v: string) => string>> = {
  predikat: (t) => (v) => t(`predikat.${v}`, { defaultValue: v }),
  previousPredikat: (t) => (v) => t(`predikat.${v}`, { defaultValue: v }),
  latestPredikat: (t) => (v) => t(`predikat.${v}`, { defaultValue: v }),
  annualPredikat: (t) => (v) => t(`predikat.${v}`, { defaultValue: v }),
  rival: (t) => (v) => t(`predikat.${v}`, { defaultValue: v }),
  groups: (t) => list((v) => t(`predikat.${v}`, { defaultValue: v }), ' + '),
  orgPredikat: (t) => (v) => t(`orgPredikat.${v}`, { defaultValue: v }),
  rating: (t) => enumLabel(t, 'Rating'),
  results: (t) => enumLabel(t, 'Rating'),
  behaviour: (t) => enumLabel(t, 'Rating'),
  kinerja: (t) => enumLabel(t, 'Rating'),
  values: (t) => list(enumLabel(t, 'BerakhlakValue')),
  aspect: (t) => enumLabel(t, 'IkiAspect'),
  education: (t) => enumLabel(t, 'Education'),
  minEducation: (t) => enumLabel(t, 'Education'),
  target: (t) => enumLabel(t, 'ManagerialTarget'),
  minGrade: (t) => enumLabel(t, 'JabatanLevel'),
  pangkat: () => golongan,
  nextPangkat: () => golongan,
  minPangkat: () => golongan,
  ceiling: () => golongan,
  superiorPangkat: () => golongan,
  successionMember: (t) => (v) => (v === 'true' ? t('common.yes') : t('common.no')),
  failedChecks: (t) => (v) =>
    v
      .split(', ')
      .map((ref) => {
        const [rule = '', check = ''] = ref.split(':');
        return checkLabel(t, { rule, check });
      })
      .join('; '),
};

/** The params of a check shown in the reader's language; null (a figure not there) reads "none yet". */
const shownParams = (t: AnyT, params: Record<string, string | null>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params).map(([name, v]) => [
      name,
      v === null ? t('checks:_.missing') : (FORMATS[name]?.(t)(v) ?? v),
    ]),
  );

/** What the check looks at, said as a person says it; the check's key when it has no label yet. */
export const checkLabel = (t: AnyT, c: Pick<CheckText, 'rule' | 'check'>): string =>
  t(`checks:${c.rule}.${c.check}.label`, { defaultValue: c.check });

/**
 * Why the check holds or not, in the reader's language, from the check's params: the template
 * `checks:<rule>.<check>.detail` (or `detail_<case>` for the sentence's other shapes). The domain's English detail
 * when there is no template or a figure the template needs is not there, so a new check never shows blank.
 */
export const checkDetail = (t: AnyT, c: CheckText): string => {
  const params = paramRecord(c.params);
  const shape = params.case ? `detail_${params.case}` : 'detail';
  const key = `checks:${c.rule}.${c.check}.${shape}`;
  const count = Number(params.count);
  const text: string = t(key, {
    ...shownParams(t, params),
    ...(params.count != null && Number.isFinite(count) ? { count } : {}),
    defaultValue: '',
  });
  // i18next leaves a placeholder whose figure is not there as it is
  return text === '' || text.includes('{{') ? c.detail : text;
};
