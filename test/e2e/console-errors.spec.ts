import { expect, test } from '@playwright/test';

test('the lobby loads without a console error (no missing favicon or other resource)', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Firedrill' })).toBeVisible();
  await expect(page.locator('.loading-card')).toHaveCount(0, { timeout: 60_000 });
  expect(errors).toEqual([]);
});
