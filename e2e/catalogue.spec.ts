// The catalogue site (dist/catalogue/, builder/catalogue/), opened as an administrator would: from
// disk (file://) and from a web server (the preview server, under a strict CSP), in Dutch and
// English. Every page is axe-clean and reflows at 320 px, every link leads somewhere real, every zip
// downloads with the sha256 catalogue.json states, the try-it link shows the course's first screen
// from the server and a clear notice from disk, and no request leaves the host (fixtures.ts).
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = resolve('dist/catalogue');
const catalogue = JSON.parse(readFileSync('dist/catalogue.json', 'utf8')) as {
  courses: { id: string; title: Record<string, string>; packages: { file: string; bytes: number; sha256: string }[] }[];
};
const ui = { nl: JSON.parse(readFileSync('src/i18n/nl.json', 'utf8')), en: JSON.parse(readFileSync('src/i18n/en.json', 'utf8')) };
const LANGS = ['nl', 'en'] as const;
type Lang = (typeof LANGS)[number];
const pageFile = (name: string, lang: Lang) => (lang === 'nl' ? `${name}.html` : `${name}.${lang}.html`);
const pageNames = ['index', 'guide', ...catalogue.courses.map((c) => c.id)];

const origins = {
  disk: (file: string) => pathToFileURL(join(folder, file)).href,
  server: (file: string) => `/catalogue/${file}`,
};

/** Every link on the page: its href as written and where it resolves to. */
async function links(page: Page) {
  return page.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, url: (a as HTMLAnchorElement).href, text: a.textContent!.trim() })));
}

for (const [origin, url] of Object.entries(origins)) {
  for (const lang of LANGS) {
    test(`${origin}, ${lang}: every page is axe-clean, script-free, reflows at 320 px, and every link works`, async ({ page, request }) => {
      test.setTimeout(90_000);
      const nonFile: string[] = [];
      if (origin === 'disk') page.on('request', (r) => { if (!r.url().startsWith('file:')) nonFile.push(r.url()); });
      const seen = new Set<string>();
      for (const name of pageNames) {
        const file = pageFile(name, lang);
        await page.setViewportSize({ width: 1280, height: 900 });
        const response = await page.goto(url(file));
        if (origin === 'server') expect(response?.status(), file).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('navigation')).toHaveCount(1);
        // Strict CSP in the page itself: no script, no inline style, no connections.
        const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(csp).toContain("default-src 'none'");
        expect(csp).not.toContain('connect-src');
        expect(await page.locator('script, style, [style]').count(), file).toBe(0);
        // The stylesheet really applied (a blocked one would leave the header unstyled).
        expect(await page.locator('header.site').evaluate((h) => getComputedStyle(h).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
        expect(await axeViolations(page, { preload: origin === 'server' }), `${file} at 1280 px`).toEqual([]);
        await page.setViewportSize({ width: 320, height: 640 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${file} reflows at 320 px`).toBeLessThanOrEqual(320);
        expect(await axeViolations(page, { preload: origin === 'server' }), `${file} at 320 px`).toEqual([]);

        const onPage = await links(page);
        // The administrator's way on: the index and the guide lead to the results page and the sector page, in this language.
        if (name === 'index' || name === 'guide') {
          for (const target of ['results', 'sector']) expect(onPage.map((l) => l.href), `${file} links ${pageFile(target, lang)}`).toContain(pageFile(target, lang));
        }
        for (const link of onPage) {
          expect(link.href, `${file}: "${link.text}" stays in the catalogue`).not.toMatch(/^[a-z]+:|^\/\//i);
          const target = new URL(link.url);
          const path = decodeURIComponent(target.pathname.replace(/^.*\/catalogue\//, ''));
          const key = `${path}#${target.hash}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (origin === 'disk') expect(existsSync(fileURLToPath(target.href.replace(/#.*$/, ''))), `${file} → ${link.href}`).toBe(true);
          else expect((await request.get(target.href.replace(/#.*$/, ''))).status(), `${file} → ${link.href}`).toBe(200);
          if (target.hash) {
            const html = readFileSync(join(folder, path), 'utf8');
            expect(html, `${file} → ${link.href}: the target has the id`).toContain(`id="${target.hash.slice(1)}"`);
          }
        }
      }
      // Every page of this language reached from the others, and the language switch leads to the other language.
      for (const name of [...pageNames, 'results', 'sector']) expect([...seen].some((k) => k.startsWith(`${pageFile(name, lang)}#`)), `a link to ${pageFile(name, lang)}`).toBe(true);
      // The results and sector pages (scripted, so not in the loop above): every link on them works too.
      for (const name of ['results', 'sector']) {
        const file = pageFile(name, lang);
        await page.goto(url(file));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const onPage = await links(page);
        expect(onPage.map((l) => l.href), `${file} leads back to the catalogue`).toContain(pageFile('index', lang));
        for (const link of onPage) {
          expect(link.href, `${file}: "${link.text}" stays in the catalogue`).not.toMatch(/^[a-z]+:|^\/\//i);
          const target = new URL(link.url);
          if (origin === 'disk') expect(existsSync(fileURLToPath(target.href.replace(/#.*$/, ''))), `${file} → ${link.href}`).toBe(true);
          else expect((await request.get(target.href.replace(/#.*$/, ''))).status(), `${file} → ${link.href}`).toBe(200);
        }
      }
      const other = lang === 'nl' ? 'en' : 'nl';
      await page.goto(url(pageFile('guide', lang)));
      await page.getByRole('link', { name: other === 'en' ? 'English' : 'Nederlands' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page).toHaveURL(new RegExp(`${pageFile('guide', other).replace('.', '\\.')}$`));
      expect(nonFile, 'requests other than file: from disk').toEqual([]);
    });
  }

  test(`${origin}: every zip downloads with the size and sha256 of catalogue.json`, async ({ page }) => {
    for (const course of catalogue.courses) {
      await page.goto(url(pageFile(course.id, 'nl')));
      for (const pkg of course.packages) {
        const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: pkg.file, exact: true }) });
        await expect(row).toContainText(pkg.sha256);
        const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: pkg.file, exact: true }).click()]);
        expect(download.suggestedFilename()).toBe(pkg.file);
        const bytes = readFileSync((await download.path())!);
        expect(bytes.length, pkg.file).toBe(pkg.bytes);
        expect(createHash('sha256').update(bytes).digest('hex'), pkg.file).toBe(pkg.sha256);
      }
    }
  });
}

for (const lang of LANGS) {
  test.describe(`try it (${lang})`, () => {
    test.use({ locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
    test(`from the server: the try link opens each course standalone on its first screen`, async ({ page }) => {
      for (const course of catalogue.courses) {
        await page.goto(origins.server(pageFile(course.id, lang)));
        await page.getByRole('link', { name: lang === 'nl' ? /^Open .* in je browser$/ : /^Open .* in your browser$/ }).click();
        await expect(page).toHaveURL(new RegExp(`/catalogue/try/${course.id}/index\\.html$`));
        // The course's welcome screen, in the browser's language, with the banner that says no LMS was found.
        await expect(page.getByText(ui[lang].standalone)).toBeVisible({ timeout: 20_000 });
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        expect(await page.title()).toContain(course.title[lang]);
        await page.getByRole('button', { name: ui[lang].start, exact: true }).click();
        await expect(page.getByRole('button', { name: ui[lang].next, exact: true })).toBeVisible();
      }
    });

    test(`from disk: the try link cannot run the course and says why`, async ({ page }) => {
      // Chromium refuses module scripts and fetch() on file://, so the course cannot start; the
      // try copy's classic script says so instead of leaving a blank page.
      const course = catalogue.courses[0];
      await page.goto(origins.disk(pageFile(course.id, lang)));
      await page.getByRole('link', { name: lang === 'nl' ? /^Open .* in je browser$/ : /^Open .* in your browser$/ }).click();
      await expect(page).toHaveURL(new RegExp(`/catalogue/try/${course.id}/index\\.html$`));
      await expect(page.getByRole('alert')).toContainText(lang === 'nl' ? 'webserver' : 'web server');
      await expect(page.getByText(ui[lang].standalone)).toHaveCount(0);
    });
  });
}
