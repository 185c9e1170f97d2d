/**
 * Benchmark 5b: click-to-paint latency in the incident console, over 50 clicks per kind of
 * interaction, unthrottled and with 4× CPU throttling (DevTools protocol).
 *
 * What is timed: from the click event (window capture phase, the page's performance.now())
 * to the first frame painted after the DOM shows the click's effect (rAF, then a message
 * handled after that frame's paint). The clock is paused, so only the click causes work.
 */
import type { Browser } from 'playwright-core';
import type { Row } from '../report.ts';
import { freshPage, median, quantile, type Page, type Probe } from './chromium.ts';
import { startWebStackDrill } from './drill.ts';

export const CLICKS = 50;
const WARM_UP = 5;

interface Interaction {
  name: string;
  /** Returns the locator to click and the effect to wait for on click `i`. */
  step(page: Page, i: number): { click: ReturnType<Page['locator']>; effect: Probe };
}

const HYPOTHESES = [
  'The database cluster is overloaded or degraded',
  'The web servers are overloaded or broken',
];

const INTERACTIONS: Interaction[] = [
  {
    // A player event: the engine transitions and every console panel re-renders.
    name: 'declare a hypothesis (engine event)',
    step: (page, i) => {
      const label = HYPOTHESES[i % 2]!;
      return {
        click: page.getByRole('button', { name: `Declare: ${label}` }),
        effect: { selector: '.hypotheses p strong', text: label },
      };
    },
  },
  {
    // Start an investigation ("In progress"), then cancel it ("Free to start an action.").
    name: 'start / cancel an investigation (engine event)',
    step: (page, i) =>
      i % 2 === 0
        ? {
            click: page.locator('.actions .action.status-available button').first(),
            effect: { selector: '.actions .action.status-in-progress' },
          }
        : {
            click: page.getByRole('button', { name: 'Cancel my action' }),
            effect: { selector: '.actions p.muted', text: 'Free to start an action.' },
          },
  },
  {
    // UI state only (Zustand): open and close the facilitator panel.
    name: 'toggle the facilitator panel (UI state)',
    step: (page, i) => ({
      click: page.getByRole('button', { name: 'Facilitator' }),
      effect: { selector: 'aside.facilitator', absent: i % 2 === 1 },
    }),
  },
];

interface ClickTimes {
  /** Click → the DOM shows the effect (event handling and React's render and commit). */
  dom: number[];
  /** Click → the first frame painted after that. */
  paint: number[];
}

async function timeClicks(page: Page, interaction: Interaction): Promise<ClickTimes> {
  const times: ClickTimes = { dom: [], paint: [] };
  for (let i = 0; i < WARM_UP + CLICKS; i++) {
    const { click, effect } = interaction.step(page, i);
    await click.waitFor();
    await page.evaluate((p) => window.__bench.armClick(p), effect);
    await click.click();
    const { dom, paint } = await page.evaluate(() => window.__bench.pending!);
    if (i >= WARM_UP) {
      times.dom.push(dom);
      times.paint.push(paint);
    }
  }
  return times;
}

/** The floor: the bare React app's counter button, timed the same way. */
const BASELINE: Interaction = {
  name: 'bare React counter',
  step: (page, i) => ({
    click: page.getByRole('button', { name: /Clicked/ }),
    effect: { selector: 'button', text: `Clicked ${i + 1} times` },
  }),
};

async function throttled(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export async function interactionBenchmark(
  browser: Browser,
  urls: { app: string; baseline: string },
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const throttle of [1, 4]) {
    const bare = await freshPage(browser);
    let floor: ClickTimes;
    try {
      await bare.page.goto(urls.baseline);
      await throttled(bare.page, throttle);
      floor = await timeClicks(bare.page, BASELINE);
    } finally {
      await bare.close();
    }
    const { page, close } = await freshPage(browser);
    try {
      await startWebStackDrill(page, urls.app);
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      await page.getByRole('button', { name: 'Acknowledge alert' }).click();
      await throttled(page, throttle);
      const limit = throttle === 1 ? 16 : 50;
      for (const interaction of INTERACTIONS) {
        const { dom, paint } = await timeClicks(page, interaction);
        const p95 = quantile(paint, 0.95);
        const floorP95 = quantile(floor.paint, 0.95);
        rows.push({
          name: `Click → painted: ${interaction.name}, ${throttle === 1 ? 'unthrottled' : `${throttle}× CPU throttling`} (${CLICKS} clicks)`,
          ours: `median ${median(paint).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (DOM updated: median ${median(dom).toFixed(1)} ms)`,
          baseline: `median ${median(floor.paint).toFixed(1)} ms, p95 ${floorP95.toFixed(1)} ms (bare React counter)`,
          ratio: `${(p95 / floorP95).toFixed(2)}× (p95)`,
          target: `p95 < ${limit} ms`,
          pass: p95 < limit,
        });
      }
    } finally {
      await close();
    }
  }
  return rows;
}
