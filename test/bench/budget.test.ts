import { describe, expect, it } from 'vitest';
import {
  budgetFor,
  checkBudget,
  formatBudgetTable,
  type MeasuredChunk,
} from '../../bench/bundle/budget.ts';

const chunk = (name: string, gzip: number): MeasuredChunk => ({
  name,
  file: `assets/${name}-hash.js`,
  bytes: gzip * 3,
  gzip,
});

describe('bundle budget', () => {
  const budget = { chunks: { entry: 1000, vendor: 500 }, firstLoadTotal: 1400 };

  it('passes when every chunk and the total are within budget', () => {
    const check = checkBudget([chunk('entry', 900), chunk('vendor', 500)], budget);
    expect(check.ok).toBe(true);
    expect(check.rows.map((r) => [r.name, r.gzip, r.over])).toEqual([
      ['entry', 900, false],
      ['vendor', 500, false],
      ['first-load total', 1400, false],
    ]);
  });

  it('fails a chunk one byte over its budget', () => {
    const check = checkBudget([chunk('entry', 1001)], budget);
    expect(check.ok).toBe(false);
    expect(check.rows[0]).toMatchObject({ name: 'entry', over: true, budget: 1000 });
    expect(formatBudgetTable(check)).toMatch(/entry .* OVER by 1 B/);
  });

  it('fails the total even when each chunk fits', () => {
    const check = checkBudget([chunk('entry', 1000), chunk('vendor', 450)], budget);
    expect(check.ok).toBe(false);
    expect(check.rows.at(-1)).toMatchObject({ name: 'first-load total', gzip: 1450, over: true });
  });

  it('fails a first-load chunk that has no budget, saying how to fix it', () => {
    const check = checkBudget([chunk('entry', 10), chunk('charts', 10)], budget);
    expect(check.ok).toBe(false);
    expect(check.rows[1]).toMatchObject({ name: 'charts', budget: null, over: true });
    expect(formatBudgetTable(check)).toContain('NO BUDGET');
  });

  it('adds up shared chunks that Rolldown gave the same name', () => {
    const check = checkBudget(
      [chunk('entry', 700), chunk('vendor', 300), chunk('vendor', 300)],
      budget,
    );
    expect(check.ok).toBe(false);
    expect(check.rows[1]).toMatchObject({ name: 'vendor', gzip: 600, over: true });
  });

  it('writes budgets with headroom over the measured figures, rounded up to 100 bytes', () => {
    expect(budgetFor([chunk('entry', 1000), chunk('vendor', 401)], 0.1)).toEqual({
      chunks: { entry: 1100, vendor: 500 },
      firstLoadTotal: 1600,
    });
  });
});
