import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { shoot } from './helpers.ts';

/** axe on the difficulty panel only: the explorer around it has its own checks. */
async function checkPanelA11y(page: Page) {
  const results = await new AxeBuilder({ page }).include('.difficulty-panel').analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const TITLE = 'Web Stack Outage (October 2023)';

test('the explorer simulates teams playing a scenario: histogram, par and real incident, percentiles', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: `Explore: ${TITLE}` }).click();
  await page.getByRole('button', { name: 'Simulate teams playing it' }).click();

  // 3 player models × 100 runs run in a Web Worker; the page stays responsive meanwhile.
  const table = page.getByRole('table', { name: /Time to resolution from incident start/ });
  await expect(table).toBeVisible({ timeout: 60_000 });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Random');
  await expect(rows.nth(3).getByRole('rowheader')).toHaveText('Obvious signal');
  const chart = page.getByRole('img', { name: 'Distribution of simulated time to resolution' });
  await expect(chart.getByText('Par 1h25m', { exact: true })).toBeVisible();
  await expect(chart.getByText('Real incident 16h30m', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'runs per player model' })).toHaveText(
    '100 runs per player model, seed 1.',
  );

  // Another seed, fewer runs: the numbers change and the status says what was run.
  const before = await table.textContent();
  await page.getByLabel('Runs per model').fill('30');
  await page.getByLabel('Seed', { exact: true }).fill('7');
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await expect(page.getByText('30 runs per player model, seed 7.')).toBeVisible({
    timeout: 60_000,
  });
  expect(await table.textContent()).not.toBe(before);

  await chart.scrollIntoViewIfNeeded();
  await checkPanelA11y(page);
  await shoot(page, 'difficulty');
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPanelA11y(page);
  await shoot(page, 'difficulty-mobile');
});
