// The preview LMS, in the browser: puts a scorm-again API on this window, launches the package
// in an iframe (as an LMS does), keeps the cmi data across reloads in localStorage, and shows
// it live. The e2e tests drive the same page, so what they assert is what an LMS would hold.
//
// Query parameters: course, version (scorm12|scorm2004), lang (learner preference), name,
// mastery (percent), csp (1: serve the package with a strict CSP), faults (see faults.js),
// mode=review, suspend (suspend_data to hand the course), via=cross (a cross-origin frame between).
import { cmiRows } from './cmi-rows.js';
import { installFaults } from './faults.js';

const params = new URLSearchParams(location.search);
const course = params.get('course') ?? 'hotel';
const version = params.get('version') === 'scorm12' ? 'scorm12' : 'scorm2004';
const is12 = version === 'scorm12';
const storeKey = `preview-lms:${course}:${version}`;

/** What the LMS received: the flattened cmi at each successful commit, and every API call. */
const lms = (window.lms = { calls: [], errors: [], commits: 0, committed: null, attempt: 1, launched: false });

function savedState() {
  try {
    return JSON.parse(localStorage.getItem(storeKey) ?? 'null');
  } catch {
    return null;
  }
}

function createApi() {
  const Api = is12 ? window.Scorm12API : window.Scorm2004API;
  // strict_errors: a value the spec forbids is an error, as in a strict LMS; the tests require zero of them.
  const api = new Api({ logLevel: 5, autocommit: false, strict_errors: true });
  const saved = savedState();
  lms.attempt = saved?.attempt ?? 1;
  const exit = saved?.cmi?.[is12 ? 'cmi.core.exit' : 'cmi.exit'];
  if (saved?.cmi && exit === 'suspend') {
    // Resume: the LMS hands back what it stored, with entry "resume".
    const restored = { ...saved.cmi };
    for (const key of Object.keys(restored)) if (/(_count|\._children|session_time|entry|total_time)$/.test(key)) delete restored[key];
    api.loadFromFlattenedJSON(restored);
    if (is12) api.cmi.core.entry = 'resume';
    else api.cmi.entry = 'resume';
  } else if (saved?.cmi) {
    // The previous attempt ended: a new attempt starts empty, as in Moodle.
    lms.attempt += 1;
  }
  const injected = params.get('suspend');
  if (injected !== null) {
    // Test hook: what a broken or foreign LMS might hand back.
    if (is12) api.cmi.core.entry = 'resume';
    else api.cmi.entry = 'resume';
    api.cmi.suspend_data = injected;
  }
  if (params.get('mode') === 'review') {
    // What Moodle does when a finished attempt is reopened.
    if (is12) api.cmi.core.lesson_mode = 'review';
    else api.cmi.mode = 'review';
  }
  const name = params.get('name') ?? 'Jansen, Eva';
  const language = params.get('lang') ?? '';
  const mastery = params.get('mastery');
  if (is12) {
    api.cmi.core.student_id = 'learner-1';
    api.cmi.core.student_name = name;
    if (language) api.cmi.student_preference.language = language;
    if (mastery) api.cmi.student_data.mastery_score = mastery;
  } else {
    api.cmi.learner_id = 'learner-1';
    api.cmi.learner_name = name;
    if (language) api.cmi.learner_preference.language = language;
    if (mastery) api.cmi.scaled_passing_score = String(Number(mastery) / 100);
  }
  return api;
}

function persist(api) {
  lms.committed = api.getFlattenedCMI();
  lms.commits += 1;
  localStorage.setItem(storeKey, JSON.stringify({ attempt: lms.attempt, cmi: lms.committed }));
  renderInspector();
}

/** Wraps each API method to record calls and errors for the inspector and the tests. */
function instrument(api) {
  const names = is12
    ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
    : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];
  const facade = {};
  for (const name of names) {
    facade[name] = (...args) => {
      // A frozen LMS is one whose page was killed: nothing more arrives (tests use this).
      if (lms.frozen) return 'false';
      const result = api[name](...args);
      const error = /GetLastError|GetErrorString|GetDiagnostic/.test(name) ? '0' : String(api.lastErrorCode ?? api[is12 ? 'LMSGetLastError' : 'GetLastError']());
      lms.calls.push({ name, args, result, error });
      // 403 is GetValue on an element never set: the spec's way to say "empty", not a fault.
      if (error !== '0' && !(error === '403' && name === 'GetValue')) lms.errors.push({ name, args, result, error });
      if (/Commit|Finish|Terminate/.test(name) && String(result) === 'true') persist(api);
      else if (name.includes('SetValue')) scheduleInspector();
      return result;
    };
  }
  return facade;
}

let inspectorTimer;
function scheduleInspector() {
  clearTimeout(inspectorTimer);
  inspectorTimer = setTimeout(renderInspector, 100);
}

function renderInspector() {
  const table = document.getElementById('cmi');
  if (!table || !window.rawApi) return;
  const rows = cmiRows(window.rawApi.getFlattenedCMI()).map(([key, value]) => {
    const tr = document.createElement('tr');
    const k = document.createElement('th');
    k.scope = 'row';
    k.textContent = key;
    const v = document.createElement('td');
    v.textContent = value;
    tr.append(k, v);
    return tr;
  });
  table.replaceChildren(...rows);
  document.getElementById('summary').textContent =
    `attempt ${lms.attempt} · ${lms.commits} commits · ${lms.calls.length} API calls · ${lms.errors.length} API errors`;
}

async function launchFile() {
  const base = `/pkg/${course}-${version}/`;
  const xml = await (await fetch(`${base}imsmanifest.xml`)).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const orgs = doc.getElementsByTagName('organizations')[0];
  const org = [...doc.getElementsByTagName('organization')].find((o) => o.getAttribute('identifier') === orgs.getAttribute('default'));
  const item = org.getElementsByTagName('item')[0];
  const resource = [...doc.getElementsByTagName('resource')].find((r) => r.getAttribute('identifier') === item.getAttribute('identifierref'));
  return base + resource.getAttribute('href');
}

async function setUpControls() {
  const form = document.getElementById('controls');
  const select = document.getElementById('course-select');
  for (const id of await (await fetch('/courses.json')).json()) select.append(new Option(id, id));
  for (const [name, value] of params) if (form.elements[name]) form.elements[name].value = value;
  document.getElementById('reset').addEventListener('click', () => {
    localStorage.removeItem(storeKey);
    for (const key of Object.keys(localStorage)) if (key.startsWith('course:')) localStorage.removeItem(key);
    location.reload();
  });
}

function crossOriginRelay(src) {
  const other = new URL(location.href);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${other.origin}/relay.html?src=${encodeURIComponent(src)}`;
}

async function main() {
  await setUpControls();
  const api = createApi();
  window.rawApi = api;
  const facade = installFaults(instrument(api), params.get('faults'), is12);
  if (is12) window.API = facade;
  else window.API_1484_11 = facade;
  const frame = document.getElementById('course');
  const src = new URL((await launchFile()) + (params.get('csp') ? '?csp=1' : ''), location.href).href;
  // via=cross puts a frame from another origin between the LMS and the course, as CDN hosting does.
  frame.src = params.get('via') === 'cross' ? crossOriginRelay(src) : src;
  lms.launched = true;
  renderInspector();
}

main();
