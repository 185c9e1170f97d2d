import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { analyzeScenario, loadScenario, type ScenarioModel } from '../../src/engine/index.ts';
import { SCREENS_DIR, checkA11y, shoot } from './helpers.ts';

const FILE = 'shopall-outage-2023-06.yaml';
const loaded = loadScenario(readFileSync(`scenarios/${FILE}`, 'utf8'), FILE);
if (!loaded.ok) throw new Error(`${FILE} is invalid`);
const scenario: ScenarioModel = loaded.model;
const par = analyzeScenario(scenario).par!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function jump(page: Page) {
  const button = page.getByRole('button', { name: /Jump to next event/ });
  if (await button.isVisible()) await button.click({ timeout: 5_000 });
}

/** One par-path step through the console (as in debrief.spec.ts). */
async function playStep(page: Page, step: string) {
  if (step.startsWith('page:')) {
    const level = scenario.escalation.get(step.slice(5))!;
    await page.getByRole('button', { name: `Page ${level.name}` }).click();
    return;
  }
  const label = scenario.actions.get(step)!.label;
  const button = page
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: new RegExp(`^${escape(label)}`) });
  for (let i = 0; i < 20 && (await button.isDisabled()); i++) await jump(page);
  await button.click();
  const done = page.getByRole('list', { name: /Timeline entries/ }).getByText(`Done: ${label}`);
  const scored = page.getByRole('heading', { name: /^Score:/ });
  for (let i = 0; i < 30 && !(await done.isVisible()) && !(await scored.isVisible()); i++)
    await jump(page);
}

/** From the lobby: brief, start, play the par path to the score screen, back to the lobby. */
async function playParDrill(page: Page) {
  await expect(page.locator('.loading-card')).toHaveCount(0, { timeout: 60_000 });
  await page.getByRole('button', { name: `Brief me: ${scenario.file.title}` }).click();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Acknowledge alert' }).click();
  for (const step of par.path) await playStep(page, step);
  await expect(page.getByRole('heading', { name: /^Score:/ })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Exit' }).click();
}

/** The same screen 390 px wide; `top` keeps only the first screenful (long pages). */
async function narrow(page: Page, name: string, top = false) {
  await page.setViewportSize({ width: 390, height: 800 });
  if (top) await page.screenshot({ path: `${SCREENS_DIR}/${name}-390.png` });
  else await shoot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('two finished drills show in the history with charts, competency and their debrief', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await playParDrill(page);
  await playParDrill(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'History' })
    .click();
  const table = page.getByRole('region', { name: 'Finished drills table' });
  await expect(table.getByRole('row')).toHaveCount(3, { timeout: 10_000 });
  await expect(table.getByRole('row').nth(1)).toContainText(scenario.file.title);
  // Played through the console the clock runs a little between clicks: near par, not on it.
  await expect(table.getByRole('row').nth(1)).toContainText(/\(par 45m, 1\.\d\d× par\)/);
  await expect(page.getByRole('img', { name: 'Time to resolution relative to par' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Phase splits/ })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Red-herring minutes' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'Time to resolution relative to par' }).locator('circle'),
  ).toHaveCount(2);
  const map = page.getByRole('list', { name: /Competency of .* by failure mode/ });
  await expect(map.getByRole('listitem')).toHaveCount(12);
  await expect(map.getByText('Not yet practised').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recommended next' })).toBeVisible();
  await checkA11y(page, 'history');
  await shoot(page, 'history');
  await page.getByRole('heading', { name: /^Trends/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS_DIR}/history-charts.png` });
  await page.getByRole('heading', { name: /^Competency map/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS_DIR}/history-competency.png` });
  await narrow(page, 'history');

  await table
    .getByRole('button', { name: /^Debrief of/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: `Debrief: ${scenario.file.title}` })).toBeVisible({
    timeout: 10_000,
  });
  await expect(page.getByText(scenario.file.rootCause.summary).first()).toBeVisible();
  await shoot(page, 'history-debrief');

  await page.getByRole('button', { name: 'Step through' }).click();
  const slider = page.getByRole('slider');
  await expect(slider).toBeVisible();
  await page.getByRole('button', { name: 'Previous' }).click();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByText(/Step \d+ of \d+/)).toBeVisible();
  await checkA11y(page, 'history-replay');
  await shoot(page, 'history-replay');
  await narrow(page, 'history-replay');
});

test('a schedule exports to .ics and shows on the lobby, where Start now opens its drill', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Schedule' })
    .click();
  await page.getByRole('button', { name: 'New schedule' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Platform monthly');
  await page.getByLabel('Team', { exact: true }).fill('Platform');
  await page.getByLabel('Repeats', { exact: true }).selectOption('monthly-weekday');
  await page.getByLabel('Which', { exact: true }).selectOption('1');
  await page.getByLabel('Weekday', { exact: true }).selectOption('Tuesday');
  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await page.getByLabel('Time zone', { exact: true }).fill('Europe/Berlin');
  await shoot(page, 'schedule-form');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Platform monthly' });
  await expect(item).toContainText('Monthly on the first Tuesday at 10:00 (Europe/Berlin)');
  await expect(item).toContainText(/Next: .*Tue/);
  await checkA11y(page, 'schedule');
  await shoot(page, 'schedule');
  await narrow(page, 'schedule');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('firedrill-schedule.ics');
  const calendar = new ICAL.Component(
    ICAL.parse(readFileSync(await file.path(), 'utf8')) as unknown[],
  );
  const [vevent] = calendar.getAllSubcomponents('vevent');
  const event = new ICAL.Event(vevent);
  expect(event.summary).toBe('Firedrill: Platform monthly');
  expect(event.startDate.hour).toBe(10);
  expect(event.startDate.dayOfWeek()).toBe(ICAL.Time.TUESDAY);
  const rule = vevent!.getFirstPropertyValue('rrule') as ICAL.Recur;
  expect([rule.freq, rule.interval, rule.getComponent('byday')]).toEqual(['MONTHLY', 1, ['1TU']]);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Drills' })
    .click();
  const card = page.getByRole('region', { name: 'Platform monthly' });
  await expect(card).toContainText('Next scheduled drill');
  await expect(card).toContainText('Platform');
  await expect(page.locator('.loading-card')).toHaveCount(0, { timeout: 60_000 });
  await checkA11y(page, 'lobby-next-drill');
  await shoot(page, 'lobby-next-drill');
  await narrow(page, 'lobby-next-drill', true);

  await card.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('button', { name: 'Start the drill' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await page.getByRole('button', { name: 'Acknowledge alert' }).click();
  // The saved drill names its schedule and the schedule's team.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('firedrill');
            open.onsuccess = () => {
              const all = open.result.transaction('drills').objectStore('drills').getAll();
              all.onsuccess = () => {
                const rows = all.result as { scheduleId: string | null; team: string }[];
                open.result.close();
                resolve(
                  rows.map((r) => `${r.team}:${r.scheduleId === null ? 'none' : 'set'}`).join(),
                );
              };
            };
            open.onerror = () => resolve('');
          }),
      ),
    )
    .toBe('Platform:set');
});
