/**
 * The bundle budget: gzip bytes allowed per first-load chunk and in total
 * (`bench/budgets.json`). Pure comparison and formatting, unit-tested in test/bench/.
 */

export interface MeasuredChunk {
  /** Stable chunk name: `entry` for the HTML entry chunk, else Vite's chunk name. */
  name: string;
  /** Hashed output file, for the report only. */
  file: string;
  bytes: number;
  gzip: number;
}

export interface Budget {
  /** Gzip bytes allowed per first-load chunk, by chunk name. */
  chunks: Record<string, number>;
  /** Gzip bytes allowed for all first-load chunks together. */
  firstLoadTotal: number;
}

export interface BudgetRow {
  name: string;
  gzip: number;
  /** null: the chunk has no budget (a new eager chunk), which fails. */
  budget: number | null;
  over: boolean;
}

export interface BudgetCheck {
  rows: BudgetRow[];
  ok: boolean;
}

/**
 * Gzip bytes per chunk name. Hashes change with every edit, names do not; two shared chunks
 * may get the same name (Rolldown names them after a module), so their sizes add up.
 */
export function sizesByName(chunks: readonly MeasuredChunk[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const chunk of chunks) sizes.set(chunk.name, (sizes.get(chunk.name) ?? 0) + chunk.gzip);
  return sizes;
}

export function checkBudget(chunks: readonly MeasuredChunk[], budget: Budget): BudgetCheck {
  const rows: BudgetRow[] = [...sizesByName(chunks)].map(([name, gzip]) => {
    const allowed = budget.chunks[name] ?? null;
    return { name, gzip, budget: allowed, over: allowed === null || gzip > allowed };
  });
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
  rows.push({
    name: 'first-load total',
    gzip: total,
    budget: budget.firstLoadTotal,
    over: total > budget.firstLoadTotal,
  });
  return { rows, ok: rows.every((row) => !row.over) };
}

/** A budget with `headroom` (0.1 = 10 %) over each measured figure, rounded up to 100 bytes. */
export function budgetFor(chunks: readonly MeasuredChunk[], headroom = 0.1): Budget {
  const allow = (gzip: number) => Math.ceil((gzip * (1 + headroom)) / 100) * 100;
  return {
    chunks: Object.fromEntries([...sizesByName(chunks)].map(([name, gzip]) => [name, allow(gzip)])),
    firstLoadTotal: allow(chunks.reduce((sum, chunk) => sum + chunk.gzip, 0)),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Plain-text table for the terminal: chunk, gzip, budget, verdict. */
export function formatBudgetTable(check: BudgetCheck): string {
  const lines = check.rows.map((row) => {
    const verdict =
      row.budget === null
        ? 'NO BUDGET (new first-load chunk: add it to bench/budgets.json or load it lazily)'
        : row.over
          ? `OVER by ${row.gzip - row.budget} B`
          : 'ok';
    const budget = row.budget === null ? '—' : `${kB(row.budget)} (${row.budget} B)`;
    return `${row.name.padEnd(18)} ${`${kB(row.gzip)} (${row.gzip} B)`.padEnd(22)} ${budget.padEnd(22)} ${verdict}`;
  });
  const header = `${'chunk'.padEnd(18)} ${'gzip'.padEnd(22)} ${'budget'.padEnd(22)} result`;
  return [header, ...lines].join('\n');
}
