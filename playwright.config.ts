import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium unless CHROMIUM_PATH says otherwise; where Playwright's own browsers are
// installed, CHROMIUM_PATH=playwright uses those.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'playwright');
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // One retry on CI so a machine hiccup does not block a landing; the list reporter still
  // prints a test that needed it as "flaky", so it is seen and fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 360, height: 740 },
    launchOptions: {
      executablePath: chromium === 'playwright' ? undefined : chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node preview/server.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/courses.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
