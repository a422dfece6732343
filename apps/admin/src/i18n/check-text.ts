import { type CheckParam, PANGKAT_INFO, type Pangkat } from '@kinerja/domain';
import type { TFunction } from 'i18next';
import { dayFormat, utcDay } from './dates.js';

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
const predikatLabel = (t: AnyT) => (v: string) => t(`predikat.${v}`, { defaultValue: v });
const golongan = (v: string) => PANGKAT_INFO[v as Pangkat]?.golongan ?? v;
const list =
  (show: (v: string) => string, sep = ', ') =>
  (v: string) =>
    v.split(', ').map(show).join(sep);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date format of the reader's language (`checks:_.dateLocale`). */
const dateFormat = (t: AnyT, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  dayFormat(t('checks:_.dateLocale'), options);

/** A calendar day (ISO, no time zone) as the reader's language writes it: "1 Desember 2026", "1 December 2026". */
const dateLabel = (t: AnyT) => {
  const format = dateFormat(t, { day: 'numeric', month: 'long', year: 'numeric' });
  return (v: string) => (ISO_DATE.test(v) ? format.format(utcDay(v)) : v);
};

/** An evaluation period (`2025-Q1`, `2025-S2`, `2025-M07`) in words: "triwulan 1 2025", "Juli 2025". */
const periodLabel = (t: AnyT) => (v: string) => {
  const m = /^(\d{4})-([QSM])(\d{1,2})$/.exec(v);
  if (!m) return v;
  const [, year = '', kind = '', n = ''] = m;
  if (kind === 'M')
    return dateFormat(t, { month: 'long', year: 'numeric' }).format(Date.UTC(Number(year), Number(n) - 1, 1));
  return t(`checks:_.period_${kind}`, { year, n: Number(n), defaultValue: v });
};

/**
 * DISC-2's sanctions, given as codes and dates (`TEGURAN_LISAN (RINGAN) 2026-01-01–2026-06-30`, an open end `…`,
 * several joined with "; "): each by its type and level labels and its dates.
 */
const sanctionsLabel = (t: AnyT) => {
  const day = dateLabel(t);
  return (v: string) =>
    v
      .split('; ')
      .map((s) => {
        const m = /^(\S+) \((\S+)\) (\d{4}-\d{2}-\d{2})–(\d{4}-\d{2}-\d{2}|…)$/.exec(s);
        if (!m) return s;
        const [, type = '', level = '', start = '', end = ''] = m;
        const shown = {
          type: enumLabel(t, 'SanctionTypeCode')(type),
          level: enumLabel(t, 'DisciplineLevel')(level),
          start: day(start),
        };
        return end === '…' ? t('checks:_.sanctionOpen', shown) : t('checks:_.sanction', { ...shown, end: day(end) });
      })
      .join('; ');
};

type Format = (t: AnyT) => (v: string) => string;

/** How a param is shown, by its name: codes become the labels the app already has; figures stay as they are. */
const FORMATS: Readonly<Record<string, Format>> = {
  predikat: predikatLabel,
  previousPredikat: predikatLabel,
  latestPredikat: predikatLabel,
  annualPredikat: predikatLabel,
  rival: predikatLabel,
  groups: (t) => list(predikatLabel(t), ' + '),
  orgPredikat: (t) => (v) => t(`orgPredikat.${v}`, { defaultValue: v }),
  outcome: (t) => (v) => t(`guard.outcome.${v}`, { defaultValue: v }),
  rating: (t) => enumLabel(t, 'Rating'),
  results: (t) => enumLabel(t, 'Rating'),
  behaviour: (t) => enumLabel(t, 'Rating'),
  kinerja: (t) => enumLabel(t, 'Rating'),
  potensi: (t) => enumLabel(t, 'PotensiLevel'),
  values: (t) => list(enumLabel(t, 'BerakhlakValue')),
  aspect: (t) => enumLabel(t, 'IkiAspect'),
  education: (t) => enumLabel(t, 'Education'),
  minEducation: (t) => enumLabel(t, 'Education'),
  target: (t) => enumLabel(t, 'ManagerialTarget'),
  minGrade: (t) => enumLabel(t, 'JabatanLevel'),
  action: (t) => enumLabel(t, 'SkpAction'),
  role: (t) => enumLabel(t, 'SkpRole'),
  period: periodLabel,
  sanctions: sanctionsLabel,
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

/** Formats of a name that means another thing under one rule: the states an SKP or an enrolment moves between, an IKI's target. */
const RULE_FORMATS: Readonly<Record<string, Readonly<Record<string, Format>>>> = {
  'EVAL-9': { from: (t) => enumLabel(t, 'SkpState'), to: (t) => enumLabel(t, 'SkpState') },
  'DEV-3': { from: (t) => enumLabel(t, 'EnrolmentStatus'), to: (t) => enumLabel(t, 'EnrolmentStatus') },
  // an IKI's target is a figure, not a managerial level
  'EVAL-5': { target: () => (v) => v },
};

/** The params of a check shown in the reader's language; null (a figure not there) reads "none yet"; ISO dates as dates. */
const shownParams = (t: AnyT, rule: string, params: Record<string, string | null>): Record<string, string> => {
  const day = dateLabel(t);
  return Object.fromEntries(
    Object.entries(params).map(([name, v]) => {
      if (v === null) return [name, t('checks:_.missing')];
      const format = RULE_FORMATS[rule]?.[name] ?? FORMATS[name];
      return [name, format ? format(t)(v) : day(v)];
    }),
  );
};

/**
 * Sentence shapes the app tells apart where the domain gives one (its `case` param names the others): a REC-5
 * two-year check with a year's predikat missing says which is missing rather than "missing and Butuh Perbaikan".
 */
const APP_SHAPES: Readonly<Record<string, (params: Record<string, string | null>) => string | null>> = {
  'REC-5.two-years-below-baik': (p) =>
    p.previousPredikat === null && p.predikat === null
      ? 'missing-both'
      : p.previousPredikat === null
        ? 'missing-previous'
        : p.predikat === null
          ? 'missing'
          : null,
};

/** What the check looks at, said as a person says it; the check's key when it has no label yet. */
export const checkLabel = (t: AnyT, c: Pick<CheckText, 'rule' | 'check'>): string =>
  t(`checks:${c.rule}.${c.check}.label`, { defaultValue: c.check });

/** The template a check is said with: `detail`, or `detail_<case>` for the sentence's other shapes. */
export const detailShape = (c: Pick<CheckText, 'rule' | 'check' | 'params'>): string => {
  const params = paramRecord(c.params);
  const shape = params.case ?? APP_SHAPES[`${c.rule}.${c.check}`]?.(params) ?? null;
  return shape === null ? 'detail' : `detail_${shape}`;
};

/**
 * Why the check holds or not, in the reader's language, from the check's params and its template
 * (`checks:<rule>.<check>.<shape>`, see {@link detailShape}); null when there is no template or a figure the
 * template needs is not there.
 */
export const templatedDetail = (t: AnyT, c: CheckText): string | null => {
  const params = paramRecord(c.params);
  const count = Number(params.count);
  const text: string = t(`checks:${c.rule}.${c.check}.${detailShape(c)}`, {
    ...shownParams(t, c.rule, params),
    ...(params.count != null && Number.isFinite(count) ? { count } : {}),
    defaultValue: '',
  });
  // i18next leaves a placeholder whose figure is not there as it is
  return text === '' || text.includes('{{') ? null : text;
};

/**
 * Why the check holds or not, in the reader's language ({@link templatedDetail}); the domain's English detail when
 * there is no template or a figure the template needs is not there, so a new check never shows blank.
 */
export const checkDetail = (t: AnyT, c: CheckText): string => templatedDetail(t, c) ?? c.detail;
