// The `test` every browser test uses: Playwright's own, with one guard around each test. The
// course runs under a strict Content-Security-Policy in every launch (helpers.ts), and here
// every test fails if anything asks a host other than the preview server for anything, or if
// the browser reports a CSP violation. So no test can pass on a page that would break in a
// locked-down LMS or that phones home.
import { test as base, expect } from '@playwright/test';

const LOCAL = new Set(['127.0.0.1', 'localhost']);

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      const violations: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (/^(https?|wss?):$/.test(url.protocol) && !LOCAL.has(url.hostname)) foreign.push(url.href);
      });
      context.on('console', (message) => {
        if (/Content.Security.Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
      });
      await use();
      expect(foreign, 'requests to hosts other than the preview server').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
