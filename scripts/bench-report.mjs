// The results report at scale: 10,000 learners synthesised from the real Moodle 4.5 rows in
// report/fixtures (each real hotel SCORM 1.2 learner copied under new names, spread over 250
// hotels), reported as `npm run report` would. Prints the time; asserts nothing.
// Alone: node scripts/bench-report.mjs; `npm run bench` calls it too.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  const html = renderReport(report, { lang: 'nl', files });
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

if (import.meta.url === `file://${process.argv[1]}`) printReportBench(benchReport());
