import { expect, test } from '@playwright/test';
import { checkA11y, shoot } from './helpers.ts';

test('the app opens on the Firedrill heading, accessibly', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Firedrill' })).toBeVisible();
  await checkA11y(page, 'home');
  await shoot(page, 'home');
});
