/** Drives the app from the lobby into a running drill of the web-stack scenario. */
import type { Page } from 'playwright-core';

export const WEB_STACK = 'Web Stack Outage (October 2023)';

/** Lobby → briefing → console; leaves the clock running at the default speed. */
export async function startWebStackDrill(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const brief = page.getByRole('button', { name: `Brief me: ${WEB_STACK}` });
  await brief.waitFor({ timeout: 60_000 });
  await brief.click();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await page.getByRole('region', { name: 'Actions' }).waitFor();
}

/** Game time on the console's clock face (HH:MM:SS since the incident began), in seconds. */
export async function clockSeconds(page: Page): Promise<number> {
  const text = (await page.locator('.clock-face').textContent()) ?? '';
  const match = /(\d+):(\d\d):(\d\d)/.exec(text);
  if (!match) throw new Error(`no clock on the console: "${text}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
