import { expect, test, type Page } from '@playwright/test';
import { checkA11y, shoot, startFirstDrill } from './helpers.ts';

/** Brief and start the first playable scenario, acknowledge, and end it from the facilitator panel. */
async function finishADrill(page: Page) {
  await startFirstDrill(page);
  await page.getByRole('button', { name: 'Facilitator' }).click();
  await page.getByRole('button', { name: 'End the drill' }).click();
  await page.getByRole('button', { name: 'Yes, end it now' }).click();
  await expect(page.getByRole('heading', { name: /^Score: / })).toBeVisible();
}

test('a reload on the score or the debrief comes back to it; after "Exit" it does not', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await finishADrill(page);
  const score = await page.locator('main').innerText();

  await page.reload();
  await expect(page.getByRole('heading', { name: /^Score: / })).toBeVisible({ timeout: 30_000 });
  expect(await page.locator('main').innerText()).toBe(score);

  await page.getByRole('button', { name: 'Debrief' }).click();
  const heading = await page.getByRole('heading', { name: /^Debrief: / }).textContent();
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Debrief: / })).toHaveText(heading ?? '', {
    timeout: 30_000,
  });

  await page.getByRole('button', { name: 'Exit' }).click();
  await expect(page.getByRole('heading', { name: 'Your drills' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /^Open / })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: /^Debrief: / })).toHaveCount(0);
});

test('on a phone, a finished drill shows its grade and review buttons without a sideways scroll', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await finishADrill(page);
  await page.getByRole('button', { name: 'Exit' }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'History' }).click();
  const table = page.getByRole('region', { name: 'Finished drills table' });
  const debrief = table.getByRole('button', { name: /^Debrief of / });
  await expect(debrief).toBeVisible();
  const box = await debrief.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  const grade = table.locator('td.grade');
  const gradeBox = await grade.boundingBox();
  expect(gradeBox!.x + gradeBox!.width).toBeLessThanOrEqual(390);
  await checkA11y(page, 'history-mobile');
  await shoot(page, 'history-mobile');
});
