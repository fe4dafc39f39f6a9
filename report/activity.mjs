// Export records → one model per LMS activity (one course in one SCORM version): its learners,
// their attempts and, in each attempt, the answers joined with the course's own questions.
import { joinKey } from './course-index.mjs';
import { learnerKey } from './group.mjs';

const CERTIFICATE_ID = 'certificate';
const TRY = /\.try(\d+)$/;

/** The last part of a path, with / or \ (pure, for the browser too). */
export const baseName = (file) => String(file).split(/[\\/]/).pop();

/**
 * @param {{ exports: Record<string, any>, duplicates: any[] }} group one activity's exports by kind (group.mjs)
 * @param {any[]} packages course indexes
 * @param {{ mastery?: number }} options
 */
export function buildActivity(group, packages, options = {}) {
  const byKind = group.exports;
  const exports = Object.values(byKind);
  const key = exports.map((e) => baseName(e.file)).join(' ');
  const title = byKind.basic?.scoTitle ?? byKind.interactions?.scoTitle ?? byKind.objectives?.scoTitle ?? byKind.gradebook?.activity ?? '';
  const course = findCourse(title, packages);
  const scorm = scormVersion(byKind.interactions, key, byKind.gradebook?.activity ?? '');
  const passMark = options.mastery ?? course?.masteryScore ?? 80;

  const learners = new Map();
  const learnerFor = (record) => {
    const id = learnerKey(record);
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
  return { lms: 'moodle', key, title, course, scorm, passMark, passMarkFrom: options.mastery !== undefined ? 'option' : course ? 'course' : 'default', files: byKind, duplicates: group.duplicates, identityColumns, learners: [...learners.values()] };
}

export function findCourse(title, packages) {
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
  const named = `${key} ${activityName}`;
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
  learner.attemptCount = attempts.length;
  learner.testTries = attempts.reduce((n, a) => n + Math.max(1, testTries(a).length), 0);
  learner.attemptsToPass = learner.passed ? triesToPass(attempts, passMark) : null;
  learner.status = learner.passed ? 'passed' : learner.completed ? 'failed' : learner.started ? 'incomplete' : 'notStarted';
  learner.statusFrom = 'derived';
  const last = attempts.at(-1);
  learner.date = learner.passingAttempt?.lastAccessedOn ?? last?.lastAccessedOn ?? null;
  learner.certificate = (learner.passingAttempt ?? attempts.find((a) => a.certificates.length))?.certificates.at(-1)?.code ?? null;
}

/** The test tries of one LMS attempt (.try1, .try2 …), each with its share right. */
function testTries(attempt) {
  const tries = new Map();
  for (const a of attempt.interactions ?? []) {
    if (a.kind !== 'test' || a.correct === null) continue;
    const t = tries.get(a.try) ?? { try: a.try, judged: 0, right: 0 };
    t.judged++;
    if (a.correct) t.right++;
    tries.set(a.try, t);
  }
  return [...tries.values()].sort((x, y) => x.try - y.try);
}

/**
 * Tries of the final test up to and including the first pass, over all LMS attempts: "Try again" in
 * the course is a try inside one LMS attempt, a new LMS attempt starts at try 1 again. Without the
 * answers (SCORM 2004 in Moodle) each LMS attempt counts as one try.
 */
function triesToPass(attempts, passMark) {
  let n = 0;
  for (const attempt of attempts) {
    const tries = testTries(attempt);
    if (!tries.length) {
      n++;
      if (attempt.passed) return n;
      continue;
    }
    for (const t of tries) {
      n++;
      if ((100 * t.right) / t.judged >= passMark) return n;
    }
    if (attempt.passed) return n;
  }
  return n || null;
}
