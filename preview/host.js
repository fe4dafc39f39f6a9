// The preview LMS, in the browser: puts a scorm-again API on this window, launches the package
// in an iframe (as an LMS does), keeps what the LMS stored across reloads in localStorage, and
// shows it live. The e2e tests drive the same page, so what they assert is what an LMS would hold.
//
// Query parameters: course, version (scorm12|scorm2004: the package), profile (strict |
// moodle-4.5 | chamilo-1.11, see profiles/), commitDelay (ms a synchronous Commit holds the page),
// lang (learner preference), name, mastery (percent, as an administrator sets it), csp (1: serve
// the package with a strict CSP), faults (see faults.js), mode=review, suspend (suspend_data to
// hand the course), via=cross (a cross-origin frame between), recognisable=0 (the profile's LMS
// without the marks a course can recognise it by: what a course that does not look for them does).
//
// `window.leaveCourse()` (the Leave button) is the learner leaving by the LMS's own navigation,
// in the order the profile's LMS unloads (profiles/README.md).
import { cmiRows } from './cmi-rows.js';
import { installFaults } from './faults.js';
import { lmsSide } from './lms-side.js';
import { createStore } from './lms-store.js';
import { readManifest } from './manifest-info.js';
import { PROFILES } from './profiles/index.js';

const params = new URLSearchParams(location.search);
const course = params.get('course') ?? 'hotel';
const version = params.get('version') === 'scorm12' ? 'scorm12' : 'scorm2004';
const profile = PROFILES[params.get('profile') ?? 'strict'] ?? PROFILES.strict;
// The API this LMS offers: the package's own version if it has it, else the one it has.
const offered = profile.apis(version);
const apiVersion = offered.includes(version) ? version : offered[0];
const is12 = apiVersion === 'scorm12';
const storeKey = `preview-lms:${profile.name}:${course}:${version}`;
const commitDelay = Number(params.get('commitDelay') ?? profile.commitDelay) || 0;
const at = (el12, el2004) => (is12 ? el12 : el2004);

/** What the LMS stored (`committed`, flat cmi element → value) and every API call, for the inspector and the tests. */
const lms = (window.lms = {
  calls: [], errors: [], commits: 0, committed: null, attempt: 1, launched: false,
  profile: profile.name, api: apiVersion, totalSeconds: 0, unloading: false, beaconBytes: 0, beaconRefused: 0, faultsInjected: 0,
  /** every save that arrived (how: course, xhr, beacon; the session time it carried) and those that went nowhere */
  saves: [], lostSaves: [], departed: false,
});

function savedState() {
  try {
    return JSON.parse(localStorage.getItem(storeKey) ?? 'null');
  } catch {
    return null;
  }
}

/** Elements the LMS computes or sets at launch itself; never handed back as stored data. */
const LAUNCH_ONLY = /(_count|\._children|session_time|entry|total_time|student_id|student_name|learner_id|learner_name|mastery_score|scaled_passing_score|lesson_mode|cmi\.mode|credit)$/;

function createApi(manifest) {
  const Api = is12 ? window.Scorm12API : window.Scorm2004API;
  // strict_errors: a value the spec forbids is an error, as in a strict LMS; the tests require zero of them.
  const api = new Api({ logLevel: 5, autocommit: false, strict_errors: true });
  const saved = savedState();
  lms.attempt = saved?.attempt ?? 1;
  let held = {};
  let previousSeconds = 0;
  let entry = 'ab-initio';
  if (saved?.held && (!profile.storesExit || saved.held[at('cmi.core.exit', 'cmi.exit')] === 'suspend')) {
    // Resume: the LMS hands back what it stored. An LMS that does not store exit (Chamilo) hands
    // it back too, but says entry "ab-initio".
    held = saved.held;
    previousSeconds = saved.totalSeconds ?? 0;
    if (profile.storesExit) entry = 'resume';
    api.loadFromFlattenedJSON(Object.fromEntries(Object.entries(held).filter(([key]) => !LAUNCH_ONLY.test(key))));
  } else if (saved?.held) {
    // The previous attempt ended: a new attempt starts empty, as in Moodle.
    lms.attempt += 1;
  }
  const injected = params.get('suspend');
  if (injected !== null) {
    // Test hook: what a broken or foreign LMS might hand back.
    entry = 'resume';
    api.cmi.suspend_data = injected;
  }
  if (is12) api.cmi.core.entry = entry;
  else api.cmi.entry = entry;
  const launchValues = {
    [at('cmi.core.student_id', 'cmi.learner_id')]: 'learner-1',
    [at('cmi.core.student_name', 'cmi.learner_name')]: params.get('name') ?? 'Jansen, Eva',
    ...profile.launchValues({ is12, manifest }),
  };
  const language = params.get('lang');
  if (language) launchValues[at('cmi.student_preference.language', 'cmi.learner_preference.language')] = language;
  const mastery = params.get('mastery');
  if (mastery) launchValues[at('cmi.student_data.mastery_score', 'cmi.scaled_passing_score')] = is12 ? mastery : String(Number(mastery) / 100);
  // What Moodle does when a finished attempt is reopened.
  if (params.get('mode') === 'review') launchValues[at('cmi.core.lesson_mode', 'cmi.mode')] = 'review';
  for (const [element, value] of Object.entries(launchValues)) setInternal(api, element, String(value));
  const store = createStore({ is12, held: { ...held, ...launchValues }, previousSeconds, timeRule: profile.timeRule });
  lms.committed = store.held;
  lms.totalSeconds = store.totalSeconds;
  return { api, store };
}

/** Sets a value the SCO may only read (learner name, mode, …) the way the LMS does before launch. */
function setInternal(api, element, value) {
  const path = element.split('.').slice(1);
  let node = api.cmi;
  for (const part of path.slice(0, -1)) node = node[part];
  node[path.at(-1)] = value;
}

function persist(store) {
  lms.committed = store.held;
  lms.totalSeconds = store.totalSeconds;
  lms.commits += 1;
  localStorage.setItem(storeKey, JSON.stringify({ attempt: lms.attempt, held: store.held, totalSeconds: store.totalSeconds }));
  renderInspector();
}

const API_NAMES = is12
  ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
  : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];

/** scorm-again's methods as a plain object, so each layer can wrap them by name. */
const bound = (api) => Object.fromEntries(API_NAMES.map((name) => [name, api[name].bind(api)]));

/** Records every call the course makes and every error it meets, for the inspector and the tests. */
function instrument(api) {
  const lastError = is12 ? 'LMSGetLastError' : 'GetLastError';
  const facade = {};
  for (const name of API_NAMES) {
    facade[name] = (...args) => {
      // A frozen LMS is one whose page was killed: nothing more arrives (tests use this).
      if (lms.frozen) return 'false';
      let result;
      const at = Date.now(); // when the call arrived: the tests time a session by its Initialize and Terminate
      try {
        result = api[name](...args);
      } catch (thrown) {
        lms.calls.push({ name, args, result: 'threw', error: 'threw', at });
        throw thrown;
      }
      const error = /GetLastError|GetErrorString|GetDiagnostic/.test(name) ? '0' : String(api[lastError]());
      lms.calls.push({ name, args, result, error, at });
      // 403 is GetValue on an element never set: the spec's way to say "empty", not a fault.
      if (error !== '0' && !(error === '403' && name.includes('GetValue'))) lms.errors.push({ name, args, result, error });
      if (name.includes('SetValue')) scheduleInspector();
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
  if (!table || !lms.committed) return;
  const rows = cmiRows(lms.committed).map(([key, value]) => {
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
    `${profile.label} · SCORM ${is12 ? '1.2' : '2004'} API · attempt ${lms.attempt} · ${lms.commits} saves · ${lms.calls.length} API calls · ${lms.errors.length} API errors`;
}

async function setUpControls() {
  const form = document.getElementById('controls');
  const select = document.getElementById('course-select');
  for (const id of await (await fetch('/courses.json')).json()) select.append(new Option(id, id));
  for (const [name, value] of params) if (form.elements[name]) form.elements[name].value = value;
  document.getElementById('reset').addEventListener('click', () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('preview-lms:') || key.startsWith('course:')) localStorage.removeItem(key);
    location.reload();
  });
}

function crossOriginRelay(src) {
  const other = new URL(location.href);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${other.origin}/relay.html?src=${encodeURIComponent(src)}`;
}

/**
 * The course's page is going away: saves from now on go out as unload beacons (a profile may
 * limit their size). The listener captures, so it runs before the course's own pagehide handler.
 */
function watchUnload(frame) {
  frame.addEventListener('load', () => {
    lms.unloading = false;
    try {
      frame.contentWindow.addEventListener(
        'pagehide',
        () => {
          lms.unloading = true;
          lms.beaconBytes = 0; // kept after the unload, for the inspector and the tests
        },
        { capture: true },
      );
    } catch {
      // a cross-origin relay frame: nothing to watch
    }
  });
}

/**
 * The learner leaves by the LMS's navigation (home button, course list). course-first: the course
 * frame unloads and its pagehide saves arrive. lms-first (Chamilo): the LMS page unloads first,
 * sends its own leaving saves with what the API holds at that moment, and is gone; the course's
 * pagehide comes after, and nothing it sends arrives.
 */
function leaveCourse(frame, side) {
  if (profile.leaving === 'lms-first' && !lms.frozen && !lms.departed) {
    for (const how of profile.leavingSaves) side.ownSave(how);
    lms.departed = true;
  }
  frame.src = 'about:blank';
}

/** The marks a course can recognise the profile's LMS by, unless the test asks for an LMS without them. */
function markLms(facade) {
  if (params.get('recognisable') === '0') return;
  for (const name of profile.apiMarks ?? []) facade[name] = () => '';
  for (const name of profile.pageGlobals ?? []) window[name] = {};
}

async function main() {
  await setUpControls();
  const base = `/pkg/${course}-${version}/`;
  const manifest = await readManifest(base);
  const { api, store } = createApi(manifest);
  window.rawApi = api;
  const side = lmsSide(installFaults(bound(api), params.get('faults'), is12), { profile, store, is12, commitDelay, lms, persist: () => persist(store) });
  const facade = instrument(side);
  markLms(facade);
  if (is12) window.API = facade;
  else window.API_1484_11 = facade;
  const frame = document.getElementById('course');
  watchUnload(frame);
  window.leaveCourse = () => leaveCourse(frame, side);
  document.getElementById('leave').addEventListener('click', window.leaveCourse);
  const src = new URL(manifest.launch + (params.get('csp') ? '?csp=1' : ''), location.href).href;
  // via=cross puts a frame from another origin between the LMS and the course, as CDN hosting does.
  frame.src = params.get('via') === 'cross' ? crossOriginRelay(src) : src;
  lms.launched = true;
  renderInspector();
}

main();
