/**
 * Chromium for the browser benchmarks: Debian's build driven by playwright-core (no browser
 * download), the same flags as the end-to-end tests, and the two builds served by `vite preview`.
 */
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CONFIG_FILE } from '../bundle/build.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Serves a built `outDir` with `vite preview` on 127.0.0.1:`port` (strict). */
export async function serve(outDir: string, port: number, root?: string): Promise<PreviewServer> {
  return preview({
    configFile: CONFIG_FILE,
    ...(root ? { root } : {}),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
}

export const closeServer = (server: PreviewServer) => server.close();

/** A page in a fresh context (empty cache and storage) with the in-page probes installed. */
export async function freshPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript({ path: path.join(import.meta.dirname, 'inPage.js') });
  return { page, close: () => context.close() };
}

/** A probe the in-page script waits for: an enabled element matching `selector`. */
export interface Probe {
  selector: string;
  text?: string;
  absent?: boolean;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export type { Page };
