import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { SCREENS_DIR, checkA11y, shoot, startFirstDrill } from './helpers.ts';

/** Start the first available actions and jump until each is done. */
async function doActions(page: Page, count: number) {
  const actions = page.getByRole('region', { name: 'Actions' });
  for (let i = 0; i < count; i++) {
    const button = actions.locator('.action.status-available button').first();
    const label = (await button.locator('.action-label').textContent()) ?? '';
    await button.click();
    const done = page
      .getByRole('list', { name: /Timeline entries/ })
      .getByText(`Done: ${label}`, { exact: false });
    for (let jumps = 0; jumps < 10 && !(await done.isVisible()); jumps++)
      await page.getByRole('button', { name: /Jump to next event/ }).click();
    await expect(done).toBeVisible();
  }
}

const clockLabel = (page: Page) =>
  page.locator('.clock-face').getAttribute('aria-label') as Promise<string>;
const timeline = (page: Page) =>
  page
    .getByRole('list', { name: /Timeline entries/ })
    .getByRole('listitem')
    .allTextContents();

/** The saved record as the app wrote it (IndexedDB `firedrill`, table `drills`). */
const savedClockAt = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open('firedrill');
        open.onsuccess = () => {
          const all = open.result.transaction('drills').objectStore('drills').getAll();
          all.onsuccess = () => {
            const rows = all.result as { clockAt: number; updatedAt: number }[];
            rows.sort((a, b) => b.updatedAt - a.updatedAt);
            open.result.close();
            resolve(rows[0]?.clockAt ?? null);
          };
        };
        open.onerror = () => resolve(null);
      }),
  );

test('a reloaded drill resumes at the same game time with the same timeline', async ({ page }) => {
  test.setTimeout(90_000);
  await startFirstDrill(page);
  await doActions(page, 2);
  await page.getByLabel('Status update').fill('Investigating slow responses, next update in 30m');
  await page.getByRole('button', { name: 'Post status update' }).click();

  const clock = await clockLabel(page);
  const entries = await timeline(page);
  expect(entries.length).toBeGreaterThan(4);
  const gameTime = (await page.locator('.clock .muted').first().textContent()) ?? '';
  // The clock position is saved at most once a second: wait for the last write.
  await expect
    .poll(async () => savedClockAt(page))
    .toBe(
      await page.evaluate((label) => {
        const [h, m, s] = label.replace('Incident clock ', '').split(':').map(Number);
        return ((h! * 60 + m!) * 60 + s!) * 1000;
      }, clock),
    );

  await page.reload();
  const offer = page.getByRole('button', {
    name: new RegExp(`^Resume .* at ${gameTime.replace('+', '\\+')}$`),
  });
  await expect(offer).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Discard' })).toBeVisible();
  await checkA11y(page, 'lobby-resume');
  await shoot(page, 'lobby-resume');
  await page.setViewportSize({ width: 390, height: 844 });
  await page
    .locator('.your-drills')
    .screenshot({ path: path.join(SCREENS_DIR, 'lobby-resume-mobile.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  await offer.click();
  await expect(page.locator('.clock-face')).toHaveAttribute('aria-label', clock);
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  expect(await timeline(page)).toEqual(entries);
});

test('a finished drill exported to a file replays to the same debrief elsewhere', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await startFirstDrill(page);
  await doActions(page, 1);
  await page.getByRole('button', { name: 'Facilitator' }).click();
  await page.getByRole('button', { name: 'End the drill' }).click();
  await page.getByRole('button', { name: 'Yes, end it now' }).click();
  await page.getByRole('button', { name: 'Debrief' }).click();
  await expect(page.getByRole('heading', { name: /^Debrief: / })).toBeVisible();
  const header = page.locator('.debrief-header');
  const headerText = await header.textContent();
  const sections = page.locator('section[aria-labelledby^="debrief-"]');
  const debriefText = await sections.allTextContents();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export drill' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.firedrill\.json$/);
  const file = await download.path();

  // Another browser profile: empty storage, nothing but the file.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Your drills' })).toBeVisible();
  await other.getByLabel('Drill or backup file to import').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported 1 drill' })).toBeVisible();
  const open = other.getByRole('button', { name: /^Open / });
  await expect(open).toBeEnabled({ timeout: 60_000 });
  await open.click();
  await expect(other.locator('.debrief-header')).toHaveText(headerText ?? '');
  // Retried: par comes from the scenario's analysis, which may still be running in this
  // fresh profile when the drill opens (the lane then fills in).
  await expect(other.locator('section[aria-labelledby^="debrief-"]')).toHaveText(debriefText);

  // Importing the same file again asks before touching the saved drill.
  await other.getByRole('button', { name: 'Exit' }).click();
  await other.getByLabel('Drill or backup file to import').setInputFiles(file);
  await expect(other.getByText(/is already saved here/)).toBeVisible();
  await shoot(other, 'lobby-import-conflict');
  await other.getByRole('button', { name: 'Keep both' }).click();
  await expect(other.getByRole('button', { name: /^Open / })).toHaveCount(2);
  await elsewhere.close();
});

test('without IndexedDB a banner says drills are not saved, and the drill still runs', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  const page = await context.newPage();
  await startFirstDrill(page);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Drills are not being saved' }),
  ).toBeVisible();
  await expect(page.getByText('Acknowledged', { exact: true })).toBeVisible();
  await shoot(page, 'storage-banner');
  await context.close();
});
