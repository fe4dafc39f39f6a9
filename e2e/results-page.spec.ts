// The results page (dist/catalogue/results.html) and the sector page, opened from disk and from
// a web server: given Moodle's exports as a browser saves them ("… (1).txt", ".xlsx") it shows
// ONE activity with the same figures as `npm run report`; given Chamilo's it names the six
// learners; markup shows as text on the page and in the saved report; axe finds nothing; no
// request leaves the folder; the sector page combines three organisations' summaries.
import axe from 'axe-core';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scaleUp } from '../report/synthesise.mjs';

const SITE = 'dist/catalogue';
const MOODLE = 'report/fixtures/moodle-4.5';
const CHAMILO = 'report/fixtures/chamilo-1.11';
const ACTIVITY = 'HOTEL-12 Geen plek voor seksuele uitbuiting in ons hotel (SCORM 1.2)';
/** Moodle's downloads of one activity as a browser saves them: alike names get " (1)", " (2)". */
const browserSaved = () => [
  { name: `${ACTIVITY}-20261202_0320-tab_separated.txt`, mimeType: 'text/plain', buffer: readFileSync(`${MOODLE}/hotel-scorm12.basic.txt`) },
  { name: `${ACTIVITY}-20261202_0320-tab_separated (1).txt`, mimeType: 'text/plain', buffer: readFileSync(`${MOODLE}/hotel-scorm12.objectives.txt`) },
  { name: `${ACTIVITY}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(`${MOODLE}/hotel-scorm12.interactions.xlsx`) },
  { name: 'HOTEL-12 Grades-20261202_0320-comma_separated.csv', mimeType: 'text/csv', buffer: readFileSync(`${MOODLE}/hotel-scorm12.gradebook.csv`) },
];

/**
 * axe (WCAG 2.2 A/AA) as e2e/axe.ts runs it, but without axe's preloading of style sheets: that
 * fetches results.css, which the page's CSP (no connect-src) rightly refuses.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
    const { violations } = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false });
    return violations.map((v: any) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

let server: Server;
let base = '';
test.beforeAll(async () => {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    try {
      if (path.includes('..')) throw new Error('no');
      const body = readFileSync(join(SITE, path));
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as any).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const WHERE = {
  disk: (page: string) => pathToFileURL(join(process.cwd(), SITE, page)).href,
  server: (page: string) => `${base}/${page}`,
};

/** Every request the page makes must stay in its own folder (file: or this server). */
function watchRequests(page: Page, where: keyof typeof WHERE) {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    const own = where === 'disk' ? url.startsWith(pathToFileURL(join(process.cwd(), SITE)).href) : url.startsWith(base);
    if (!own && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url);
  });
  return outside;
}

async function give(page: Page, files: any[]) {
  await page.setInputFiles('#files', files);
  await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.state ?? ''));
}

/** The figures the CLI writes for the same exports (text downloads, the same built packages). */
function cliReport(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'results-cli-')), 'report.html');
  const files = ['basic.txt', 'interactions.txt', 'objectives.txt', 'gradebook.csv'].map((k) => `${MOODLE}/hotel-scorm12.${k}`);
  execFileSync(process.execPath, ['report/cli.mjs', ...files, '--out', out], { stdio: 'pipe' });
  return out;
}

const tablesOf = (page: Page, root: string) => page.locator(`${root} table`).evaluateAll((tables) => tables.map((t) => (t as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

for (const where of ['disk', 'server'] as const) {
  test(`results page from ${where}: Moodle's downloads as a browser saves them are ONE activity with the CLI's figures`, async ({ page }) => {
    const outside = watchRequests(page, where);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(WHERE[where]('results.html'));
    await expect(page.locator('#private')).toContainText('Niets verlaat deze computer');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('connect-src');
    // The spreadsheet reader is not loaded until a spreadsheet is given.
    expect(await page.evaluate(() => 'XLSX' in window)).toBe(false);

    await give(page, browserSaved());
    await expect(page.locator('#problem')).toBeHidden();
    expect(await page.evaluate(() => 'XLSX' in window)).toBe(true);
    // One activity: its heading, and the definitions (the report's headings sit one level down in the page).
    await expect(page.locator('#report h3')).toHaveCount(2);
    await expect(page.locator('#report h3').first()).toContainText('SCORM 1.2');

    const cli = await page.context().newPage();
    await cli.goto(pathToFileURL(cliReport()).href);
    expect(await tablesOf(page, '#report')).toEqual(await tablesOf(cli, 'main'));
    await cli.close();

    // The learner list filters by organisation and department.
    await page.selectOption('#filter-org', 'Hotel Noord');
    await expect(page.locator('tr[data-org]:visible')).toHaveCount(4);
    await page.selectOption('#filter-dept', 'Bar');
    await expect(page.locator('tr[data-org]:visible')).toHaveCount(1);
    await expect(page.locator('tr[data-org]:visible')).toContainText('Learner 03');
    await page.selectOption('#filter-org', '');

    expect(await axeViolations(page)).toEqual([]);
    // On a phone the page reflows: a wide table scrolls in its own (focusable) box, never the page sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('#report table').count()).toBe(await page.locator('#report .table-scroll[tabindex="0"] > table').count());
    expect(await axeViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
  });
}

test('results page: the Chamilo exports name the six learners with status and organisation', async ({ page }) => {
  await page.goto(WHERE.disk('results.html'));
  const files = readdirSync(CHAMILO).filter((f) => /\.(csv|xlsx)$/.test(f)).map((f) => join(CHAMILO, f));
  await give(page, files);
  await expect(page.locator('#problem')).toBeHidden();
  const rows = page.locator('table.learner-list tbody tr');
  await expect(rows).toHaveCount(6);
  const expected: Record<string, [string, string]> = {
    'Deelnemer 01': ['Hotel Haven', 'geslaagd'],
    'Deelnemer 02': ['Hotel Haven', 'geslaagd'],
    'Deelnemer 03': ['Hotel Haven', 'niet geslaagd'],
    'Deelnemer 04': ['Camping De Vlier', 'geslaagd'],
    'Deelnemer 05': ['Camping De Vlier', 'niet geslaagd'],
    'Deelnemer 06': ['Camping De Vlier', 'begonnen, niet af'],
  };
  for (const [name, [org, status]] of Object.entries(expected)) {
    const row = rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    await expect(row.locator('td').nth(0)).toHaveText(org);
    await expect(row.locator('td').nth(1)).toHaveText(status);
  }
  await expect(page.locator('#report')).toContainText('Chamilo exporteert geen antwoorden');
  await expect(page.locator('#report')).toContainText('Chamilo exporteert geen certificaatcodes');
  expect(await axeViolations(page)).toEqual([]);
});

const problems = {
  nl: {
    truncated: /^interacties\.txt, rij \d+: het bestand stopt midden in deze rij \(na \d+ van de \d+ kolommen; vanaf "[^"]+" ontbreekt alles\)\. De download is afgebroken\. Uit dit bestand is niets geteld: download het opnieuw\.$/,
    wrong: 'hotel.interactions.txt: de naam zegt een SCORM-interactierapport (Interactions report), maar het bestand bevat een export van het cijferboek. Uit dit bestand is niets geteld. Kijk of je de goede download hebt gekozen.',
    notExport: /^notities\.csv, rij 1: dit is geen export van een leeromgeving/,
  },
  en: {
    truncated: /^interacties\.txt, row \d+: the file ends in the middle of this row \(after \d+ of \d+ columns, missing "[^"]+" onwards\): the download was cut short\. Nothing from this file was counted; download it again\.$/,
    wrong: 'hotel.interactions.txt: the name says a SCORM Interactions report, but the file holds a gradebook export. Nothing from it was counted; check that you picked the right download.',
    notExport: /^notities\.csv, row 1: not an LMS export this report reads/,
  },
};

for (const [lang, file] of [['nl', 'results.html'], ['en', 'results.en.html']] as const) {
  test(`results page (${lang}): a truncated file and a wrong file each get a message in the page's language naming the file; nothing is counted`, async ({ page }) => {
    await page.goto(WHERE.disk(file));
    const text = readFileSync(`${MOODLE}/hotel-scorm12.interactions.txt`, 'utf8');
    const problem = page.locator('#problem');
    await give(page, [{ name: 'interacties.txt', mimeType: 'text/plain', buffer: Buffer.from(text.slice(0, 7000)) }]);
    await expect(problem).toHaveText(problems[lang].truncated);
    await expect(page.locator('#report')).toBeEmpty();
    await expect(page.locator('#actions')).toBeHidden();
    await page.click('#clear');
    await give(page, [{ name: 'hotel.interactions.txt', mimeType: 'text/plain', buffer: readFileSync(`${MOODLE}/hotel-scorm12.gradebook.csv`) }]);
    await expect(problem).toHaveText(problems[lang].wrong);
    await expect(page.locator('#report')).toBeEmpty();
    await page.click('#clear');
    await give(page, [{ name: 'notities.csv', mimeType: 'text/csv', buffer: Buffer.from('Dag;Wat\nma;koffie\n') }]);
    await expect(problem).toHaveText(problems[lang].notExport);
    // The report's language switch changes the report, not the page's own messages.
    await expect(page.locator('#report-lang')).toHaveValue(lang);
  });
}

test('results page: names and organisations holding markup show as text, on the page and in the saved report', async ({ page }) => {
  await page.goto(WHERE.disk('results.html'));
  const evil = readFileSync(`${MOODLE}/hotel-scorm12.basic.txt`, 'utf8')
    .replace('"Learner 07"', '"<img src=x onerror=window.__pwned=1>"')
    .replace('"Hotel Centrum"', '"<script>window.__pwned=2</script>"');
  await give(page, [{ name: 'basic.txt', mimeType: 'text/plain', buffer: Buffer.from(evil) }]);
  await expect(page.locator('#report')).toContainText('<img src=x onerror=window.__pwned=1>');
  await expect(page.locator('#report')).toContainText('<script>window.__pwned=2</script>');
  await expect(page.locator('#report img, #report script')).toHaveCount(0);
  await page.selectOption('#filter-org', '<script>window.__pwned=2</script>');
  await expect(page.locator('tr[data-org]:visible')).toHaveCount(1);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-report')]);
  const file = join(mkdtempSync(join(tmpdir(), 'results-saved-')), download.suggestedFilename());
  await download.saveAs(file);
  const saved = readFileSync(file, 'utf8');
  expect(saved).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
  expect(saved).not.toMatch(/<img|<script/);
  const view = await page.context().newPage();
  await view.goto(pathToFileURL(file).href);
  await expect(view.locator('body')).toContainText('<script>window.__pwned=2</script>');
  expect(await view.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('results page saves the anonymised summary; the sector page combines three organisations', async ({ page }) => {
  // 60 learners in three hotels, from the real rows; the results page makes one summary of them,
  // which three organisations would each have sent for themselves: split per organisation.
  const real = (k: string, e: string) => readFileSync(`${MOODLE}/hotel-scorm12.${k}.${e}`, 'utf8');
  const big = scaleUp({ basic: real('basic', 'txt'), interactions: real('interactions', 'txt'), gradebook: real('gradebook', 'csv') }, 60, 3);
  await page.goto(WHERE.disk('results.html'));
  await give(page, Object.entries(big).map(([k, t]) => ({ name: `${k}.txt`, mimeType: 'text/plain', buffer: Buffer.from(t as string) })));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-summary')]);
  expect(download.suggestedFilename()).toMatch(/^resultaten-samenvatting-\d{4}-\d{2}-\d{2}\.json$/);
  const summary = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(JSON.stringify(summary)).not.toMatch(/Learner|@/);
  expect(summary.entries).toHaveLength(3);

  const sector = await page.context().newPage();
  await sector.goto(WHERE.disk('sector.html'));
  await sector.setInputFiles('#files', summary.entries.map((entry: any, i: number) => ({ name: `org-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...summary, entries: [entry] })) })));
  await sector.waitForFunction(() => document.body.dataset.state === 'done');
  const orgTable = sector.locator('table').first();
  await expect(orgTable.locator('tbody tr')).toHaveCount(3);
  for (const name of ['Hotel 001', 'Hotel 002', 'Hotel 003']) await expect(orgTable).toContainText(name);
  await expect(sector.locator('#sector')).toContainText('Deelnemers (in organisaties met cijfers): 60');
  expect(await axeViolations(sector)).toEqual([]);
});
