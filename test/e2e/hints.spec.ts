import { expect, test } from '@playwright/test';
import { checkA11y, shoot } from './helpers.ts';

/** GitLab 2017: alert at T+0, first hint once 10 game minutes have passed. */
test('solo console says when the next hint comes', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.loading-card')).toHaveCount(0, { timeout: 60_000 });
  await page.getByRole('button', { name: /^Brief me: GitLab\.com database deletion/ }).click();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Acknowledge alert' }).click();

  const hints = page.getByRole('region', { name: 'Hints' });
  const button = hints.getByRole('button', { name: 'Hint' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(
    /^Next hint at T\+10m \(in (10|9)m of game time\)\.$/,
  );
  await hints.scrollIntoViewIfNeeded();
  await hints.screenshot({ path: 'test-results/screens/console-hints-panel.png' });
  await shoot(page, 'console-hints-1280');
  await checkA11y(page, 'console-hints');

  // The next event comes after T+10m: the hint opens, and the one after needs evidence.
  await page.getByRole('button', { name: /^Jump to next event/ }).click();
  await button.click();
  await expect(hints.getByRole('listitem')).toHaveCount(1);
  await expect(button).toHaveAccessibleDescription('The next hint needs more progress first.');
  await hints.screenshot({ path: 'test-results/screens/console-hints-progress.png' });

  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'console-hints-390');
  await hints.screenshot({ path: 'test-results/screens/console-hints-panel-390.png' });
});
