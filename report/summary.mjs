// Results back to the catalogue: per organisation and course, an anonymised summary the
// organisation downloads from the results page and sends on. No names, e-mail addresses, logins
// or LMS user ids; every count under MIN_CELL learners, and every count whose complement is under
// it (17 of 20 passed tells that 3 did not), is left out (null) and named in `suppressed`.
// The format is documented in summary.schema.json and the README; `format` and `version` say
// which one a file is, and a reader refuses versions it does not know.
import { ExportError } from './errors.mjs';
import { itemAnalysis, objectives, NPST_SHARE } from './statistics.mjs';

export const SUMMARY_FORMAT = 'signaleren-results-summary';
export const SUMMARY_VERSION = 1;
export const MIN_CELL = 5;

/**
 * @param {any} report from analyseFiles()
 * @param {{ now?: Date }} [options]
 */
export function summarise(report, { now = new Date() } = {}) {
  const org = report.options.org?.toLowerCase();
  const entries = [];
  let withoutOrganisation = 0;
  for (const a of report.activities) {
    const act = a.activity;
    if (!org || !act.identityColumns.has(org)) continue;
    const byOrg = new Map();
    for (const l of act.learners) {
      const name = l.identity[org] ?? '';
      if (!name) {
        withoutOrganisation++;
        continue;
      }
      byOrg.set(name, [...(byOrg.get(name) ?? []), l]);
    }
    for (const [name, learners] of [...byOrg].sort(([x], [y]) => x.localeCompare(y))) entries.push(entry(act, name, learners));
  }
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    generated: now.toISOString().slice(0, 10),
    minimumCell: MIN_CELL,
    entries,
    withoutOrganisation: withoutOrganisation >= MIN_CELL ? withoutOrganisation : null,
  };
}

function entry(activity, organisation, learners) {
  const n = learners.length;
  const suppressed = [];
  const count = (field, c) => {
    if (n < MIN_CELL || c < MIN_CELL || (n - c > 0 && n - c < MIN_CELL)) {
      suppressed.push(field);
      return null;
    }
    return c;
  };
  const passed = learners.filter((l) => l.passed).length;
  const toPass = learners.map((l) => l.attemptsToPass).filter((x) => x !== null && x !== undefined);
  const sub = { ...activity, learners };
  const analysis = itemAnalysis(sub);
  const perObjective = objectives(sub, analysis).fromAnswers;
  const learnersPerObjective = new Map();
  for (const f of analysis.items) learnersPerObjective.set(f.item.objective, Math.max(learnersPerObjective.get(f.item.objective) ?? 0, f.learners));
  const big = n >= MIN_CELL;
  return {
    organisation,
    lms: activity.lms,
    course: { id: activity.course?.id ?? null, version: activity.course?.version ?? null, title: activity.course?.title?.nl || activity.title || null, scorm: activity.scorm.version },
    passMark: activity.passMark,
    learners: big ? n : null,
    started: count('started', learners.filter((l) => l.started).length),
    completed: count('completed', learners.filter((l) => l.completed).length),
    passed: count('passed', passed),
    passRate: big ? round(passed / n) : null,
    meets60: big ? passed / n >= NPST_SHARE : null,
    attemptsToPass: big && toPass.length >= MIN_CELL ? { mean: round(toPass.reduce((s, x) => s + x, 0) / toPass.length), learners: toPass.length } : null,
    objectives: big ? perObjective.map((o) => ((learnersPerObjective.get(o.id) ?? 0) >= MIN_CELL && o.judged ? { id: o.id, answers: o.judged, percentRight: round(100 * o.p, 1) } : { id: o.id, answers: null, percentRight: null })) : [],
    items: big ? analysis.items.map((f) => (f.learners >= MIN_CELL && f.judged ? { id: f.item.id, kind: f.item.kind, objective: f.item.objective, answers: f.judged, percentRight: round(100 * f.p, 1) } : { id: f.item.id, kind: f.item.kind, objective: f.item.objective, answers: null, percentRight: null })) : [],
    suppressed: big ? suppressed : ['learners', 'started', 'completed', 'passed', 'passRate', 'meets60', 'attemptsToPass', 'objectives', 'items'],
  };
}

const round = (x, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * A summary file as the sector page reads it: the format and a version it knows, else a clear
 * error naming the file. (The full shape is checked against summary.schema.json in the tests.)
 */
export function readSummary(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ExportError(file, 'summaryNotJson');
  }
  if (data?.format !== SUMMARY_FORMAT) throw new ExportError(file, 'summaryWrongFormat', { format: SUMMARY_FORMAT });
  if (data.version !== SUMMARY_VERSION) throw new ExportError(file, 'summaryWrongVersion', { version: data.version, reads: SUMMARY_VERSION });
  if (!Array.isArray(data.entries)) throw new ExportError(file, 'summaryNoEntries');
  data.entries.forEach((e, i) => {
    if (typeof e?.organisation !== 'string' || !e.organisation) throw new ExportError(file, 'summaryNoOrganisation', { entry: i + 1 });
    if (typeof e.course !== 'object' || e.course === null) throw new ExportError(file, 'summaryNoCourse', { entry: i + 1 });
  });
  return data;
}
