/**
 * `npm run test:bundle`: builds the app into a temporary directory and checks its first-load
 * JavaScript (gzip bytes per chunk and in total) against `bench/budgets.json`. The only
 * performance figure checked in CI, because it does not vary by machine.
 *
 * `npm run test:bundle -- --write` rewrites the budget at 10 % over the measured figures
 * (review the diff: a budget should only grow for a reason).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWith, firstLoadChunks, REPO } from './bundle/build.ts';
import { budgetFor, checkBudget, formatBudgetTable, type Budget } from './bundle/budget.ts';

const BUDGET_FILE = path.join(REPO, 'bench/budgets.json');

const outDir = mkdtempSync(path.join(tmpdir(), 'firedrill-bundle-'));
try {
  await buildWith(outDir);
  const chunks = firstLoadChunks(outDir);
  if (process.argv.includes('--write')) {
    const budget = {
      $comment:
        'First-load JavaScript budget, gzip bytes (level 9), checked by npm run test:bundle. Chunk names: "entry" is the HTML entry chunk, others are Vite chunk names.',
      ...budgetFor(chunks),
    };
    writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
    process.stdout.write(`Wrote ${path.relative(REPO, BUDGET_FILE)}\n`);
  }
  const budget = JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as Budget;
  const check = checkBudget(chunks, budget);
  process.stdout.write(
    `First-load JavaScript (gzip) vs bench/budgets.json\n${formatBudgetTable(check)}\n`,
  );
  if (!check.ok) {
    process.stderr.write(
      '\nBundle budget exceeded. Load the new code lazily (React.lazy / import()), or raise the budget in bench/budgets.json with a reason.\n',
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
