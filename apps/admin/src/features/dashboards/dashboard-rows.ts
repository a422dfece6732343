import {
  isTalentBox,
  TALENT_BOXES,
  TALENT_MOVES,
  type TalentBox,
  type TalentMove,
  talentMoveOf,
} from '@kinerja/domain';

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

/** A 9-box group keyed [PREVIOUS_TALENT_BOX, TALENT_BOX]: last year's box, this year's (MERIT-4). */
export type TalentTransition = {
  readonly from: TalentBox | null;
  readonly to: TalentBox | null;
  readonly count: number;
};

const boxOfKey = (key: string | null | undefined): TalentBox | null => {
  const n = key === null || key === undefined ? Number.NaN : Number(key);
  return isTalentBox(n) ? n : null;
};

/** The from→to counts of groups keyed [PREVIOUS_TALENT_BOX, TALENT_BOX] (a key that is no box reads as none). */
export const talentTransitions = (groups: readonly Group[]): TalentTransition[] =>
  groups.map((g) => ({ from: boxOfKey(g.keys[0]), to: boxOfKey(g.keys[1]), count: g.count }));

/** The moves that end in a box this year: how each box's people got there (MERIT-4, `talentMoveOf`). */
export const ARRIVAL_MOVES = ['STAYED', 'UP', 'DOWN', 'NEW'] as const satisfies readonly TalentMove[];
export type TalentArrivalRow = { box: string } & Record<(typeof ARRIVAL_MOVES)[number], number>;

/**
 * Per box of this year, 1 to 9: how many stayed in it, moved up into it, moved down into it, or were placed for the
 * first time (no box last year). Employees with no box this year are left out (they arrive nowhere).
 */
export const talentArrivalRows = (transitions: readonly TalentTransition[]): TalentArrivalRow[] => {
  const rows = TALENT_BOXES.map((box) => ({ box: String(box), STAYED: 0, UP: 0, DOWN: 0, NEW: 0 }));
  for (const t of transitions) {
    const move = talentMoveOf(t.from, t.to);
    const row = t.to === null ? undefined : rows[t.to - 1];
    if (row && move !== null && move !== 'UNPLACED') row[move] += t.count;
  }
  return rows;
};

/** How many employees made each move (MERIT-4), every move present; employees with a box in neither year left out. */
export const talentMoveTotals = (transitions: readonly TalentTransition[]): Record<TalentMove, number> => {
  const totals = Object.fromEntries(TALENT_MOVES.map((m) => [m, 0])) as Record<TalentMove, number>;
  for (const t of transitions) {
    const move = talentMoveOf(t.from, t.to);
    if (move !== null) totals[move] += t.count;
  }
  return totals;
};

/** The boxes of the from→to table, highest first, then none (no box that year). */
export const MATRIX_BOXES: readonly (TalentBox | null)[] = [...[...TALENT_BOXES].reverse(), null];
/** One row of the from→to table: last year's box and, per box of this year (in {@link MATRIX_BOXES} order), the count. */
export type TalentMatrixRow = { readonly from: TalentBox | null; readonly to: readonly number[] };

/** The from→to table: a row per box last year, a column per box this year, both in {@link MATRIX_BOXES} order. */
export const talentMatrix = (transitions: readonly TalentTransition[]): TalentMatrixRow[] =>
  MATRIX_BOXES.map((from) => ({
    from,
    to: MATRIX_BOXES.map((to) =>
      transitions.filter((t) => t.from === from && t.to === to).reduce((n, t) => n + t.count, 0),
    ),
  }));

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
