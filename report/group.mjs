// Which export files belong to one LMS activity, decided by what they hold, never by their names
// (a browser saves Moodle's three SCORM reports, which Moodle names alike, as "… .txt",
// "… (1).txt", "… (2).txt"). Moodle: the SCORM reports of one activity list the same attempts
// (learner, attempt number, start time) under the same SCO title; the gradebook belongs to the
// activity whose best score per learner equals its grades. A report that lists only some of
// another's attempts was cut short or downloaded at another moment: refused, naming what is missing.
import { ExportError } from './errors.mjs';

/** A file name that says which report it is (hotel-scorm12.interactions.txt) must hold that report. */
const NAMED_KIND = /\.(basic|interactions|objectives|gradebook)(?: \(\d+\))?\.(txt|csv|tsv|xlsx|ods)$/i;

export function checkNamedKind(record) {
  const named = NAMED_KIND.exec(record.file)?.[1]?.toLowerCase();
  if (named && record.kind !== named) {
    throw new ExportError(record.file, 'wrongKind', { named, holds: record.kind });
  }
}

export const learnerKey = (record) => (record.email || record.name).toLowerCase();
const attemptKey = (a) => `${learnerKey(a)}#${a.attempt}#${a.startedOn?.getTime()}`;
const MAX_LISTED = 5;

/**
 * @param {any[]} records readExport results (Moodle only)
 * @returns {{ exports: Record<string, any>, duplicates: { file: string, sameAs: string }[] }[]}
 */
export function groupMoodle(records) {
  const reports = records.filter((r) => r.kind !== 'gradebook').map((r) => ({ record: r, started: new Set(r.attempts.filter((a) => a.attempt !== null).map(attemptKey)), learners: new Set(r.attempts.map(learnerKey)) }));
  reports.sort((a, b) => b.started.size - a.started.size || b.learners.size - a.learners.size);
  const groups = [];
  for (const report of reports) {
    const title = report.record.scoTitle.trim().toLowerCase();
    const group = groups.find((g) => g.title === title && sameActivity(g, report));
    if (!group) {
      groups.push({ title, started: report.started, learners: report.learners, first: report.record, exports: { [report.record.kind]: report.record }, duplicates: [] });
      continue;
    }
    const missing = [...group.started].filter((k) => !report.started.has(k));
    if (missing.length) {
      throw new ExportError(report.record.file, 'missingAttempts', {
        have: report.started.size,
        of: group.started.size,
        other: group.first.file,
        missing: missing.slice(0, MAX_LISTED).map((k) => missingAttempt(k, group.first)),
        more: Math.max(0, missing.length - MAX_LISTED),
      });
    }
    const kind = report.record.kind;
    if (group.exports[kind]) group.duplicates.push({ file: report.record.file, sameAs: sameContent(group.exports[kind], report.record) });
    else group.exports[kind] = report.record;
  }
  for (const gradebook of records.filter((r) => r.kind === 'gradebook')) attachGradebook(gradebook, groups);
  return groups.map(({ exports, duplicates }) => ({ exports, duplicates }));
}

/**
 * A second report of a kind the activity already has is counted once only when it holds the same
 * values (the same download saved twice); two different ones are refused, never one dropped unseen.
 */
function sameContent(first, second) {
  const values = (record) => JSON.stringify(record.attempts ?? record.learners, (key, value) => (key === 'file' || key === 'row' ? undefined : value));
  if (values(first) !== values(second)) {
    throw new ExportError(second.file, 'differentDuplicate', { kind: second.kind, other: first.file });
  }
  return first.file;
}

/** The same attempts (a subset counts, and is then refused as cut short); nobody started: the same learners. */
function sameActivity(group, report) {
  if (!report.started.size) return !group.started.size && [...report.learners].every((l) => group.learners.has(l));
  return [...report.started].every((k) => group.started.has(k));
}

function missingAttempt(key, record) {
  const [learner, attempt] = key.split('#');
  const row = record.attempts.find((a) => learnerKey(a) === learner);
  return { name: row?.name ?? learner, attempt: Number(attempt), row: row?.row };
}

/**
 * A gradebook joins the activity whose highest score per learner equals its grade for every learner
 * (Moodle's default grading: highest attempt). A grade the SCORM reports have no attempt for means a
 * report was cut short.
 */
function attachGradebook(gradebook, groups) {
  const candidates = groups.map((g) => ({ g, check: compare(gradebook, g) })).filter(({ check }) => check.agree > 0);
  const fit = candidates.filter(({ check }) => check.wrong.length === 0);
  if (fit.length) {
    const [{ g }] = fit.sort((a, b) => b.check.agree - a.check.agree);
    if (g.exports.gradebook) g.duplicates.push({ file: gradebook.file, sameAs: sameContent(g.exports.gradebook, gradebook) });
    else g.exports.gradebook = gradebook;
    return;
  }
  const near = candidates.find(({ g, check }) => check.missingAttempts.length && check.missingAttempts.length === check.wrong.length && gradebook.activity.toLowerCase().startsWith(g.title));
  if (near) {
    const missing = near.check.missingAttempts.slice(0, MAX_LISTED).map((l) => ({ name: l.name, row: l.row, grade: l.grade }));
    throw new ExportError(Object.values(near.g.exports)[0].file, 'gradebookAhead', { gradebook: gradebook.file, missing });
  }
  groups.push({ title: gradebook.activity.toLowerCase(), started: new Set(), learners: new Set(), first: gradebook, exports: { gradebook }, duplicates: [] });
}

function compare(gradebook, group) {
  const best = new Map();
  for (const record of Object.values(group.exports)) {
    for (const a of record.attempts ?? []) {
      if (a.attempt === null) continue;
      const k = learnerKey(a);
      best.set(k, Math.max(best.get(k) ?? -1, a.score ?? -1));
    }
  }
  let agree = 0;
  const wrong = [];
  const missingAttempts = [];
  for (const l of gradebook.learners) {
    const k = learnerKey(l);
    const score = best.get(k);
    if (l.grade === null) {
      if (score !== undefined && score > 0) wrong.push(l);
      continue;
    }
    if (score === undefined) {
      wrong.push(l);
      missingAttempts.push(l);
    } else if (Math.abs(score - l.grade) < 0.01) agree++;
    else wrong.push(l);
  }
  return { agree, wrong, missingAttempts };
}
