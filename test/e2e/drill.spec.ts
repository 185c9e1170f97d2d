import { expect, test, type Page } from '@playwright/test';
import { checkA11y, shoot } from './helpers.ts';

const WEB_STACK = 'Web Stack Outage (October 2023)';

/** Opens the lobby and briefs the web-stack scenario, or the first playable one. */
async function briefScenario(page: Page) {
  await page.goto('/');
  const briefMe = page.getByRole('button', { name: /^Brief me/ });
  await expect(briefMe.first()).toBeVisible({ timeout: 30_000 });
  // Big scenarios take a few seconds to analyse in the worker: wait for every card.
  await expect(page.locator('.loading-card')).toHaveCount(0, { timeout: 60_000 });
  const webStack = page.getByRole('button', { name: `Brief me: ${WEB_STACK}` });
  const target = (await webStack.count()) > 0 ? webStack : briefMe.first();
  return target;
}

async function doActions(page: Page, count: number) {
  const actions = page.getByRole('region', { name: 'Actions' });
  for (let i = 0; i < count; i++) {
    const button = actions.locator('.action.status-available button').first();
    const label = (await button.locator('.action-label').textContent()) ?? '';
    await button.click();
    await expect(actions.locator('.action.status-in-progress').first()).toBeVisible();
    // The next scheduled event may be an inject: jump until the action completes.
    const done = page
      .getByRole('list', { name: /Timeline entries/ })
      .getByText(`Done: ${label}`, { exact: false });
    for (let jumps = 0; jumps < 10 && !(await done.isVisible()); jumps++)
      await page.getByRole('button', { name: /Jump to next event/ }).click();
    await expect(done).toBeVisible();
  }
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'mobile', width: 390, height: 844 },
]) {
  test(`a drill from lobby to console (${viewport.name})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const suffix = viewport.name === 'desktop' ? '' : '-mobile';

    const target = await briefScenario(page);
    await checkA11y(page, `lobby${suffix}`);
    await shoot(page, `lobby${suffix}`);

    await target.click();
    await expect(page.getByRole('button', { name: 'Start the drill' })).toBeVisible();
    await expect(page.getByText(/SEV\d/).first()).toBeVisible();
    await checkA11y(page, `briefing${suffix}`);
    await shoot(page, `briefing${suffix}`);

    await page.getByRole('button', { name: 'Start the drill' }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Acknowledge alert' }).click();
    await expect(page.getByText('Acknowledged', { exact: true })).toBeVisible();
    await doActions(page, 2);
    await expect(page.getByRole('region', { name: /Evidence/ })).toBeVisible();
    await checkA11y(page, `console${suffix}`);
    await shoot(page, `console${suffix}`);
  });
}
