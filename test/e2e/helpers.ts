import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Where `shoot` writes: test-results/screens/<name>.png at the repository root. */
export const SCREENS_DIR = path.resolve(import.meta.dirname, '../../test-results/screens');

const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the current page and fails the test on any serious or critical violation,
 * with one line per violation: impact, rule id, help text, and the offending targets.
 * The full axe result is attached to the test report as `axe-<screenName>.json`.
 */
export async function checkA11y(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  await test.info().attach(`axe-${screenName}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });

  const blocking = results.violations.filter((v) => v.impact && FAILING_IMPACTS.has(v.impact));
  const report = blocking
    .map((v) => {
      const targets = v.nodes.map((n) => `    - ${n.target.join(' ')}`).join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${targets}`;
    })
    .join('\n');

  expect(
    blocking.length,
    `Accessibility violations on screen "${screenName}" (serious/critical):\n${report}`,
  ).toBe(0);
}

/** Saves a full-page screenshot to test-results/screens/<name>.png and returns its path. */
export async function shoot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Lobby with every scenario analysed; brief and start the first playable one, paused, alert acknowledged. */
export async function startFirstDrill(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.loading-card')).toHaveCount(0, { timeout: 60_000 });
  await page
    .getByRole('button', { name: /^Brief me/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Acknowledge alert' }).click();
}
