/** The plotted rows of each dashboard, computed from the API's grouped aggregates (keys as text, null for none). */

/** One group of a grouped aggregate as the API returns it. */
export type Group = {
  readonly keys: readonly (string | null)[];
  readonly count: number;
  readonly unit?: { readonly name: string } | null;
};

/** The predikats in the order the chart stacks them (best first); `NONE` stands for no predikat yet. */
export const PREDIKAT_KEYS = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG_MISCONDUCT',
  'SANGAT_KURANG',
  'NONE',
] as const;
export type PredikatKey = (typeof PREDIKAT_KEYS)[number];
export type PredikatRow = { unit: string } & Record<PredikatKey, number>;

const unitName = (g: Group) => g.unit?.name ?? g.keys[0] ?? '';

/** Predikat counts per perangkat daerah from groups keyed [PERANGKAT_DAERAH, ANNUAL_PREDIKAT], units by name. */
export const predikatRows = (groups: readonly Group[]): PredikatRow[] => {
  const rows = new Map<string, PredikatRow>();
  for (const g of groups) {
    const unit = unitName(g);
    const row = rows.get(unit) ?? {
      unit,
      SANGAT_BAIK: 0,
      BAIK: 0,
      BUTUH_PERBAIKAN: 0,
      KURANG_MISCONDUCT: 0,
      SANGAT_KURANG: 0,
      NONE: 0,
    };
    const key = (g.keys[1] ?? 'NONE') as PredikatKey;
    if (PREDIKAT_KEYS.includes(key)) row[key] += g.count;
    rows.set(unit, row);
  }
  return [...rows.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'id'));
};

/** A JP group: keyed [PERANGKAT_DAERAH, JP_MET] with the average JP done. */
export type JpGroup = Group & { readonly avg: { readonly jpDone: number | null } };
export type JpRow = { unit: string; employees: number; avgJp: number; metPercent: number };

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Per perangkat daerah: employees, their average JP done (weighted over the met and unmet groups) and the share
 * (percent) who met the 20-hour entitlement (DEV-1), one decimal.
 */
export const jpRows = (groups: readonly JpGroup[]): JpRow[] => {
  const acc = new Map<string, { employees: number; jp: number; met: number }>();
  for (const g of groups) {
    const unit = unitName(g);
    const a = acc.get(unit) ?? { employees: 0, jp: 0, met: 0 };
    a.employees += g.count;
    a.jp += (g.avg.jpDone ?? 0) * g.count;
    if (g.keys[1] === 'true') a.met += g.count;
    acc.set(unit, a);
  }
  return [...acc.entries()]
    .map(([unit, a]) => ({
      unit,
      employees: a.employees,
      avgJp: a.employees === 0 ? 0 : round1(a.jp / a.employees),
      metPercent: a.employees === 0 ? 0 : round1((100 * a.met) / a.employees),
    }))
    .sort((a, b) => a.unit.localeCompare(b.unit, 'id'));
};

export type TalentRow = { box: string; previous: number; current: number; change: number };

/** The 9-box counts of a year against the year before, boxes 1 to 9 (unplaced employees left out). */
export const talentRows = (current: readonly Group[], previous: readonly Group[]): TalentRow[] => {
  const countOf = (groups: readonly Group[], box: string) =>
    groups.filter((g) => g.keys[0] === box).reduce((n, g) => n + g.count, 0);
  return Array.from({ length: 9 }, (_, i) => {
    const box = String(i + 1);
    const c = countOf(current, box);
    const p = countOf(previous, box);
    return { box, previous: p, current: c, change: c - p };
  });
};

export type RecommendationRow = { status: string } & Record<string, number | string>;

/** Recommendations per status, one column per age bucket (the buckets the API returns, in its order). */
export const recommendationRows = (
  groups: readonly Group[],
): { readonly ages: readonly string[]; readonly rows: RecommendationRow[] } => {
  const ages: string[] = [];
  const rows = new Map<string, RecommendationRow>();
  for (const g of groups) {
    const status = g.keys[0] ?? '';
    const age = g.keys[1] ?? '';
    if (!ages.includes(age)) ages.push(age);
    const row = rows.get(status) ?? { status };
    row[age] = ((row[age] as number | undefined) ?? 0) + g.count;
    rows.set(status, row);
  }
  const sortedAges = [...ages].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  for (const row of rows.values()) for (const age of sortedAges) row[age] ??= 0;
  return { ages: sortedAges, rows: [...rows.values()] };
};

export type PromotionDueRow = { month: string; employees: number };

/** Employees per month their regular rank promotion falls due (MERIT-2), months in order, "none" left out. */
export const promotionDueRows = (groups: readonly Group[]): PromotionDueRow[] =>
  groups
    .filter((g) => g.keys[0] !== null && g.keys[0] !== undefined)
    .map((g) => ({ month: g.keys[0] as string, employees: g.count }))
    .sort((a, b) => a.month.localeCompare(b.month));
