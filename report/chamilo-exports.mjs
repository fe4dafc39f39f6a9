// Chamilo 1.11's course Reporting downloads → plain records, and those records → one activity
// with the same learner model the Moodle side builds (activity.mjs), so the learner list, the
// pass rates and the 60 % roll-up are one code path. What Chamilo writes (see
// report/fixtures/chamilo-1.11/README.md): `;`-separated UTF-8 with a BOM or .xlsx, numbers as
// text ("90%", "70/100", "00 : 00 : 19"), the organisation in a profile field the teacher adds
// to the screen before exporting, the SCORM status only in the per-learner learning-path details.
// No export holds interactions, objectives, attempts or certificate codes.
import { ExportError } from './errors.mjs';
import { findCourse } from './activity.mjs';

const LEARNERS_COLUMNS = ['First name', 'Last name', 'Login', 'Progress', 'Score'];
const LEARNERS_FIXED = new Set(['Code', 'First name', 'Last name', 'Login', 'Time', 'Progress', 'Exercise progress', 'Exercise average', 'Score', 'Score - Best attempt', 'Assignments', 'Messages', 'Classes', 'Survey', 'First access to course', 'Latest access in course', "Last lp's finalization date", 'Last quiz finalization date']);
const PATH_METRIC = /^(Progress|First access|Latest access|Time|Score): (.+)$/;
const STATUSES = ['passed', 'failed', 'completed', 'incomplete', 'not attempted', 'browsed'];

/** What kind of Chamilo download a table is, or undefined. */
export function chamiloKind(rows) {
  const header = rows[0];
  const has = (...names) => names.every((n) => header.includes(n));
  if (has(...LEARNERS_COLUMNS)) return 'chamilo-learners';
  if (has('First name', 'Last name', 'Username') && header.some((h) => PATH_METRIC.test(h))) return 'chamilo-paths';
  if (header[0] === 'Information' && rows[1]?.[0] === 'Name') return 'chamilo-learner';
  if (has('Learning object name', 'Status', 'Score', 'Time')) return 'chamilo-path-details';
  if (rows.some((r) => r[0] === 'Progress in courses')) return 'chamilo-ignored';
  if (has('Tests', 'User', 'Username', 'Percentage', 'Status')) return 'chamilo-ignored';
  if (has('tool', 'Event type', 'Username')) return 'chamilo-ignored';
  return undefined;
}


/** @param {{ file: string, rows: string[][], lines: number[] }} table */
export function readChamilo(table, kind) {
  switch (kind) {
    case 'chamilo-learners': return readLearners(table);
    case 'chamilo-paths': return readPaths(table);
    case 'chamilo-learner': return readLearnerDetails(table);
    case 'chamilo-path-details': return readPathDetails(table);
    default: {
      const header = table.rows[0];
      // Why a recognised download adds nothing: a key of strings.mjs's notUsed, worded per language.
      const why = header.includes('Tests') ? 'tests' : header.includes('tool') ? 'resources' : 'tools';
      return { kind: 'chamilo-ignored', file: table.file, why };
    }
  }
}

const cellReader = (table, r) => {
  const header = table.rows[0];
  const row = table.rows[r];
  const at = (column) => ({ row: table.lines[r], column });
  return {
    get: (column) => (row[header.indexOf(column)] ?? '').trim(),
    fail: (column, key, params) => {
      throw new ExportError(table.file, key, params, at(column));
    },
  };
};

/** "90%", "83.3%", "90" (the learner details' Score), "" → null. */
function percentCell(c, column, text = c.get(column)) {
  if (text === '' || text === '-' || text === '/') return null;
  const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(text);
  const n = m ? Number(m[1].replace(',', '.')) : NaN;
  if (!(n >= 0 && n <= 100)) c.fail(column, 'notPercentage', { value: text });
  return n;
}

/** "70/100" → 70; "/" (no score) → null. */
function fractionCell(c, column) {
  const text = c.get(column);
  if (text === '/' || text === '' || text === '-') return null;
  const m = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (!m || Number(m[2]) <= 0) c.fail(column, 'notFraction', { value: text });
  return (100 * Number(m[1])) / Number(m[2]);
}

/** "00:00:19" or "00 : 00 : 19" → seconds. */
function durationCell(c, column) {
  const text = c.get(column);
  if (text === '' || text === '-') return null;
  const m = /^(\d+)\s*:\s*(\d{2})\s*:\s*(\d{2})$/.exec(text);
  if (!m) c.fail(column, 'notTime', { value: text });
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** "2026-12-07 04:21:52" (UTC on the platform these exports come from); the long format Chamilo garbles is left out. */
function isoDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0))) : null;
}

function needRows(table) {
  if (table.rows.length < 2) throw new ExportError(table.file, 'noLearnerRows', {}, { row: 1 });
}

function readLearners(table) {
  needRows(table);
  const header = table.rows[0];
  const profile = header.filter((h) => !LEARNERS_FIXED.has(h));
  const learners = table.rows.slice(1).map((_, i) => {
    const r = i + 1;
    if (table.rows[r].length > header.length) throw new ExportError(table.file, 'tooManyCells', { have: table.rows[r].length, columns: header.length }, { row: table.lines[r] });
    const c = cellReader(table, r);
    const login = c.get('Login');
    if (!login) c.fail('Login', 'noLogin');
    return {
      row: table.lines[r],
      login,
      name: `${c.get('First name')} ${c.get('Last name')}`.trim(),
      identity: Object.fromEntries(profile.map((h) => [h, c.get(h)])),
      progress: percentCell(c, 'Progress'),
      score: percentCell(c, 'Score'),
      firstAccess: isoDate(c.get('First access to course')),
      lastAccess: isoDate(c.get('Latest access in course')),
    };
  });
  return { kind: 'chamilo-learners', file: table.file, identityColumns: profile, learners };
}

function readPaths(table) {
  needRows(table);
  const header = table.rows[0];
  const firstMetric = header.findIndex((h) => PATH_METRIC.test(h));
  const profile = header.slice(header.indexOf('Username') + 1, firstMetric);
  const titles = [...new Set(header.map((h) => PATH_METRIC.exec(h)?.[2]).filter(Boolean))];
  const learners = table.rows.slice(1).map((_, i) => {
    const r = i + 1;
    const c = cellReader(table, r);
    const login = c.get('Username');
    if (!login) c.fail('Username', 'noUsername');
    return {
      row: table.lines[r],
      login,
      name: `${c.get('First name')} ${c.get('Last name')}`.trim(),
      identity: Object.fromEntries(profile.map((h) => [h, c.get(h)])),
      paths: Object.fromEntries(titles.map((t) => [t, { progress: percentCell(c, `Progress: ${t}`), score: percentCell(c, `Score: ${t}`), seconds: durationCell(c, `Time: ${t}`) }])),
    };
  });
  return { kind: 'chamilo-paths', file: table.file, identityColumns: profile, titles, learners };
}

/** Stacked sections: Information (name, e-mail), Reporting, then the learning paths table. */
function readLearnerDetails(table) {
  const { rows, lines } = table;
  const info = rows[2] ?? [];
  const name = (info[0] ?? '').trim();
  if (!name) throw new ExportError(table.file, 'noInformationName', {}, { row: lines[2] ?? 3 });
  const headAt = rows.findIndex((r) => r[0] === 'Learning paths' && r.includes('Best score'));
  if (headAt < 0) throw new ExportError(table.file, 'noPathsTable');
  const paths = {};
  for (let r = headAt + 1; r < rows.length && rows[r][0] !== 'Tests' && rows[r].length >= 5; r++) {
    const sub = { file: table.file, rows: [rows[headAt], rows[r]], lines: [lines[headAt], lines[r]] };
    const c = cellReader(sub, 1);
    paths[c.get('Learning paths')] = { progress: percentCell(c, 'Progress'), score: percentCell(c, 'Best score'), seconds: durationCell(c, 'Time') };
  }
  return { kind: 'chamilo-learner', file: table.file, name, email: (info[1] ?? '').trim(), paths };
}

function readPathDetails(table) {
  needRows(table);
  const items = [];
  for (let r = 1; r < table.rows.length; r++) {
    const c = cellReader(table, r);
    const title = c.get('Learning object name');
    if (!title || title.startsWith('Total of completed')) continue;
    const status = c.get('Status').toLowerCase();
    if (!STATUSES.includes(status)) c.fail('Status', 'notStatus', { value: status, allowed: STATUSES });
    items.push({ title, status, score: fractionCell(c, 'Score'), seconds: durationCell(c, 'Time') });
  }
  return { kind: 'chamilo-path-details', file: table.file, items };
}


/**
 * Every Chamilo record of one course → one activity. The learning path's title (the SCO title,
 * from the package's manifest) finds the course; a learner is known by login, or by name in the
 * learner details (which carry no login). The per-learner learning-path details name no learner
 * at all: they are linked when the file name holds the learner's login, otherwise the status is
 * derived from progress and score, and the report says so.
 * @param {any[]} records
 * @param {any[]} packages course indexes
 * @param {{ mastery?: number }} options
 */
export function buildChamiloActivity(records, packages, options = {}) {
  const byKind = (k) => records.filter((r) => r.kind === k);
  const titles = [...new Set([...byKind('chamilo-paths').flatMap((r) => r.titles), ...byKind('chamilo-learner').flatMap((r) => Object.keys(r.paths)), ...byKind('chamilo-path-details').flatMap((r) => r.items.map((i) => i.title))])];
  const title = titles.find((t) => findCourse(t, packages)) ?? titles[0] ?? '';
  const course = findCourse(title, packages);
  const passMark = options.mastery ?? course?.masteryScore ?? 80;
  const learners = new Map();
  const byName = new Map();
  const learnerFor = (login, name) => {
    const id = (login || name).toLowerCase();
    let l = learners.get(id) ?? (name ? byName.get(name.toLowerCase()) : undefined);
    if (!l) {
      l = { id, login: login ?? '', name, email: '', identity: {}, attempts: [], grade: null, progress: null, score: null, seconds: null, lastAccess: null, pathStatus: null };
      learners.set(id, l);
    }
    if (login && !l.login) l.login = login;
    if (name) byName.set(name.toLowerCase(), l);
    return l;
  };
  const identityColumns = new Set();
  const setIdentity = (l, identity) => {
    for (const [k, v] of Object.entries(identity)) {
      identityColumns.add(k.toLowerCase());
      if (v) l.identity[k.toLowerCase()] = v;
    }
  };
  for (const rec of byKind('chamilo-learners')) {
    for (const row of rec.learners) {
      const l = learnerFor(row.login, row.name);
      setIdentity(l, row.identity);
      Object.assign(l, { progress: row.progress, score: row.score, lastAccess: row.lastAccess, firstAccess: row.firstAccess });
    }
  }
  for (const rec of byKind('chamilo-paths')) {
    for (const row of rec.learners) {
      const l = learnerFor(row.login, row.name);
      setIdentity(l, row.identity);
      const p = row.paths[title];
      if (p) Object.assign(l, { progress: p.progress ?? l.progress, score: p.score ?? l.score, seconds: p.seconds ?? l.seconds });
    }
  }
  for (const rec of byKind('chamilo-learner')) {
    const l = learnerFor(undefined, rec.name);
    l.email = rec.email;
    const p = rec.paths[title];
    if (p) Object.assign(l, { progress: p.progress ?? l.progress, score: l.score ?? p.score, seconds: p.seconds ?? l.seconds });
  }
  const unlinked = [];
  for (const rec of byKind('chamilo-path-details')) {
    const item = rec.items.find((i) => i.title === title) ?? rec.items[0];
    const lower = rec.file.toLowerCase();
    const owner = [...learners.values()].filter((l) => l.login && lower.includes(l.login.toLowerCase())).sort((a, b) => b.login.length - a.login.length)[0];
    if (!owner || !item) {
      unlinked.push(rec.file);
      continue;
    }
    owner.pathStatus = item.status;
    if (item.score !== null) owner.score = item.score;
    owner.seconds = item.seconds ?? owner.seconds;
  }
  for (const l of learners.values()) summariseChamiloLearner(l, passMark);
  const files = Object.fromEntries(records.map((r, i) => [`${r.kind}#${i}`, r]));
  return {
    lms: 'chamilo',
    key: records.map((r) => r.file).join(' '),
    title,
    course,
    scorm: { version: '1.2', evidence: 'lms' },
    passMark,
    passMarkFrom: options.mastery !== undefined ? 'option' : course ? 'course' : 'default',
    files,
    duplicates: [],
    ignored: byKind('chamilo-ignored'),
    unlinkedDetails: unlinked,
    identityColumns,
    learners: [...learners.values()],
  };
}

function summariseChamiloLearner(l, passMark) {
  const finished = l.progress !== null && l.progress >= 100;
  const started = Boolean(l.firstAccess || l.seconds || l.progress || l.score || l.pathStatus);
  let status;
  if (l.pathStatus) {
    status = l.pathStatus === 'passed' ? 'passed' : l.pathStatus === 'failed' ? 'failed' : l.pathStatus === 'completed' ? (l.score !== null && l.score >= passMark ? 'passed' : 'failed') : l.pathStatus === 'not attempted' ? 'notStarted' : 'incomplete';
    l.statusFrom = 'lms';
  } else {
    status = !started ? 'notStarted' : !finished ? 'incomplete' : l.score !== null && l.score >= passMark ? 'passed' : 'failed';
    l.statusFrom = 'derived';
  }
  l.status = status;
  l.started = status !== 'notStarted';
  l.completed = status === 'passed' || status === 'failed';
  l.passed = status === 'passed';
  l.bestScore = l.completed ? l.score : null;
  l.attemptCount = null;
  l.testTries = null;
  l.attemptsToPass = null;
  l.date = l.lastAccess ?? null;
  l.certificate = null;
  l.passingAttempt = undefined;
}
