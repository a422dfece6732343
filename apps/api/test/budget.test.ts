import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetFor, createBudget } from '../src/budget.js';
import { startTestApi, type TestApi } from './harness.js';

describe('the cost budget of a caller (a token bucket)', () => {
  it('starts full, takes what an operation asks, and refuses what it does not hold, saying when it will', () => {
    let now = 0;
    const budget = createBudget({ capacity: 600, refillPerSecond: 10 }, () => now);
    expect(budget.take('user:1', 500)).toEqual({
      ok: true,
      state: { remaining: 100, capacity: 600, refillPerSecond: 10 },
    });
    const refused = budget.take('user:1', 300);
    expect(refused.ok).toBe(false);
    // 200 more are needed at 10 a second.
    expect(refused.ok ? 0 : refused.retryAfterSeconds).toBe(20);
    expect(budget.peek('user:1').remaining).toBe(100);
    now += 20_000;
    expect(budget.take('user:1', 300).ok).toBe(true);
  });
  it('keeps one bucket per caller, never refills past its capacity, and takes back what was not read', () => {
    let now = 0;
    const budget = createBudget({ capacity: 100, refillPerSecond: 1 }, () => now);
    budget.take('user:1', 100);
    expect(budget.peek('user:2').remaining).toBe(100);
    expect(budget.giveBack('user:1', 40).remaining).toBe(40);
    now += 3_600_000;
    expect(budget.peek('user:1').remaining).toBe(100);
  });
  it('an operation larger than the whole budget waits for a full bucket instead of never running', () => {
    const budget = createBudget({ capacity: 100, refillPerSecond: 1 }, () => 0);
    expect(budget.take('ip:10.0.0.1', 1_000).ok).toBe(true);
  });
  it('by default holds four operations at the cost limit and refills them in a minute', () => {
    expect(budgetFor(100_000)).toEqual({ capacity: 400_000, refillPerSecond: 400_000 / 60 });
  });
});

describe('the cost budget over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    // A small budget so a few list pages spend it: 3,000 units, refilled at 1 a second.
    api = await startTestApi('pglite', { employees: 150, budget: { capacity: 3_000, refillPerSecond: 1 } });
  });
  afterAll(async () => {
    await api?.close();
  });
  const PAGE = '{ employees(first: 100) { nodes { nip name } } }';

  it('reports what remains in extensions.cost.budget, charging the rows read, not the rows asked for', async () => {
    const analyst = await api.as('analis');
    const r = await analyst.gql(PAGE);
    expect(r.status).toBe(200);
    expect(r.extensions?.cost?.requested).toBe(100);
    const budget = r.extensions?.cost?.budget;
    expect(budget?.capacity).toBe(3_000);
    expect(budget?.refillPerSecond).toBe(1);
    const read = r.extensions?.cost?.actual ?? 0;
    expect(read).toBeGreaterThan(0);
    expect(budget?.remaining).toBeGreaterThanOrEqual(3_000 - read);
    expect(budget?.remaining).toBeLessThanOrEqual(3_000 - read + 2);
  });
  it('when spent: HTTP 429, Retry-After in seconds and a BUDGET_EXCEEDED error; other callers are not affected', async () => {
    const analyst = await api.as('analis');
    const big = '{ employees(first: 100) { nodes { nip name skps(first: 20) { nodes { year } } } } }';
    let refused: Response | undefined;
    for (let i = 0; i < 10 && !refused; i++) {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst.token}` },
        body: JSON.stringify({ query: big }),
      });
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(200);
    }
    expect(refused, 'the budget of 3,000 runs out within ten requests that may cost 2,100 each').toBeDefined();
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    const body = (await refused?.json()) as {
      errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[];
      extensions: { cost: { budget: { remaining: number } } };
    };
    expect(body.errors[0]?.extensions.code).toBe('BUDGET_EXCEEDED');
    expect(body.errors[0]?.extensions.retryAfterSeconds).toBe(retryAfter);
    expect(body.errors[0]?.message).toMatch(/budget/);
    expect(body.extensions.cost.budget.remaining).toBeLessThan(2_100);
    // Another signed-in user has a bucket of their own.
    const admin = await api.as('admin');
    const theirs = await admin.gql(PAGE);
    expect(theirs.status).toBe(200);
    expect(theirs.errors).toBeUndefined();
  });
});
