// The results page's script (bundled by builder/results-pages.mjs as one classic script, so the
// page also works opened from disk, where Chromium refuses module scripts and import()). The
// administrator picks or drops export files; the report module (../core.mjs) runs here, in the
// browser, on their contents: nothing is sent anywhere (the page's CSP has no connect-src). The
// spreadsheet reader (xlsx-reader.js) is loaded as a classic <script> only when a dropped file is
// an .xlsx or .ods.
import { analyseFiles } from '../core.mjs';
import { isSpreadsheet, sheetRows } from '../sheet-rows.mjs';
import { renderReport, reportBody } from '../render.mjs';
import { summarise } from '../summary.mjs';
import { restoreCourse } from '../course-index.mjs';
import { packageFromZip } from '../package-zip.mjs';
import { download, pageText } from './page-common.mjs';
import { describeError, plainError } from '../errors.mjs';

const $ = (id) => document.getElementById(id);
/** The page's language: its messages (errors too) are in it; the report's language is chosen apart. */
const lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
const text = pageText(lang);
/** Every file given so far: the administrator may pick them in more than one go. */
let given = [];
let current = null;

const isPackage = (f) => /\.zip$/i.test(f.name);

let reader;
function spreadsheetReader() {
  reader ??= new Promise((resolve, reject) => {
    if (window.XLSX) return resolve(window.XLSX);
    const script = document.createElement('script');
    script.src = 'xlsx-reader.js';
    script.onload = () => resolve(window.XLSX);
    script.onerror = () => {
      reader = undefined;
      reject(plainError(text.readerMissing));
    };
    document.head.append(script);
  });
  return reader;
}

async function add(fileList) {
  const files = await Promise.all([...fileList].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  // The same name again replaces the earlier file (a download made again).
  given = [...given.filter((g) => !files.some((f) => f.name === g.name)), ...files];
  await run();
}

async function run() {
  const started = performance.now();
  document.body.dataset.state = 'busy';
  $('problem').replaceChildren();
  $('problem').hidden = true;
  listFiles();
  try {
    const exportsGiven = given.filter((f) => !isPackage(f));
    if (!exportsGiven.length) throw plainError(text.noExports);
    const packages = given.filter(isPackage).map((f) => packageFromZip(f.name, f.bytes));
    const XLSX = exportsGiven.some((f) => isSpreadsheet(f.bytes)) ? await spreadsheetReader() : undefined;
    const mastery = $('mastery').value === '' ? undefined : Number($('mastery').value);
    const report = analyseFiles(exportsGiven, {
      courses: packages.length ? packages : (window.RESULTS_COURSES ?? []).map(restoreCourse),
      mastery,
      spreadsheet: XLSX && ((bytes, file) => sheetRows(XLSX, bytes, file)),
    });
    current = { report, now: new Date() };
    show();
    document.body.dataset.seconds = ((performance.now() - started) / 1000).toFixed(2);
    document.body.dataset.state = 'done';
  } catch (error) {
    current = null;
    $('report').replaceChildren();
    $('actions').hidden = true;
    const p = document.createElement('p');
    p.textContent = describeError(error, lang);
    $('problem').append(p);
    $('problem').hidden = false;
    document.body.dataset.state = 'error';
  }
}

function listFiles() {
  $('files-list').replaceChildren(...given.map((f) => {
    const li = document.createElement('li');
    li.textContent = f.name;
    return li;
  }));
  $('clear').hidden = !given.length;
}

/** The report body as the renderer wrote it (every export value escaped there), parsed, not run. */
function show() {
  const lang = $('report-lang').value;
  const html = reportBody(current.report, { lang, now: current.now });
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  // One h1 on the page: the report's headings move one level down.
  const body = doc.body.firstElementChild;
  for (const level of [4, 3, 2, 1]) {
    for (const h of body.querySelectorAll(`h${level}`)) {
      const lower = doc.createElement(`h${level + 1}`);
      for (const a of h.attributes) lower.setAttribute(a.name, a.value);
      lower.append(...h.childNodes);
      h.replaceWith(lower);
    }
  }
  $('report').replaceChildren(...[...body.childNodes].map((n) => document.adoptNode(n)));
  $('actions').hidden = false;
  setUpFilters();
}

function setUpFilters() {
  const rows = [...$('report').querySelectorAll('tr[data-org]')];
  const orgs = [...new Set(rows.map((r) => r.dataset.org))].sort((a, b) => a.localeCompare(b));
  const fill = (select, values) => {
    const keep = select.value;
    select.replaceChildren(new Option(text.all, ''), ...values.map((v) => new Option(v || text.unrecorded, v || '\u0000')));
    select.value = values.includes(keep === '\u0000' ? '' : keep) ? keep : '';
  };
  fill($('filter-org'), orgs);
  const depts = () => [...new Set(rows.filter((r) => matches(r.dataset.org, $('filter-org').value)).map((r) => r.dataset.dept).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  fill($('filter-dept'), depts());
  $('filters').hidden = orgs.length < 2 && depts().length < 2;
  $('filter-org').onchange = () => {
    fill($('filter-dept'), depts());
    applyFilters(rows);
  };
  $('filter-dept').onchange = () => applyFilters(rows);
  applyFilters(rows);
}

const matches = (value, wanted) => wanted === '' || value === (wanted === '\u0000' ? '' : wanted);

function applyFilters(rows) {
  const org = $('filter-org').value;
  const dept = $('filter-dept').value;
  let shown = 0;
  for (const row of rows) {
    row.hidden = !(matches(row.dataset.org, org) && matches(row.dataset.dept, dept));
    if (!row.hidden) shown++;
  }
  $('filter-count').textContent = text.shown.replace('{n}', String(shown)).replace('{of}', String(rows.length));
}

function wire() {
  const input = $('files');
  input.addEventListener('change', () => add(input.files).finally(() => (input.value = '')));
  const zone = $('dropzone');
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add('over');
    });
  }
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    if (event.dataTransfer?.files.length) add(event.dataTransfer.files);
  });
  // A file dropped next to the zone must not make the browser open it instead.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  $('clear').addEventListener('click', () => {
    given = [];
    current = null;
    $('report').replaceChildren();
    $('actions').hidden = true;
    $('problem').hidden = true;
    listFiles();
  });
  $('report-lang').addEventListener('change', () => current && show());
  $('mastery').addEventListener('change', () => given.length && run());
  $('save-report').addEventListener('click', () => {
    const html = renderReport(current.report, { lang: $('report-lang').value, now: current.now });
    download(html, 'text/html', $('report-lang').value === 'en' ? 'results.html' : 'resultaten.html');
  });
  $('save-summary').addEventListener('click', () => {
    const summary = summarise(current.report, { now: current.now });
    download(JSON.stringify(summary, null, 2) + '\n', 'application/json', `resultaten-samenvatting-${summary.generated}.json`);
  });
}

wire();
