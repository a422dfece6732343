import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * The per-caller cost budget: a token bucket per signed-in user (by user id) or anonymous caller (by IP address).
 * A bucket holds at most `capacity` cost units and refills at `refillPerSecond`; an operation takes its requested
 * cost before it runs and gives back what it did not read. The numbers and why are in docs/security.md.
 */
export type BudgetSettings = {
  /** The most a caller can spend at once: the budget of one minute. */
  readonly capacity: number;
  /** Cost units given back per second (capacity / 60 refills a spent bucket in a minute). */
  readonly refillPerSecond: number;
};

/** What a caller has left, reported in `extensions.cost.budget`. */
export type BudgetState = { readonly remaining: number; readonly capacity: number; readonly refillPerSecond: number };

export type Take =
  | { readonly ok: true; readonly state: BudgetState }
  | { readonly ok: false; readonly state: BudgetState; readonly retryAfterSeconds: number };

export type Budget = {
  readonly settings: BudgetSettings;
  /** Takes `amount` from the caller's bucket, or refuses (taking nothing) with the seconds until it would fit. */
  take: (key: string, amount: number) => Take;
  /** Gives back part of what was taken (an operation read fewer rows than it asked for). */
  giveBack: (key: string, amount: number) => BudgetState;
  /** The caller's bucket now. */
  peek: (key: string) => BudgetState;
};

/** The default: four operations at the cost limit per minute, refilled over the minute. */
export const budgetFor = (costLimit: number): BudgetSettings => ({
  capacity: costLimit * 4,
  refillPerSecond: (costLimit * 4) / 60,
});

type Bucket = { tokens: number; at: number };

/** Buckets of the callers seen recently; a forgotten caller comes back with a full bucket. */
export const createBudget = (settings: BudgetSettings, now: () => number = () => performance.now()): Budget => {
  const { capacity, refillPerSecond } = settings;
  if (!(capacity > 0 && refillPerSecond > 0)) throw new Error('a cost budget needs a positive capacity and refill');
  const buckets = new LRUCache<string, Bucket>({ max: 50_000 });
  const current = (key: string): Bucket => {
    const t = now();
    const b = buckets.get(key) ?? { tokens: capacity, at: t };
    b.tokens = Math.min(capacity, b.tokens + ((t - b.at) / 1000) * refillPerSecond);
    b.at = t;
    buckets.set(key, b);
    return b;
  };
  const stateOf = (b: Bucket): BudgetState => ({ remaining: Math.floor(b.tokens), capacity, refillPerSecond });
  return {
    settings,
    take: (key, amount) => {
      const b = current(key);
      const wanted = Math.min(amount, capacity);
      if (b.tokens < wanted)
        return {
          ok: false,
          state: stateOf(b),
          retryAfterSeconds: Math.max(1, Math.ceil((wanted - b.tokens) / refillPerSecond)),
        };
      b.tokens -= wanted;
      return { ok: true, state: stateOf(b) };
    },
    giveBack: (key, amount) => {
      const b = current(key);
      b.tokens = Math.min(capacity, b.tokens + Math.max(0, amount));
      return stateOf(b);
    },
    peek: (key) => stateOf(current(key)),
  };
};

/** The 429 of a spent budget, with `Retry-After` in seconds. */
export const budgetExceededError = (requested: number, refused: Extract<Take, { ok: false }>) =>
  new GraphQLError(
    `the cost budget of this minute is spent: this operation may cost ${requested} and ${refused.state.remaining} remains; retry after ${refused.retryAfterSeconds} s`,
    {
      extensions: {
        code: 'BUDGET_EXCEEDED',
        retryAfterSeconds: refused.retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(refused.retryAfterSeconds)]]) },
      },
    },
  );
