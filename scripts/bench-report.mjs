// The results report at scale: 10,000 learners synthesised from the real Moodle 4.5 rows in
// report/fixtures (each real hotel SCORM 1.2 learner copied under new names, spread over 250
// hotels), reported as `npm run report` would. Prints the time; asserts nothing.
// Alone: node scripts/bench-report.mjs; `npm run bench` calls it too.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scaleUp } from '../report/synthesise.mjs';
import { analyse } from '../report/report.mjs';
import { renderReport } from '../report/render.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LEARNERS = 10_000;

export function benchReport(learners = LEARNERS) {
  const real = (kind, ext) => readFileSync(join(root, 'report/fixtures/moodle-4.5', `hotel-scorm12.${kind}.${ext}`), 'utf8');
  const big = scaleUp({ basic: real('basic', 'txt'), interactions: real('interactions', 'txt'), gradebook: real('gradebook', 'csv') }, learners);
  const dir = mkdtempSync(join(tmpdir(), 'report-bench-'));
  const files = Object.entries(big).map(([kind, text]) => {
    const file = join(dir, `hotel-scorm12.${kind}.${kind === 'gradebook' ? 'csv' : 'txt'}`);
    writeFileSync(file, text);
    return file;
  });
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const report = analyse(files, { packages: [join(root, 'report/fixtures/hotel-package')], org: 'institution', dept: 'department' });
  const analysed = performance.now();
  const html = renderReport(report, { lang: 'nl' });
  writeFileSync(join(dir, 'report.html'), html);
  const done = performance.now();
  const cpu = process.cpuUsage(cpuStarted);
  const a = report.activities[0];
  return {
    learners: a.overview.learners,
    attempts: a.overview.attempts,
    answers: a.items.answered,
    organisations: a.certification.rows.length,
    exportBytes: bytes,
    htmlBytes: Buffer.byteLength(html),
    readAndFigureMs: analysed - started,
    renderMs: done - analysed,
    totalMs: done - started,
    // On a shared machine wall time mostly measures the neighbours; CPU time is this process's own work.
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

export function printReportBench(r) {
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(`\nresults report (npm run report), ${r.learners.toLocaleString('en')} synthesised learners`);
  console.log(`  input        ${mb(r.exportBytes)} of Moodle text exports: ${r.attempts.toLocaleString('en')} attempts, ${r.answers.toLocaleString('en')} answers, ${r.organisations} organisations`);
  console.log(`  time         ${(r.totalMs / 1000).toFixed(2)} s (read + figures ${(r.readAndFigureMs / 1000).toFixed(2)} s, HTML ${(r.renderMs / 1000).toFixed(2)} s); CPU ${(r.cpuMs / 1000).toFixed(2)} s`);
  console.log(`  output       ${mb(r.htmlBytes)} HTML`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printReportBench(benchReport());
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    printResultsPageBench(await benchResultsPage(browser, 10_000), 5);
    if (process.argv.includes('--100k')) printResultsPageBench(await benchResultsPage(browser, 100_000));
  } finally {
    await browser.close();
  }
}

/**
 * The same exports through the results page's own code path: dist/catalogue/results.html opened
 * from disk in Chromium, the files given to its file input, until the report is in the page.
 * Prints the page's own time (reading the files to the report shown) and the JS heap after it.
 * @param {import('@playwright/test').Browser} browser
 */
export async function benchResultsPage(browser, learners) {
  const real = (kind, ext) => readFileSync(join(root, 'report/fixtures/moodle-4.5', `hotel-scorm12.${kind}.${ext}`), 'utf8');
  const big = scaleUp({ basic: real('basic', 'txt'), interactions: real('interactions', 'txt'), gradebook: real('gradebook', 'csv') }, learners);
  const dir = mkdtempSync(join(tmpdir(), 'results-page-bench-'));
  const files = Object.entries(big).map(([kind, text]) => {
    const file = join(dir, `export-${kind}.${kind === 'gradebook' ? 'csv' : 'txt'}`);
    writeFileSync(file, text);
    return file;
  });
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const page = await browser.newPage();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  try {
    await page.goto(pathToFileURL(join(root, 'dist/catalogue/results.html')).href);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? NaN;
    const busyBefore = await metric('TaskDuration');
    const started = performance.now();
    await page.setInputFiles('#files', files);
    await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.state), undefined, { timeout: 600_000, polling: 250 });
    const wallMs = performance.now() - started;
    const state = await page.evaluate(() => ({ state: document.body.dataset.state, seconds: Number(document.body.dataset.seconds), problem: document.getElementById('problem').textContent, rows: document.querySelectorAll('tr[data-org]').length }));
    // The page's main-thread busy time: on a shared machine wall time mostly measures the neighbours.
    const busyMs = ((await metric('TaskDuration')) - busyBefore) * 1000;
    const heap = await metric('JSHeapUsedSize');
    return { learners, exportBytes: bytes, ...state, wallMs, busyMs, heapBytes: heap, crashed };
  } catch (error) {
    return { learners, exportBytes: bytes, state: crashed ? 'crashed' : 'failed', problem: String(error?.message ?? error), crashed };
  } finally {
    await page.close().catch(() => {});
  }
}

export function printResultsPageBench(r, limitSeconds) {
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(`\nresults page (dist/catalogue/results.html from disk, Chromium), ${r.learners.toLocaleString('en')} synthesised learners, ${mb(r.exportBytes)} of exports`);
  if (r.state !== 'done') return console.log(`  ${r.state}: ${r.problem}`);
  console.log(`  time         ${r.seconds.toFixed(2)} s in the page (files read → report shown)${limitSeconds ? `, target ≤ ${limitSeconds} s` : ''}; main thread busy ${(r.busyMs / 1000).toFixed(2)} s; ${(r.wallMs / 1000).toFixed(2)} s with the file input`);
  console.log(`  memory       JS heap ${mb(r.heapBytes)} after; ${r.rows.toLocaleString('en')} learner rows in the page; ${r.crashed ? 'the tab CRASHED' : 'no crash'}`);
}
