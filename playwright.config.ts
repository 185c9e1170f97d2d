import { defineConfig } from '@playwright/test';

/** Fixed preview port (strictPort). E2E_PORT lets two checkouts on one machine run side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Build output for the preview server; E2E_DIST keeps parallel checkouts from sharing dist/. */
const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Vite's CLI by path, so the web server starts however Playwright was launched (npm, npx, bin). */
const VITE = 'node node_modules/vite/bin/vite.js';

/** Debian's Chromium (apt-get install -y chromium); Playwright never downloads a browser here. */
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/',
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // No --user-data-dir here: Playwright rejects it in args and makes a fresh profile itself.
      // The background-networking flags keep Chromium off the network, which is closed here.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The production build, served by `vite preview`. Building here keeps `npx playwright test`
  // from ever testing a stale dist/.
  webServer: {
    command: `${VITE} build --logLevel warn --outDir ${DIST} && ${VITE} preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
