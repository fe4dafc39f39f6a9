import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's Chromium unless CHROMIUM_PATH says otherwise; where Playwright's own browsers are
// installed, CHROMIUM_PATH=playwright uses those.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'playwright');
// Each run serves the preview on its own free port (several runs share this machine). The port is
// chosen once, in the main process, and handed to the workers through the environment.
if (!process.env.PREVIEW_PORT) process.env.PREVIEW_PORT = execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
const PORT = Number(process.env.PREVIEW_PORT);

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
    // Never someone else's server, or one left over from another build.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
