/**
 * A small seeded pseudo-random generator (sfc32 seeded through splitmix32): the same seed gives the same
 * sequence on every machine, so the demo data is reproducible. The seed never reads Math.random or the clock.
 */
export type Random = {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max], both included. */
  readonly int: (min: number, max: number) => number;
  /** True with probability p. */
  readonly chance: (p: number) => boolean;
  /** One element of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** One element by weight: [[value, weight], ...]. */
  readonly weighted: <T>(choices: readonly (readonly [T, number])[]) => T;
  /** A normally distributed number (Box-Muller). */
  readonly normal: (mean?: number, sd?: number) => number;
  /** A new generator whose sequence depends on this one's seed and the label, not on how much was drawn. */
  readonly fork: (label: string) => Random;
};

const splitmix32 = (seed: number) => () => {
  seed = (seed + 0x9e3779b9) | 0;
  let z = seed;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
};

/** FNV-1a hash of a string, to derive seeds from labels. */
const hash = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** A generator for a seed (any string or number). */
export const createRandom = (seed: string | number): Random => {
  const root = String(seed);
  const mix = splitmix32(hash(root));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  };
  const normal = (mean = 0, sd = 1) => {
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted,
    normal,
    fork: (label) => createRandom(`${root}/${label}`),
  };
};
