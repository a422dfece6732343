import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_TABLE, distributionCheckKey } from '../evaluation/distribution.js';
import { CHECK_NAMES, type Check, type RuleId } from './check.js';
import { CHECK_GROUPS } from './check-fixtures.js';

/** The figures written in a text: every run of digits (a date gives its year, month and day). */
const figures = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

/** The figures of a detail that its params must give: rule ids (EVAL-10) and "1st" are words, not figures. */
const detailFigures = (c: Check): string[] => figures(c.detail.replace(/\b[A-Z]+-\d+\b/g, '').replace(/\b1st\b/g, ''));

/** Why a check does not say itself in any language: an unknown name, a figure of its detail not among its params. */
const unsaid = (c: Check): string[] => {
  const problems: string[] = [];
  const names: readonly string[] = CHECK_NAMES[c.rule as RuleId] ?? [];
  if (!names.includes(c.check)) problems.push(`${c.rule} ${c.check}: not in CHECK_NAMES`);
  if ('case' in c.params && typeof c.params.case !== 'string')
    problems.push(`${c.rule} ${c.check}: case is not a name`);
  // a check that names the checks that failed leaves their figures to them
  if ('failedChecks' in c.params) return problems;
  const given = new Set(Object.values(c.params).flatMap((v) => (v === null ? [] : figures(String(v)))));
  const missing = detailFigures(c).filter((f) => !given.has(f));
  if (missing.length > 0) problems.push(`${c.rule} ${c.check}: ${missing.join(', ')} of "${c.detail}" not in params`);
  return problems;
};

const expectSaid = (checks: readonly Check[]): void => {
  expect(checks.flatMap(unsaid)).toEqual([]);
};

describe('every check can be said in any language: its name is listed and its params give its figures', () => {
  it.each(CHECK_GROUPS)('$name', ({ checks }) => {
    fc.assert(fc.property(checks, expectSaid));
  });

  it('the groups give every check CHECK_NAMES lists (a sample of each group)', () => {
    const seen = new Set(
      CHECK_GROUPS.flatMap(({ checks }) => fc.sample(checks, { seed: 7, numRuns: 500 }).flat()).map(
        (c) => `${c.rule} ${c.check}`,
      ),
    );
    const listed = Object.entries(CHECK_NAMES).flatMap(([rule, names]) => names.map((n) => `${rule} ${n}`));
    expect(listed.filter((k) => !seen.has(k))).toEqual([]);
  });

  it('EVAL-10: every constraint of the table has its name in CHECK_NAMES', () => {
    const keys = Object.values(DISTRIBUTION_TABLE).flatMap((row) => row.map(distributionCheckKey));
    expect(keys.filter((k) => !(CHECK_NAMES['EVAL-10'] as readonly string[]).includes(k))).toEqual([]);
  });
});
