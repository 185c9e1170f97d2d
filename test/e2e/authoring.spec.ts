import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkA11y, shoot } from './helpers.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const BROKEN = path.join(FIXTURES, 'broken/unknown-clue.yaml');
const VALID = path.join(FIXTURES, 'tiny.yaml');

const WIDTHS = [
  { suffix: '', width: 1280, height: 800 },
  { suffix: '-mobile', width: 390, height: 844 },
];

/** Screenshot and axe check of the current state at both widths, ending at desktop width. */
async function captureBothWidths(page: Page, name: string) {
  for (const { suffix, width, height } of WIDTHS) {
    await page.setViewportSize({ width, height });
    await checkA11y(page, `${name}${suffix}`);
    await shoot(page, `${name}${suffix}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openAuthoring(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Author' }).click();
  await expect(page.getByRole('heading', { name: 'Author a scenario' })).toBeVisible();
}

test('a broken file shows its errors with positions; fixed, it plays', async ({ page }) => {
  test.setTimeout(90_000);
  await openAuthoring(page);
  await expect(page.getByText('Open, drop or paste a scenario to check it.')).toBeVisible();
  await captureBothWidths(page, 'authoring-empty');

  await page.getByLabel('Open a file…').setInputFiles(BROKEN);
  const problem = page.getByTestId('problem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText('unknown-clue.yaml:78:25');
  await expect(problem).toContainText('unknown clue "db-looks-bussy"');
  await expect(problem).toContainText('actions[1].requires.clues[0]');
  await expect(problem.locator('.is-target .author-excerpt-line')).toHaveText(
    '    requires: { clues: [db-looks-bussy] }',
  );
  await expect(page.getByLabel('File name')).toHaveValue('unknown-clue.yaml');
  await captureBothWidths(page, 'authoring-errors');

  // Fix it in the editor: the problem's link puts the cursor on the bad clue id.
  await problem.getByRole('button', { name: /go to line 78, column 25/ }).click();
  const editor = page.getByRole('textbox', { name: 'Scenario YAML' });
  await expect(editor).toBeFocused();
  await expect(page.locator('#author-cursor')).toContainText('Line 78, column 25');
  for (let i = 0; i < 'db-looks-bussy'.length; i++) await page.keyboard.press('Delete');
  await page.keyboard.type('db-looks-busy');

  const summary = page.getByRole('region', { name: 'Tiny firewall drill' });
  await expect(summary).toBeVisible();
  await expect(problem).toHaveCount(0);
  await expect(summary.getByText('tiny-firewall', { exact: true })).toBeVisible();
  await captureBothWidths(page, 'authoring-valid');

  await summary.getByRole('button', { name: 'Play now' }).click();
  await expect(page.getByRole('button', { name: 'Start the drill' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Response time above 2s' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await expect(page.getByRole('button', { name: 'Acknowledge alert' })).toBeVisible();
  // A draft played from the authoring screen is a playtest: it is not recorded.
  await expect(page.locator('.app-bar-title')).toHaveText(
    'Playtest (not recorded): Tiny firewall drill',
  );
});

test('dropping a file opens it; saving lists it in the lobby as Local', async ({ page }) => {
  test.setTimeout(60_000);
  await openAuthoring(page);
  const zone = page.locator('.author-drop');
  const text = await import('node:fs').then((fs) => fs.readFileSync(VALID, 'utf8'));
  const dataTransfer = await page.evaluateHandle((yaml) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([yaml], 'dropped.yaml', { type: 'application/yaml' }));
    return transfer;
  }, text);
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await expect(zone).toHaveClass(/is-over/);
  await expect(zone).toContainText('Drop the file to open it');
  await shoot(page, 'authoring-drag-over');
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(zone).not.toHaveClass(/is-over/);
  await expect(page.getByLabel('File name')).toHaveValue('dropped.yaml');

  await page.getByRole('button', { name: 'Save to library' }).click();
  await expect(page.getByText(/Saved to this browser/)).toBeVisible();

  await page.getByRole('button', { name: 'Drills' }).click();
  const local = page.getByRole('article', { name: /Tiny firewall drill Local/ });
  await expect(local).toBeVisible({ timeout: 30_000 });
  await checkA11y(page, 'lobby-with-local');
  await shoot(page, 'lobby-with-local');
  // The saved copy plays like a shipped scenario.
  await local.getByRole('button', { name: 'Brief me: Tiny firewall drill (local copy)' }).click();
  await expect(page.getByRole('heading', { name: 'Response time above 2s' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to lobby' }).click();
  await local.getByRole('button', { name: /Delete saved scenario/ }).click();
  await local.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(local).toHaveCount(0);
});
