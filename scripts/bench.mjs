// `npm run bench`: builds the packages and measures what a learner and an LMS pay for them.
//   1. build time (the production build, builder/build.mjs)
//   2. bytes: JS + CSS the launch page loads before the first screen shows (raw and gzip -9),
//      the JS chunks the player imports after it, everything the browser fetches before the
//      first screen (scripts/first-screen.mjs),
//      zip size, and the floor nothing can beat: the course's own text, gzipped
//   3. time to the first lesson screen (the welcome screen): the standalone launch page of the SCORM 2004 package, CPU slowed 4x,
//      navigation start → the course-app's <h1> painted; 7 cold runs per course
//   4. a full playthrough in the preview LMS (scorm-again), SCORM 2004 and 1.2: API calls, commits,
//      questions answered and pages completed, and the longest suspend_data committed
//   5. click to painted feedback with a slow LMS: the lessons of both courses in the moodle-4.5
//      preview profile with a 300 ms synchronous Commit; the Check/Decide click of every knowledge
//      check and scenario decision, measured by the browser's Event Timing API (click → next
//      paint), p95 against 100 ms
//   6. the results report (npm run report) on an export of 10,000 learners synthesised from real rows
// Byte budgets fail the run (exit 1); times are printed against their targets, never asserted.
// Exit 2: the bench itself could not run (build error, browser failure).
// Figures and how to read them: BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const COURSES = ['hotel', 'jeugdhulp'];
const VERSIONS = ['scorm2004', 'scorm12'];
const RUNS = 7;
const THROTTLE = 4;
const KB = 1024;
const BUDGET = { firstLoadGz: 40 * KB, firstScreenGz: 50 * KB, zip: 300 * KB, suspendData: 1024, buildSeconds: 15, firstScreenMs: 1000, clickToPaintP95Ms: 100 };
/** the synchronous Commit of the slow-LMS measurement (5.) */
const SLOW_COMMIT_MS = 300;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]; // RUNS is odd
const progress = (m) => process.stderr.write(`bench: ${m}\n`);

// Chromium: CHROMIUM_PATH, or Debian's; `CHROMIUM_PATH=playwright` uses Playwright's own (as in playwright.config.ts).
if (!process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium')) {
  progress('no Chromium found, running scripts/setup.mjs');
  execFileSync(process.execPath, [join(root, 'scripts/setup.mjs')], { stdio: 'inherit' });
}
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ---- 1. build -------------------------------------------------------------------------------
const { build } = await import('../builder/build.mjs');
progress('building');
const loadAtStart = loadavg().map((l) => l.toFixed(1)).join(' ');
const buildStarted = performance.now();
try {
  await build({ quiet: true });
} catch (error) {
  console.error(`bench: the build failed\n${error?.message ?? error}`);
  process.exit(2);
}
const buildSeconds = (performance.now() - buildStarted) / 1000;

// ---- 2. bytes -------------------------------------------------------------------------------
function unpack(course, version) {
  const zip = readFileSync(join(root, 'dist', `${course}-${version}.zip`));
  return { zipBytes: zip.length, files: unzipSync(zip) };
}

/** Every string value in a JSON document, keys left out. */
const strings = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

function bytes(course) {
  const { files } = unpack(course, 'scorm2004');
  const html = strFromU8(files['index.html']);
  // What the launch page itself asks for: module scripts and stylesheets (app.js, whose later
  // chunks are imported once the first screen is up).
  const refs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  const measure = (name) => ({ name, raw: files[name].length, gz: gz(files[name]) });
  const loaded = refs.map((name) => {
    if (!files[name]) throw new Error(`${course}: index.html loads ${name}, which is not in the zip`);
    return measure(name);
  });
  const laterChunks = Object.keys(files).filter((name) => name.endsWith('.js') && !refs.includes(name)).map(measure);
  const text = Object.keys(files).filter((f) => f.startsWith('locales/') || f === 'course.json').flatMap((f) => strings(JSON.parse(strFromU8(files[f])))).join('\n');
  const zips = Object.fromEntries(VERSIONS.map((v) => [v, unpack(course, v).zipBytes]));
  const textFloor = gz(Buffer.from(text));
  return {
    loaded,
    laterChunks,
    firstRaw: loaded.reduce((s, f) => s + f.raw, 0),
    firstGz: loaded.reduce((s, f) => s + f.gz, 0),
    textRaw: Buffer.byteLength(text),
    textFloor,
    zips,
    ratio: Math.max(...Object.values(zips)) / textFloor,
    files,
  };
}

const sizes = Object.fromEntries(COURSES.map((c) => [c, bytes(c)]));

// ---- 3 + 4. in the browser ------------------------------------------------------------------
const { chromium } = await import('@playwright/test');
const { startServer } = await import('../preview/server.mjs');
const { firstScreenFiles, gzippedSizes } = await import('./first-screen.mjs');
const { joinLocale } = await import('../builder/locale-parts.mjs');
const server = await startServer({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath === 'playwright' ? undefined : chromiumPath, args: ARGS });
const viewport = { width: 360, height: 740 };
/** The preview LMS at desktop size, as e2e/helpers.ts launches it: course frame and inspector both fit. */
const lmsViewport = { width: 1280, height: 800 };
const browserVersion = browser.version();

/**
 * In the page: resolves with ms since navigation start (performance.now(); timeOrigin is the
 * navigation start) once course-app's <h1> has been painted, and the first contentful paint.
 */
function watchFirstHeading() {
  const fcp = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') resolve(e.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(NaN), 10_000);
  });
  window.__firstHeading = new Promise((resolve) => {
    // Screens are elements of their own inside course-app, so the heading sits in a nested shadow root.
    const deepH1 = (root) => root.querySelector('h1') ?? [...root.querySelectorAll('*')].reduce((found, el) => found ?? (el.shadowRoot && deepH1(el.shadowRoot)), null);
    const look = () => {
      const app = document.querySelector('course-app');
      const h1 = app?.shadowRoot && deepH1(app.shadowRoot);
      // Found in a frame callback: it is painted at the end of this frame; a task queued now runs after that paint.
      if (h1 && h1.textContent.trim() && h1.getClientRects().length) {
        setTimeout(() => {
          const ms = performance.now();
          fcp.then((firstPaint) => resolve({ ms, fcp: firstPaint }));
        }, 0);
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

async function firstScreen(course) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstHeading);
    const cdp = await context.newCDPSession(page);
    // Same origin first, so the throttled renderer is the one the launch page uses.
    await page.goto(`${base}/courses.json`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(`${base}/pkg/${course}-scorm2004/index.html`, { waitUntil: 'commit' });
    return await page.evaluate(() => window.__firstHeading);
  } finally {
    await context.close();
  }
}

/** Plays every lesson page of the route (its answers through `act`), then `turn(key)` to go on from it. */
async function playRoute(frame, structure, text, act, turn) {
  for (;;) {
    const view = frame.locator('page-view');
    if (!(await view.count())) return;
    const key = await view.getAttribute('data-screen');
    const [lesson, pageIndex] = key.split('.').map(Number);
    await playPage(frame, structure, text, lesson, pageIndex, act);
    await turn(key);
  }
}

/** "Next", and wait until the page `key` has gone. */
async function nextPage(frame, text, key) {
  await frame.getByRole('button', { name: text.ui.next, exact: true }).click();
  await frame.locator(`page-view[data-screen="${key}"]`).waitFor({ state: 'detached' });
}

/** Ported from e2e/helpers.ts: answers every knowledge check and scenario on a lesson page, rightly. */
async function playPage(frame, structure, text, lessonIndex, pageIndex, act) {
  const lesson = structure.lessons[lessonIndex];
  const t = text.lessons[lesson.id].blocks;
  for (const block of lesson.pages[pageIndex].blocks) {
    if (block.type === 'question') {
      const scope = frame.locator('question-block', { has: frame.getByRole('group', { name: t[block.id].prompt, exact: true }) });
      await act('check', 1, async () => {
        for (const option of block.correct) await scope.getByLabel(t[block.id].options[option].label, { exact: true }).check();
        await scope.getByRole('button', { name: text.ui.check, exact: true }).click();
        await scope.getByText(text.ui.right, { exact: true }).first().waitFor();
      });
    }
    if (block.type === 'scenario') {
      const scope = frame.locator('scenario-block', { has: frame.getByRole('heading', { name: t[block.id].title, exact: true }) });
      let at = block.start;
      while (!block.endings.includes(at)) {
        const option = block.steps[at].options.find((o) => o.correct) ?? block.steps[at].options[0];
        await act('decision', 1, async () => {
          await scope.getByLabel(t[block.id].steps[at].options[option.id].label, { exact: true }).check();
          await scope.getByRole('button', { name: text.ui.scenario.decide, exact: true }).click();
        });
        at = option.next;
      }
      await scope.getByText(text.ui.scenario.ending, { exact: true }).first().waitFor();
    }
  }
}

/** What a learner action counts as: answered questions and completed pages are the units the commit rule allows one commit each. */
const PER_UNIT = ['page', 'check', 'decision', 'test'];

/** A package's structure and its Dutch texts (both locale parts), as the course sees them. */
function dutchPackage(course, version) {
  const { files } = unpack(course, version);
  const json = (name) => JSON.parse(strFromU8(files[name]));
  return { structure: json('course.json'), text: joinLocale(json('locales/nl.json'), json('locales/nl.rest.json')) };
}

/** A fresh browser context with one page at the LMS's desktop size. */
async function lmsPage() {
  const context = await browser.newContext({ viewport: lmsViewport });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** A full pass in the preview LMS; every action is tallied with the commits it caused. */
async function playthrough(course, version) {
  const { structure, text } = dutchPackage(course, version);
  const { context, page } = await lmsPage();
  try {
    const tally = {};
    let seen = 0;
    const act = async (kind, units, action) => {
      await action();
      const now = await page.evaluate(() => window.lms.calls.filter((c) => /Commit/.test(c.name)).length);
      const t = (tally[kind] ??= { units: 0, commits: 0 });
      t.units += units;
      t.commits += now - seen;
      seen = now;
    };
    const frame = page.frameLocator('#course');
    await act('launch', 0, async () => {
      await page.goto(`${base}/?${new URLSearchParams({ course, version, lang: 'nl-NL', name: 'Jansen, Eva' })}`);
      await frame.locator('course-app h1').first().waitFor();
    });
    const department = structure.departments?.[1];
    if (department) await act('department', 0, () => frame.getByLabel(text.course.departments[department], { exact: true }).check());
    await act('start', 0, async () => {
      await frame.getByRole('button', { name: text.ui.start, exact: true }).click();
      await frame.locator('page-view').waitFor(); // its texts may still be on their way
    });
    await playRoute(frame, structure, text, act, (key) => act('page', 1, () => nextPage(frame, text, key)));
    await frame.getByRole('heading', { name: text.ui.assessment.title, level: 1 }).waitFor();
    // One question per screen: answer, then "Next question" until the last one.
    for (;;) {
      const legend = (await frame.locator('assessment-view legend').textContent()).trim();
      const q = structure.assessment.bank.find((b) => text.assessment.blocks[b.id].prompt === legend);
      if (!q) throw new Error(`${course}: no bank question "${legend}"`);
      const group = frame.getByRole('group', { name: legend, exact: true });
      for (const [i, option] of q.correct.entries()) {
        await act('test', i === 0 ? 1 : 0, () => group.getByLabel(text.assessment.blocks[q.id].options[option].label, { exact: true }).check());
      }
      const next = frame.getByRole('button', { name: text.ui.assessment.nextQuestion, exact: true });
      if (!(await next.count())) break;
      await next.click();
      await frame.locator('assessment-view legend', { hasNotText: legend }).waitFor();
    }
    await act('submit', 0, async () => {
      await frame.getByRole('button', { name: text.ui.assessment.submit, exact: true }).click();
      await frame.getByRole('heading', { name: text.ui.result.title, level: 1 }).waitFor();
    });
    // The learner closes the course: pagehide → last commit and Terminate / LMSFinish.
    await act('exit', 0, async () => {
      await page.evaluate(() => (document.getElementById('course').src = 'about:blank'));
      await page.waitForFunction(() => window.lms.calls.some((c) => /Terminate|LMSFinish/.test(c.name)));
    });
    const lms = await page.evaluate(() => window.lms);

    // Replay the calls: the suspend_data the LMS held at each successful commit.
    let current = '';
    let maxSuspend = 0;
    for (const call of lms.calls) {
      if (/SetValue/.test(call.name) && call.args[0] === 'cmi.suspend_data') current = call.args[1];
      if (/Commit|Finish|Terminate/.test(call.name) && String(call.result) === 'true') maxSuspend = Math.max(maxSuspend, current.length);
    }
    const byName = (re) => lms.calls.filter((c) => re.test(c.name)).length;
    return {
      calls: lms.calls.length,
      sets: byName(/SetValue/),
      gets: byName(/GetValue/),
      commits: byName(/Commit/),
      errors: lms.errors.length,
      tally,
      units: PER_UNIT.reduce((s, k) => s + (tally[k]?.units ?? 0), 0),
      over: PER_UNIT.filter((k) => tally[k] && tally[k].commits > tally[k].units),
      maxSuspend,
      finalSuspend: (lms.committed?.['cmi.suspend_data'] ?? '').length,
      status: version === 'scorm12' ? lms.committed?.['cmi.core.lesson_status'] : `${lms.committed?.['cmi.completion_status']}/${lms.committed?.['cmi.success_status']}`,
    };
  } finally {
    await context.close();
  }
}

/**
 * Event Timing reports a click's duration from the input to the next paint after its handlers,
 * but only from 16 ms up: a click that reports nothing was painted in under 16 ms.
 */
const EVENT_FLOOR_MS = 16;
const observeClicks = () => {
  if (!location.pathname.startsWith('/pkg/')) return;
  window.__clicks = []; // Event Timing entries of clicks: { start, duration }
  window.__buttonClicks = []; // timeStamps of clicks on a button (Check, Decide), the ones that bring feedback
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'click') window.__clicks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  addEventListener('click', (e) => e.composedPath()[0]?.tagName === 'BUTTON' && window.__buttonClicks.push(e.timeStamp), { capture: true });
};

/** Every knowledge check and decision of a course's lessons, in a preview LMS whose Commit holds the page. */
async function clickToPaint(course, version, commitDelay) {
  const { structure, text } = dutchPackage(course, version);
  const { context, page } = await lmsPage();
  try {
    await page.addInitScript(observeClicks);
    const frame = page.frameLocator('#course');
    const courseFrame = () => page.frames().find((f) => f.url().includes('/pkg/'));
    const samples = [];
    // A learner reads before answering: every action starts after the last commit is over.
    const settle = () => page.waitForTimeout(commitDelay + 150);
    const act = async (_kind, _units, action) => {
      await action();
      await settle(); // the commit runs after the paint and holds the page; its entries come in after it
      // The sample: the click on Check/Decide, matched to its Event Timing entry by start time.
      const sample = await courseFrame().evaluate((floor) => {
        const at = window.__buttonClicks.at(-1);
        const entry = window.__clicks.find((e) => Math.abs(e.start - at) < 1);
        return entry ? entry.duration : floor;
      }, EVENT_FLOOR_MS);
      samples.push(sample);
    };
    const q = new URLSearchParams({ course, version, lang: 'nl-NL', profile: 'moodle-4.5', commitDelay: String(commitDelay) });
    await page.goto(`${base}/?${q}`);
    await frame.locator('course-app h1').first().waitFor();
    await frame.getByRole('button', { name: text.ui.start, exact: true }).click();
    await frame.locator('page-view').waitFor(); // the lessons' texts may still be on their way
    await playRoute(frame, structure, text, act, async (key) => {
      await nextPage(frame, text, key);
      await settle();
    });
    const commits = await page.evaluate(() => window.lms.calls.filter((c) => /Commit/.test(c.name)).length);
    return { samples, commits };
  } finally {
    await context.close();
  }
}

/** Everything fetched before the first screen, Dutch learner, standalone launch page. */
async function fetchedFirst(course) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  try {
    const names = await firstScreenFiles(await context.newPage(), `${base}/pkg/${course}-scorm2004/index.html`);
    return gzippedSizes(names, sizes[course].files);
  } finally {
    await context.close();
  }
}

const timing = {};
const plays = {};
const slow = {};
const early = {};
try {
  await firstScreen(COURSES[0]); // warm-up, not counted: the browser's first page pays for its own start-up
  for (const course of COURSES) {
    progress(`${course}: first screen, ${RUNS} runs at ${THROTTLE}x CPU slowdown`);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstScreen(course));
    timing[course] = runs;
    early[course] = await fetchedFirst(course);
    plays[course] = {};
    for (const version of VERSIONS) {
      progress(`${course}: playthrough in SCORM ${version === 'scorm12' ? '1.2' : '2004'}`);
      plays[course][version] = await playthrough(course, version);
    }
  }
  // The same clicks with an instant Commit are the control: what the machine itself costs.
  for (const delay of [SLOW_COMMIT_MS, 0]) {
    for (const version of VERSIONS) {
      progress(`click to painted feedback, moodle-4.5 profile, ${delay} ms synchronous Commit, SCORM ${version === 'scorm12' ? '1.2' : '2004'}`);
      const runs = [];
      for (const course of COURSES) runs.push(await clickToPaint(course, version, delay));
      const all = runs.flatMap((r) => r.samples).sort((a, b) => a - b);
      (slow[delay] ??= {})[version] = { n: all.length, p95: all[Math.ceil(all.length * 0.95) - 1], max: all.at(-1), underFloor: all.filter((x) => x === EVENT_FLOOR_MS).length, commits: runs.reduce((n, r) => n + r.commits, 0) };
    }
  }
} catch (error) {
  // Most likely dist/ was rebuilt by someone else mid-run: run again.
  console.error('bench: the browser part failed', error);
  process.exitCode = 2;
} finally {
  await browser.close();
  server.close();
}
if (process.exitCode) process.exit();

// ---- 5 + 6. report ---------------------------------------------------------------------------
const checks = [];
const check = (label, ok, kind) => checks.push({ label, ok, kind });
const table = (rows) => {
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
};

console.log(`\nbench  ${new Date().toISOString().slice(0, 10)}  node ${process.version}  ${cpus().length} cores  Chromium ${browserVersion}  load average at start ${loadAtStart}`);
console.log(`\nbuild (npm run build, all ${COURSES.length * VERSIONS.length} zips)  ${buildSeconds.toFixed(1)} s`);
check(`build ${buildSeconds.toFixed(1)} s < ${BUDGET.buildSeconds} s`, buildSeconds < BUDGET.buildSeconds, 'time');

for (const course of COURSES) {
  const s = sizes[course];
  const ms = timing[course].map((r) => r.ms);
  const fcp = timing[course].map((r) => r.fcp).filter((x) => !Number.isNaN(x));
  const p = plays[course];
  console.log(`\n${course}`);
  table([
    ...s.loaded.map((f) => [`  ${f.name}`, `${kb(f.raw)} raw, ${kb(f.gz)} gzip`]),
    ['JS + CSS before first screen', `${kb(s.firstRaw)} raw, ${kb(s.firstGz)} gzip`],
    ...s.laterChunks.map((f) => [`  ${f.name} (imported after the first screen)`, `${kb(f.raw)} raw, ${kb(f.gz)} gzip`]),
    ['everything fetched before the first screen', `${kb(early[course].reduce((n, f) => n + f.gz, 0))} gzip: ${early[course].map((f) => `${f.name} ${kb(f.gz)}`).join(', ')}`],
    ...VERSIONS.map((v) => [`zip ${v}`, kb(s.zips[v])]),
    ['text floor (every language + course.json strings)', `${kb(s.textRaw)} raw, ${kb(s.textFloor)} gzip`],
    ['zip / text floor', `${s.ratio.toFixed(1)}x`],
    [`first lesson (welcome h1), ${THROTTLE}x CPU, ${RUNS} runs`, `median ${median(ms).toFixed(0)} ms, min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)} (first contentful paint median ${fcp.length ? median(fcp).toFixed(0) : '–'} ms)`],
    ...VERSIONS.flatMap((v) => {
      const r = p[v];
      const t = r.tally;
      const label = { page: 'pages completed', check: 'knowledge checks', decision: 'scenario decisions', test: 'test questions' };
      return [
        [`playthrough ${v}`, `${r.calls} API calls (${r.sets} set, ${r.gets} get), ${r.commits} commits + 1 terminate, ${r.errors} API errors, ends ${r.status}`],
        ['  answered + completed', `${PER_UNIT.map((k) => `${t[k]?.units ?? 0} ${label[k]}`).join(' + ')} = ${r.units}`],
        ['  commits per trigger', PER_UNIT.map((k) => `${k} ${t[k]?.commits ?? 0}/${t[k]?.units ?? 0}`).join(', ')],
        ['  other commits', Object.entries(t).filter(([k]) => !PER_UNIT.includes(k)).map(([k, x]) => `${k} ${x.commits}`).join(', ')],
        ['  suspend_data', `max ${r.maxSuspend} chars committed (final ${r.finalSuspend}), ${((r.maxSuspend / 4096) * 100).toFixed(1)} % of 4,096`],
      ];
    }),
  ]);
  check(`${course}: JS + CSS before first screen ${kb(s.firstGz)} gzip ≤ ${kb(BUDGET.firstLoadGz)}`, s.firstGz <= BUDGET.firstLoadGz, 'bytes');
  const earlyGz = early[course].reduce((n, f) => n + f.gz, 0);
  check(`${course}: everything before first screen ${kb(earlyGz)} gzip ≤ ${kb(BUDGET.firstScreenGz)}`, earlyGz <= BUDGET.firstScreenGz, 'bytes');
  for (const v of VERSIONS) check(`${course}: ${v}.zip ${kb(s.zips[v])} ≤ ${kb(BUDGET.zip)}`, s.zips[v] <= BUDGET.zip, 'bytes');
  for (const v of VERSIONS) check(`${course}: ${v} suspend_data ${p[v].maxSuspend} ≤ ${BUDGET.suspendData} chars (25 % of 4,096)`, p[v].maxSuspend <= BUDGET.suspendData, 'bytes');
  for (const v of VERSIONS) {
    const over = p[v].over.map((k) => `${k}: ${p[v].tally[k].commits} commits for ${p[v].tally[k].units}`).join('; ');
    check(`${course}: ${v} at most one commit per answered question or completed page${over ? ` (${over})` : ''}`, !over, 'info');
  }
  check(`${course}: first lesson median ${median(ms).toFixed(0)} ms < ${BUDGET.firstScreenMs} ms`, median(ms) < BUDGET.firstScreenMs, 'target');
}

console.log(`\nclick to painted feedback (Check / Decide), lessons of both courses, moodle-4.5 preview with a ${SLOW_COMMIT_MS} ms synchronous Commit (Event Timing; < ${EVENT_FLOOR_MS} ms counts as ${EVENT_FLOOR_MS})`);
table(
  [SLOW_COMMIT_MS, 0].flatMap((delay) =>
    VERSIONS.map((v) => {
      const r = slow[delay][v];
      const label = delay ? `  ${v}, ${delay} ms Commit` : `  ${v}, instant Commit (control)`;
      return [label, `p95 ${r.p95.toFixed(0)} ms, max ${r.max.toFixed(0)} ms over ${r.n} checks and decisions (${r.underFloor} under ${EVENT_FLOOR_MS} ms), ${r.commits} commits`];
    }),
  ),
);
for (const v of VERSIONS) {
  const r = slow[SLOW_COMMIT_MS][v];
  check(`${v}: click to painted feedback p95 ${r.p95.toFixed(0)} ms < ${BUDGET.clickToPaintP95Ms} ms with a ${SLOW_COMMIT_MS} ms Commit (control ${slow[0][v].p95.toFixed(0)} ms)`, r.p95 < BUDGET.clickToPaintP95Ms, 'target');
}

// The results report at 10,000 learners (scripts/bench-report.mjs): time printed, not asserted;
// then the same exports through the results page (dist/catalogue/results.html from disk), 10,000
// learners against its 5 s target and 100,000 to show it does not run out of memory.
const { benchReport, printReportBench, benchResultsPage, printResultsPageBench } = await import('./bench-report.mjs');
printReportBench(benchReport());
{
  const pageBrowser = await chromium.launch({ executablePath: chromiumPath === 'playwright' ? undefined : chromiumPath, args: ARGS });
  try {
    const tenK = await benchResultsPage(pageBrowser, 10_000);
    printResultsPageBench(tenK, 5);
    check(`results page: 10,000 learners in ${tenK.seconds?.toFixed(2)} s ≤ 5 s`, tenK.state === 'done' && tenK.seconds <= 5, 'target');
    const hundredK = await benchResultsPage(pageBrowser, 100_000);
    printResultsPageBench(hundredK);
    check(`results page: 100,000 learners without running out of memory (${hundredK.state})`, hundredK.state === 'done' && !hundredK.crashed, 'target');
  } finally {
    await pageBrowser.close();
  }
}

console.log('\nbudgets');
for (const c of checks) {
  const tag = c.ok ? 'PASS' : c.kind === 'bytes' ? 'FAIL' : 'MISS';
  console.log(`  ${tag}  ${c.label}${c.kind === 'bytes' ? '' : `  (${c.kind}, not asserted)`}`);
}
const failed = checks.filter((c) => !c.ok && c.kind === 'bytes');
console.log(failed.length ? `\n${failed.length} byte budget(s) failed` : '\nall byte budgets met');
process.exit(failed.length ? 1 : 0);
