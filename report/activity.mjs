// Export records → one model per LMS activity (one course in one SCORM version): its learners,
// their attempts and, in each attempt, the answers joined with the course's own questions.
import { basename, dirname } from 'node:path';
import { ExportError } from './errors.mjs';
import { joinKey } from './course-content.mjs';

/** Moodle's own download names: "<SHORTNAME> <activity or Grades>-<YYYYMMDD_HHMM>-tab_separated.txt". */
const MOODLE_NAME = /^(\S+) .*-\d{8}_\d{4}-[a-z]+_separated\.(txt|csv)$/i;
const CERTIFICATE_ID = 'certificate';
const TRY = /\.try(\d+)$/;

/**
 * Files belong to one activity when they share a folder and a name before the first dot
 * (hotel-scorm12.basic.txt, hotel-scorm12.gradebook.csv) or, with Moodle's own file names, the
 * course short name (HOTEL-12 …-tab_separated.txt, HOTEL-12 Grades-…-comma_separated.csv).
 */
export function activityKey(file) {
  const name = basename(file);
  const prefix = MOODLE_NAME.exec(name)?.[1] ?? name.split('.')[0];
  return `${dirname(file)}/${prefix}`;
}

/**
 * @param {string} key
 * @param {any[]} exports readExport results of one activity
 * @param {any[]} packages loadPackage results
 * @param {{ mastery?: number }} options
 */
export function buildActivity(key, exports, packages, options = {}) {
  const byKind = {};
  for (const e of exports) {
    if (byKind[e.kind]) throw new ExportError(e.file, `a second ${e.kind} export for the same activity (the first is ${byKind[e.kind].file}); give each activity's files one name prefix`);
    byKind[e.kind] = e;
  }
  const title = byKind.basic?.scoTitle ?? byKind.interactions?.scoTitle ?? byKind.objectives?.scoTitle ?? byKind.gradebook?.activity ?? '';
  const course = findCourse(title, packages);
  const scorm = scormVersion(byKind.interactions, key, byKind.gradebook?.activity ?? '');
  const passMark = options.mastery ?? course?.masteryScore ?? 80;

  const learners = new Map();
  const learnerFor = (record) => {
    const id = (record.email || record.name).toLowerCase();
    if (!learners.has(id)) learners.set(id, { id, name: record.name, email: record.email, identity: {}, attempts: new Map(), grade: null });
    const learner = learners.get(id);
    for (const [column, value] of Object.entries(record.identity)) if (value) learner.identity[column.toLowerCase()] = value;
    return learner;
  };
  for (const kind of ['basic', 'interactions', 'objectives']) {
    for (const record of byKind[kind]?.attempts ?? []) {
      const learner = learnerFor(record);
      if (record.attempt === null) continue;
      const attempt = learner.attempts.get(record.attempt) ?? { number: record.attempt, interactions: null, objectives: null };
      Object.assign(attempt, { startedOn: record.startedOn, lastAccessedOn: record.lastAccessedOn, score: record.score, sco: record.sco });
      if (record.interactions) attempt.interactions = record.interactions.map((raw) => joinInteraction(raw, course, scorm));
      if (record.objectives) attempt.objectives = record.objectives;
      learner.attempts.set(record.attempt, attempt);
    }
  }
  for (const record of byKind.gradebook?.learners ?? []) learnerFor(record).grade = record.grade;

  for (const learner of learners.values()) summariseLearner(learner, passMark, Boolean(byKind.basic || byKind.interactions || byKind.objectives));

  const identityColumns = new Set(exports.flatMap((e) => e.identityColumns.map((c) => c.toLowerCase())));
  return { key, title, course, scorm, passMark, passMarkFrom: options.mastery !== undefined ? 'option' : course ? 'course' : 'default', files: byKind, identityColumns, learners: [...learners.values()] };
}

function findCourse(title, packages) {
  const t = title.trim().toLowerCase();
  if (!t) return undefined;
  return packages.find((p) => Object.values(p.title).some((pt) => pt.toLowerCase() === t)) ?? packages.find((p) => Object.values(p.title).some((pt) => t.startsWith(pt.toLowerCase())));
}

/**
 * The exports do not say which SCORM version ran. The answers do: 1.2 results say "wrong", 2004 ones
 * "incorrect"; Moodle 4.5 exports no 2004 interactions at all. Failing that, the activity's name.
 */
function scormVersion(interactions, key, activityName) {
  const all = interactions?.attempts.flatMap((a) => a.interactions) ?? [];
  if (all.some((i) => i.result === 'wrong')) return { version: '1.2', evidence: 'results' };
  if (all.some((i) => i.result === 'incorrect' || i.response.includes('[,]'))) return { version: '2004', evidence: 'results' };
  const named = `${basename(key)} ${activityName}`;
  if (/2004/.test(named)) return { version: '2004', evidence: 'name' };
  if (/scorm[ _-]?1\.?2\b|scorm12/i.test(named)) return { version: '1.2', evidence: 'name' };
  return { version: 'unknown', evidence: 'none' };
}

/** One stored answer, joined by interaction id with the course; never fails on an id the course lacks. */
function joinInteraction(raw, course, scorm) {
  const tryMatch = TRY.exec(raw.id);
  const key = joinKey(tryMatch ? raw.id.slice(0, tryMatch.index) : raw.id);
  const answer = { position: raw.position, id: raw.id, key, try: tryMatch ? Number(tryMatch[1]) : null, result: raw.result, kind: 'unknown', item: undefined, chosen: null, correct: null, code: null };
  if (key === CERTIFICATE_ID) {
    answer.kind = 'certificate';
    answer.code = raw.response;
    return answer;
  }
  const item = course?.items.get(key);
  if (!item) return answer;
  answer.kind = item.kind;
  answer.item = item;
  answer.chosen = raw.response === '' ? null : responseOptions(raw.response, item, scorm.version);
  answer.correct = raw.result === 'correct' ? true : raw.result === 'wrong' || raw.result === 'incorrect' ? false : answer.chosen ? sameSet(answer.chosen, item.options.filter((o) => o.correct).map((o) => o.id)) : null;
  return answer;
}

/** 1.2 answers are letters in the authored option order (a, b, c; several joined by ","); 2004 answers are option ids joined by "[,]". */
function responseOptions(response, item, version) {
  const letters = version !== '2004' && /^[a-z](,[a-z])*$/.test(response);
  const parts = letters ? response.split(',') : response.split('[,]');
  return parts.map((part) => {
    if (letters) return item.options[part.charCodeAt(0) - 97]?.id ?? `?${part}`;
    return item.options.find((o) => joinKey(o.id) === joinKey(part))?.id ?? `?${part}`;
  });
}

const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

function summariseLearner(learner, passMark, hasScormReports) {
  const attempts = [...learner.attempts.values()].sort((a, b) => a.number - b.number);
  for (const attempt of attempts) {
    attempt.certificates = (attempt.interactions ?? []).filter((i) => i.kind === 'certificate' && i.code);
    attempt.completed = attempt.sco.score !== null || ['Completed', 'Passed', 'Failed'].includes(attempt.sco.status);
    attempt.passed = attempt.sco.status === 'Passed' || (attempt.completed && attempt.score !== null && attempt.score >= passMark) || attempt.certificates.length > 0;
  }
  learner.attempts = attempts;
  const scores = attempts.filter((a) => a.completed).map((a) => a.score);
  learner.started = attempts.length > 0 || (!hasScormReports && learner.grade !== null);
  learner.completed = attempts.some((a) => a.completed) || (!hasScormReports && learner.grade !== null);
  learner.bestScore = scores.length ? Math.max(...scores) : hasScormReports ? null : learner.grade;
  learner.passed = attempts.some((a) => a.passed) || (!hasScormReports && learner.grade !== null && learner.grade >= passMark);
  learner.passingAttempt = attempts.find((a) => a.passed && a.certificates.length) ?? attempts.find((a) => a.passed);
}
