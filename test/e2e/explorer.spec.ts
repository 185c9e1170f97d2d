import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { SCREENS_DIR, checkA11y, shoot } from './helpers.ts';

const WEB_STACK = 'Web Stack Outage (October 2023)';

/** Opens the explorer on the web-stack scenario from its lobby card. */
async function openExplorer(page: Page) {
  await page.goto('/');
  const explore = page.getByRole('button', { name: `Explore: ${WEB_STACK}` });
  await expect(explore).toBeVisible({ timeout: 30_000 });
  await explore.click();
  await expect(page.getByRole('heading', { name: WEB_STACK })).toBeVisible();
  const flow = page.getByTestId('explorer-flow');
  await expect(flow.locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  return flow;
}

/** Whether `node` is drawn wholly inside the graph's pane. */
async function inPane(flow: Locator, node: Locator): Promise<boolean> {
  const [pane, box] = [await flow.boundingBox(), await node.boundingBox()];
  if (!pane || !box) return false;
  return (
    box.x >= pane.x &&
    box.y >= pane.y &&
    box.x + box.width <= pane.x + pane.width &&
    box.y + box.height <= pane.y + pane.height
  );
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
]) {
  test(`explorer and playtest (${viewport.name})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const suffix = viewport.name === 'desktop' ? '' : '-mobile';
    const flow = await openExplorer(page);

    // Par is drawn: one thick edge per par move (waits included), listed in the side panel.
    const parList = page.locator('.explorer-par-list > li');
    const parMoves = await parList.count();
    expect(parMoves).toBeGreaterThanOrEqual(4); // the analysis's par has 4 steps
    await expect(flow.locator('path.react-flow__edge-path[data-par="true"]')).toHaveCount(parMoves);
    await expect(flow.locator('button.state-node[data-par="true"]')).toHaveCount(parMoves + 1);
    await expect(page.getByText(/too many to draw/)).toBeVisible();
    await checkA11y(page, `explorer${suffix}`);
    await shoot(page, `explorer${suffix}`);

    // The first view: the start state (and on a wide screen par's next state) at a zoom where
    // a node's 12 px text stays about 11 px or more, not the whole graph shrunk to a blur.
    const start = flow.locator('button.state-node[data-node-id="n0"]');
    await expect(start).toContainText('start');
    await expect.poll(() => inPane(flow, start)).toBe(true);
    expect((await start.boundingBox())!.width).toBeGreaterThanOrEqual(0.9 * 170 - 1);
    const parNodes = await flow.locator('button.state-node[data-par="true"]').all();
    const parInView = (await Promise.all(parNodes.map((n) => inPane(flow, n)))).filter(Boolean);
    expect(parInView.length).toBeGreaterThanOrEqual(viewport.name === 'desktop' ? 2 : 1);
    expect(parInView.length).toBeLessThan(parNodes.length);
    await flow.screenshot({ path: path.join(SCREENS_DIR, `explorer-first-view${suffix}.png`) });

    // The whole graph, on demand: every par state is in the pane.
    await page.getByRole('button', { name: 'Show whole graph' }).click();
    await expect
      .poll(async () => (await Promise.all(parNodes.map((n) => inPane(flow, n)))).every(Boolean))
      .toBe(true);
    await page.waitForTimeout(400); // the view glides out
    await flow.screenshot({ path: path.join(SCREENS_DIR, `explorer-whole${suffix}.png`) });

    // A state on par, two moves in: the player's view there.
    const parNode = flow.locator('button.state-node[data-par="true"]').nth(2);
    await parNode.scrollIntoViewIfNeeded();
    await parNode.click();
    const panel = page.getByRole('region', { name: 'What the player sees here' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: /Evidence found/ })).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: /par/ }).first()).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    await shoot(page, `explorer-node${suffix}`);

    // Choosing a state in the picker brings it into view in the graph.
    const picker = page.getByLabel('Go to state');
    const option = picker.locator('option', { hasText: '★' }).nth(3);
    await picker.selectOption((await option.getAttribute('value')) ?? '');
    await page.waitForTimeout(500); // the view glides to the state
    await flow.screenshot({ path: path.join(SCREENS_DIR, `explorer-zoom${suffix}.png`) });

    await panel.getByRole('button', { name: 'Playtest from here' }).click();
    const playtest = page.getByRole('complementary', { name: 'Playtest: hidden information' });
    await expect(playtest).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/Playtest \(not recorded\)/)).toBeVisible();
    await expect(playtest.getByText('Not recorded in history')).toBeVisible();
    await expect(playtest.getByRole('heading', { name: 'Root cause' })).toBeVisible();
    await expect(playtest.getByText('✗ red herring').first()).toBeVisible();
    await expect(playtest.getByTestId('next-par-step')).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await checkA11y(page, `playtest${suffix}`);
    await shoot(page, `playtest${suffix}`);
    await page.screenshot({ path: path.join(SCREENS_DIR, `playtest-top${suffix}.png`) });

    // Rewind to the alert: the journal empties.
    await playtest.getByRole('button', { name: 'Restart from the alert' }).click();
    await expect(playtest.getByText('Nothing recorded yet.')).toBeVisible();
  });
}
