import { type Check, type DistributionCheck, PREDIKATS, type Predikat } from '@kinerja/domain';
import { builder } from '../builder.js';
import { Predikat as PredikatEnum } from './enums.js';

/** One figure of a check: its name and its value as text (numbers in decimal, dates ISO, codes as they are). */
type CheckParamRow = { readonly name: string; readonly value: string | null };

const CheckParamType = builder.objectRef<CheckParamRow>('CheckParam').implement({
  description:
    'One figure a check is made of (a number, a year, a predikat or pangkat code, an ISO date, a flag), by name, so that an app can say the check in its own language.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The name of the figure, stable per check, e.g. jpDone, year, jpTarget.',
    }),
    value: t.exposeString('value', {
      nullable: true,
      description:
        'The value as text: numbers in decimal, dates as ISO dates, codes as they are, flags as true/false; null when the figure is missing (no predikat yet).',
    }),
  }),
});

/** A check's params as a list, in the order the domain gave them; a reason stored before params existed has none. */
const paramsOf = (c: Check): CheckParamRow[] =>
  Object.entries(c.params ?? {}).map(([name, v]) => ({ name, value: v === null ? null : String(v) }));

/** One reason of a decision, as the domain gives it: the rule, the check, whether it held, and why. */
export const CheckType = builder.objectRef<Check>('Check').implement({
  description:
    'One reason of a decision (alasan): which rule of the domain spec, which of its checks, whether it held, and why.',
  fields: (t) => ({
    rule: t.exposeString('rule', { description: 'The rule id of the domain spec, e.g. MERIT-2.' }),
    check: t.exposeString('check', { description: 'A stable key of the check, for translation.' }),
    ok: t.exposeBoolean('ok', { description: 'Whether the check holds.' }),
    detail: t.exposeString('detail', { description: 'Why, with the figures, in English (the fallback).' }),
    params: t.field({
      type: [CheckParamType],
      description:
        "The figures of the detail, by name, for saying it in the reader's language; `case` names the sentence's shape when it has more than one.",
      resolve: paramsOf,
    }),
  }),
});

/** A count per predikat. */
const PredikatCount = builder.objectRef<{ predikat: Predikat; count: number }>('PredikatCount').implement({
  description: 'How many employees have a predikat.',
  fields: (t) => ({
    predikat: t.field({ type: PredikatEnum, description: 'The predikat.', resolve: (c) => c.predikat }),
    count: t.exposeInt('count', { description: 'How many employees have it.' }),
  }),
});

/** EVAL-10: the verdict on a unit's distribution of predicates. */
export const DistributionCheckType = builder.objectRef<DistributionCheck>('DistributionCheck').implement({
  description:
    "A unit's distribution of employee predicates against the limits of its organisation predikat (EVAL-10), with every constraint and its counts.",
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'No constraint is violated.' }),
    outcome: t.exposeString('outcome', {
      description: 'What finalisation may do: OK, WARN (recorded and shown) or BLOCK.',
    }),
    outcomeReason: t.exposeString('outcomeReason', { description: 'Why the outcome is what it is (mode, unit size).' }),
    n: t.exposeInt('n', { description: 'Employees of the unit with an annual predikat.' }),
    counts: t.field({
      type: [PredikatCount],
      description: 'Employees per predikat, best to worst.',
      resolve: (d) => PREDIKATS.map((predikat) => ({ predikat, count: d.counts[predikat] })),
    }),
    checks: t.field({
      type: [CheckType],
      description: 'Every constraint, held or not.',
      resolve: (d) => [...d.checks],
    }),
    violations: t.field({
      type: [CheckType],
      description: 'The constraints that do not hold.',
      resolve: (d) => [...d.violations],
    }),
  }),
});
