/**
 * Benchmark 5a: time to interactive in Chromium, the app's lobby vs the bare React app, served
 * side by side from their production builds and loaded alternately in fresh contexts.
 */
import type { Row } from '../report.ts';
import { freshPage, median, type Page, type Probe } from './chromium.ts';
import type { Browser } from 'playwright-core';

/** The lobby is interactive when the first scenario card's "Brief me" button is. */
export const LOBBY_READY: Probe = { selector: 'button[aria-label^="Brief me"]' };
/** The lobby's shell (title bar and navigation) before any scenario is analysed. */
export const SHELL_READY: Probe = { selector: 'nav[aria-label="Main"] button' };
export const BASELINE_READY: Probe = { selector: 'button', text: 'Clicked' };

async function timeToShow(browser: Browser, url: string, probe: Probe): Promise<number> {
  const { page, close } = await freshPage(browser);
  try {
    await page.addInitScript((p) => window.__bench.watchInteractive(p), probe);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.interactive !== null, null, {
      timeout: 60_000,
    });
    return await page.evaluate(() => window.__bench.interactive!);
  } finally {
    await close();
  }
}

export async function loadBenchmark(
  browser: Browser,
  urls: { app: string; baseline: string },
  runs = 7,
): Promise<Row[]> {
  const lobby: number[] = [];
  const shell: number[] = [];
  const bare: number[] = [];
  // One warm-up each (Chromium's own start-up costs), then alternate so drift hits both.
  await timeToShow(browser, urls.app, LOBBY_READY);
  await timeToShow(browser, urls.baseline, BASELINE_READY);
  for (let i = 0; i < runs; i++) {
    bare.push(await timeToShow(browser, urls.baseline, BASELINE_READY));
    lobby.push(await timeToShow(browser, urls.app, LOBBY_READY));
    shell.push(await timeToShow(browser, urls.app, SHELL_READY));
  }
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const base = median(bare);
  return [
    {
      name: `Load: lobby shell painted and interactive (median of ${runs})`,
      ours: ms(median(shell)),
      baseline: `${ms(base)} (bare React button)`,
      ratio: `${(median(shell) / base).toFixed(2)}×`,
      target: 'report only',
      pass: null,
    },
    {
      name: `Load: first scenario card's button interactive (median of ${runs})`,
      ours: ms(median(lobby)),
      baseline: `${ms(base)} (bare React button)`,
      ratio: `${(median(lobby) / base).toFixed(2)}×`,
      target: 'report only',
      pass: null,
    },
  ];
}

declare global {
  interface Window {
    __bench: {
      interactive: number | null;
      watchInteractive(probe: Probe): void;
      pending: Promise<{ dom: number; paint: number }> | null;
      armClick(probe: Probe): void;
      startFrames(): void;
      stopFrames(): number[];
    };
  }
}

export type { Page };
