import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { analyzeScenario, loadScenario, type ScenarioModel } from '../../src/engine/index.ts';
import { checkA11y, shoot } from './helpers.ts';

function model(file: string): ScenarioModel {
  const result = loadScenario(readFileSync(`scenarios/${file}`, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} is invalid`);
  return result.model;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function startDrill(page: Page, title: string) {
  await page.goto('/');
  await expect(page.locator('.loading-card')).toHaveCount(0, { timeout: 60_000 });
  await page.getByRole('button', { name: `Brief me: ${title}` }).click();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Acknowledge alert' }).click();
}

/** Jump the game clock; the console may already be gone when the drill has just resolved. */
const jump = async (page: Page) => {
  const button = page.getByRole('button', { name: /Jump to next event/ });
  if (await button.isVisible()) await button.click({ timeout: 5_000 });
};

/** Play one path step through the console, jumping the clock until it can be taken and until it is done. */
async function playStep(page: Page, scenario: ScenarioModel, step: string) {
  if (step.startsWith('page:')) {
    const level = scenario.escalation.get(step.slice(5))!;
    await page.getByRole('button', { name: `Page ${level.name}` }).click();
    return;
  }
  if (step.startsWith('declare:')) {
    const hypothesis = scenario.hypotheses.get(step.slice(8))!;
    await page.getByRole('button', { name: `Declare: ${hypothesis.label}` }).click();
    return;
  }
  if (step.startsWith('wait:')) return;
  const label = scenario.actions.get(step)!.label;
  const actions = page.getByRole('region', { name: 'Actions' });
  const button = actions.getByRole('button', { name: new RegExp(`^${escape(label)}`) });
  for (let i = 0; i < 20 && (await button.isDisabled()); i++) await jump(page);
  await button.click();
  const done = page.getByRole('list', { name: /Timeline entries/ }).getByText(`Done: ${label}`);
  for (
    let i = 0;
    i < 30 &&
    !(await done.isVisible()) &&
    !(await page.getByRole('heading', { name: /^Score:/ }).isVisible());
    i++
  )
    await jump(page);
}

for (const file of ['web-stack-outage-2023-10.yaml', 'shopall-outage-2023-06.yaml']) {
  test(`par path of ${file} resolves to a debrief with a Markdown postmortem`, async ({ page }) => {
    test.setTimeout(120_000);
    const scenario = model(file);
    const par = analyzeScenario(scenario).par!;
    await startDrill(page, scenario.file.title);
    for (const step of par.path) await playStep(page, scenario, step);
    await expect(page.getByRole('heading', { name: /^Score:/ })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/Grade/).first()).toBeVisible();
    const short = file.startsWith('web') ? '' : '-shopall';
    await checkA11y(page, `score${short}`);
    await shoot(page, `score${short}`);
    await page.getByRole('button', { name: 'Debrief', exact: true }).click();
    await expect(page.getByRole('heading', { name: /^Debrief:/ })).toBeVisible();
    await expect(page.getByText(scenario.file.rootCause.summary).first()).toBeVisible();
    await checkA11y(page, `debrief${short}`);
    await shoot(page, `debrief${short}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    const markdown = readFileSync(await (await download).path(), 'utf8');
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    for (const section of [
      'Issue Summary',
      'Timeline',
      'Root Cause and Resolution',
      'Corrective and Preventative Measures',
      'Tasks',
    ])
      expect(headings).toContain(`## ${section}`);
    expect(markdown).toMatch(/- \[ \] /);
  });
}

test('the misleading path ends in a debrief that names the red herrings and the minutes lost', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const scenario = model('shopall-outage-2023-06.yaml');
  await startDrill(page, scenario.file.title);
  for (const step of scenario.file.history!.path) await playStep(page, scenario, step);
  await expect(page.getByRole('heading', { name: /^Score:/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/red-herring/i).first()).toBeVisible();
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  const herrings = scenario.file.clues.filter((c) => c.redHerring);
  const met = herrings.filter((c) =>
    scenario.file.history!.path.some((s) =>
      scenario.actions.get(s)?.effects?.reveal?.includes(c.id),
    ),
  );
  expect(met.length).toBeGreaterThan(0);
  for (const clue of met) await expect(page.getByText(clue.explanation).first()).toBeVisible();
  await expect(page.getByText(/\d+ min/).first()).toBeVisible();
  await shoot(page, 'debrief-misled');
});
