import { joinKey } from './course-index.mjs';

// Figures for one activity: overview, item analysis, scenario decisions, objectives,
// certification per organisation and the certificate list. Pure functions of the activity model.

/** Flags need this many answers; below it a figure is shown but not judged. */
export const MIN_ANSWERS_FOR_FLAGS = 5;
export const THRESHOLDS = { tooEasy: 0.9, tooHard: 0.3, nearZero: 0.15 };
export const NPST_SHARE = 0.6;
const CODE = /^([A-Z]{3})-(\d{4})(\d{2})(\d{2})-(\d{1,3})-([0-9A-Z]{6})$/;

export function overview(activity) {
  const learners = activity.learners;
  const started = learners.filter((l) => l.started);
  const attempts = learners.flatMap((l) => l.attempts);
  const toPass = learners.map((l) => l.attemptsToPass).filter((n) => n !== null && n !== undefined);
  const best = learners.map((l) => l.bestScore).filter((s) => s !== null);
  const spans = attempts.filter((a) => a.startedOn && a.lastAccessedOn).map((a) => (a.lastAccessedOn - a.startedOn) / 60000);
  return {
    learners: learners.length,
    started: started.length,
    attempts: activity.lms === 'chamilo' ? null : attempts.length,
    completed: learners.filter((l) => l.completed).length,
    passed: learners.filter((l) => l.passed).length,
    multipleAttempts: activity.lms === 'chamilo' ? null : learners.filter((l) => l.attempts.length > 1).length,
    attemptsToPass: { count: toPass.length, mean: mean(toPass), median: median(toPass), max: toPass.length ? Math.max(...toPass) : null },
    scores: { count: best.length, mean: mean(best), median: median(best), histogram: histogram(best) },
    spanMinutes: { count: spans.length, median: median(spans), max: spans.length ? Math.max(...spans) : null },
  };
}

/** Best score per learner in bins 0–9, 10–19, …, 90–99 and 100. */
function histogram(scores) {
  const bins = Array.from({ length: 11 }, (_, i) => ({ from: i * 10, to: i === 10 ? 100 : i * 10 + 9, count: 0 }));
  for (const s of scores) bins[Math.min(10, Math.floor(s / 10))].count++;
  return bins;
}

/**
 * Every answer joined with the course, one observation each: the first answer per attempt for a
 * knowledge check or scenario step; every try for a test question (each try is a new test).
 * The criterion for discrimination is the rest of that test try (% right on its other questions)
 * for test questions, and the attempt's score for the rest.
 */
function observations(activity) {
  const byItem = new Map();
  const unknown = new Map();
  for (const learner of activity.learners) {
    for (const attempt of learner.attempts) {
      const seen = new Set();
      const answers = (attempt.interactions ?? []).filter((i) => i.kind !== 'certificate');
      const tries = new Map();
      for (const a of answers) if (a.kind === 'test') tries.set(a.try, [...(tries.get(a.try) ?? []), a]);
      for (const a of answers) {
        if (a.kind === 'unknown') {
          unknown.set(a.key, { id: a.id.replace(/\.try\d+$/, ''), count: (unknown.get(a.key)?.count ?? 0) + 1 });
          continue;
        }
        const once = a.kind === 'test' ? `${a.key}#${a.try}` : a.key;
        if (seen.has(once)) continue;
        seen.add(once);
        let criterion = null;
        if (a.kind === 'test') {
          const rest = tries.get(a.try).filter((o) => o !== a && o.correct !== null);
          criterion = rest.length ? (100 * rest.filter((o) => o.correct).length) / rest.length : null;
        } else if (attempt.completed) criterion = attempt.score;
        const list = byItem.get(a.key) ?? [];
        list.push({ learner, attempt, answer: a, criterion });
        byItem.set(a.key, list);
      }
    }
  }
  return { byItem, unknown: [...unknown.values()] };
}

export function itemAnalysis(activity) {
  const { byItem, unknown } = observations(activity);
  const course = activity.course;
  const items = course ? [...course.items.values()].filter((item) => byItem.has(keyOf(item))).map((item) => itemFigures(item, byItem.get(keyOf(item)))) : [];
  const answered = [...byItem.values()].reduce((n, list) => n + list.length, 0);
  return { items, unknown, answered };
}

const keyOf = (item) => joinKey(item.id);

function itemFigures(item, obs) {
  // One pass over the answers: at 10,000 learners an item has thousands of them.
  const counts = new Map(item.options.map((o) => [o.id, 0]));
  let judged = 0;
  let right = 0;
  let withResponse = 0;
  let strange = 0;
  const pairs = [];
  for (const { answer, criterion } of obs) {
    if (answer.correct !== null) {
      judged++;
      if (answer.correct) right++;
      if (criterion !== null) pairs.push([answer.correct ? 1 : 0, criterion]);
    }
    if (!answer.chosen) continue;
    withResponse++;
    for (const id of answer.chosen) {
      if (counts.has(id)) counts.set(id, counts.get(id) + 1);
      else strange++;
    }
  }
  const picks = item.options.map((option) => ({ ...option, count: counts.get(option.id) }));
  const p = judged ? right / judged : null;
  const r = pointBiserial(pairs);
  const flags = [];
  if (judged >= MIN_ANSWERS_FOR_FLAGS) {
    if (p >= THRESHOLDS.tooEasy) flags.push('tooEasy');
    if (p <= THRESHOLDS.tooHard) flags.push('tooHard');
    if (r !== null && r < 0) flags.push('negative');
    else if (r !== null && r < THRESHOLDS.nearZero) flags.push('nearZero');
    if (withResponse >= MIN_ANSWERS_FOR_FLAGS && picks.some((o) => !o.correct && o.count === 0)) flags.push('unusedDistractor');
  }
  return {
    item,
    answers: obs.length,
    judged,
    right,
    p,
    withResponse,
    notStored: obs.length - withResponse,
    picks,
    unknownResponses: strange,
    discrimination: r,
    discriminationN: pairs.length,
    flags,
    // The ids as the LMS wrote them (e.g. assessment.t_minderjarig_derde.try1), so a search finds them.
    lmsIds: [...new Set(obs.map((o) => o.answer.id))].sort(),
    learners: new Set(obs.map((o) => o.learner)).size,
  };
}

/** Point-biserial correlation of right (1) / wrong (0) with a score; null when it cannot be computed. */
export function pointBiserial(pairs) {
  const n = pairs.length;
  if (n < 2) return null;
  const ones = pairs.filter(([x]) => x === 1).map(([, y]) => y);
  const zeros = pairs.filter(([x]) => x === 0).map(([, y]) => y);
  if (!ones.length || !zeros.length) return null;
  const all = pairs.map(([, y]) => y);
  const m = mean(all);
  const sd = Math.sqrt(all.reduce((s, y) => s + (y - m) ** 2, 0) / n);
  if (sd === 0) return null;
  const p = ones.length / n;
  return ((mean(ones) - mean(zeros)) / sd) * Math.sqrt(p * (1 - p));
}

/** Per scenario: each step's figures in the authored order, and the step most learners get wrong. */
export function scenarioDecisions(activity, analysis) {
  const byId = new Map(analysis.items.map((f) => [f.item.id, f]));
  return (activity.course?.scenarios ?? [])
    .map((scenario) => {
      const steps = scenario.steps.map((step) => byId.get(step.id)).filter(Boolean);
      const worst = steps.filter((s) => s.p !== null && s.p < 1).sort((a, b) => a.p - b.p)[0];
      const commonWrong = worst?.picks.filter((o) => !o.correct).sort((a, b) => b.count - a.count)[0];
      return { scenario, steps, worst, commonWrong: commonWrong?.count ? commonWrong : undefined };
    })
    .filter((s) => s.steps.length);
}

/** Per competence (signals, victim-blaming, next-steps): decisions right, from the answers; and what the Objectives report holds. */
export function objectives(activity, analysis) {
  const fromAnswers = new Map();
  for (const f of analysis.items) {
    const o = fromAnswers.get(f.item.objective) ?? { id: f.item.objective, judged: 0, right: 0 };
    o.judged += f.judged;
    o.right += f.right;
    fromAnswers.set(f.item.objective, o);
  }
  const reported = new Map();
  for (const attempt of activity.learners.flatMap((l) => l.attempts)) {
    for (const o of attempt.objectives ?? []) {
      const r = reported.get(o.id) ?? { id: o.id, attempts: 0, statuses: {}, scores: [] };
      r.attempts++;
      if (o.status) r.statuses[o.status] = (r.statuses[o.status] ?? 0) + 1;
      if (o.score !== null) r.scores.push(o.score);
      reported.set(o.id, r);
    }
  }
  return {
    fromAnswers: [...fromAnswers.values()].map((o) => ({ ...o, p: o.judged ? o.right / o.judged : null })),
    reported: [...reported.values()].map((r) => ({ ...r, meanScore: mean(r.scores) })),
    objectivesReportPresent: Boolean(activity.files.objectives),
  };
}

/**
 * Certified staff per organisation (and department): learners with a pass / learners in the export.
 * Learners with no organisation recorded are counted apart and kept out of the 60 % roll-up: they
 * are nobody's staff as far as the export knows.
 * @returns {{ column?: string, missing: boolean, rows: any[], unrecorded?: any }}
 */
export function certification(activity, orgColumn, deptColumn) {
  if (!orgColumn) return { missing: false, rows: [] };
  const org = orgColumn.toLowerCase();
  const dept = deptColumn?.toLowerCase();
  if (!activity.identityColumns.has(org)) return { column: orgColumn, missing: true, rows: [] };
  const groups = new Map();
  const tally = (g, learner) => {
    g.staff++;
    if (learner.passed) g.passed++;
    if (learner.started) g.started++;
    if (learner.completed) g.completed++;
    if (learner.attemptsToPass) g.toPass.push(learner.attemptsToPass);
  };
  const blank = (name) => ({ name, staff: 0, started: 0, completed: 0, passed: 0, toPass: [], departments: new Map() });
  for (const learner of activity.learners) {
    const name = learner.identity[org] ?? '';
    const g = groups.get(name) ?? blank(name);
    tally(g, learner);
    if (dept) {
      const dName = learner.identity[dept] ?? '';
      const d = g.departments.get(dName) ?? blank(dName);
      tally(d, learner);
      g.departments.set(dName, d);
    }
    groups.set(name, g);
  }
  const finish = (g) => ({ ...g, share: g.passed / g.staff, attemptsToPass: mean(g.toPass), departments: [...g.departments.values()].sort((a, b) => a.name.localeCompare(b.name)).map((d) => ({ ...d, share: d.passed / d.staff, attemptsToPass: mean(d.toPass), departments: [] })) });
  const rows = [...groups.values()]
    .filter((g) => g.name !== '')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((g) => ({ ...finish(g), reaches: g.passed / g.staff >= NPST_SHARE }));
  const none = groups.get('');
  return { column: orgColumn, deptColumn: dept && activity.identityColumns.has(dept) ? deptColumn : undefined, missing: false, rows, unrecorded: none ? finish(none) : undefined };
}

/**
 * Every learner in the export, for the learner list: status, best score, attempts, tries to pass,
 * date and certificate code, with organisation and department to filter on.
 */
export function learnerList(activity, orgColumn, deptColumn) {
  const org = orgColumn?.toLowerCase();
  const dept = deptColumn?.toLowerCase();
  const ORDER = { passed: 0, failed: 1, incomplete: 2, notStarted: 3 };
  return activity.learners
    .map((l) => ({
      name: l.name,
      email: l.email,
      login: l.login ?? '',
      organisation: org ? l.identity[org] ?? '' : '',
      department: dept ? l.identity[dept] ?? '' : '',
      status: l.status,
      statusFrom: l.statusFrom,
      score: l.bestScore,
      attempts: l.attemptCount,
      attemptsToPass: l.attemptsToPass,
      date: l.date,
      certificate: l.certificate,
    }))
    .sort((a, b) => a.organisation.localeCompare(b.organisation) || ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name));
}

/** Every passed learner, with the verification code the course recorded (if the export holds it). */
export function certificates(activity, orgColumn) {
  const org = orgColumn?.toLowerCase();
  return activity.learners
    .filter((l) => l.passed || l.attempts.some((a) => a.certificates.length))
    .map((l) => {
      const attempt = l.passingAttempt ?? l.attempts.find((a) => a.certificates.length);
      const recorded = attempt?.certificates.at(-1)?.code ?? null;
      const code = recorded ? parseCode(recorded) : null;
      return {
        name: l.name,
        email: l.email,
        organisation: org ? l.identity[org] ?? '' : '',
        code: recorded,
        codeDate: code?.date ?? null,
        codeScore: code?.score ?? null,
        readable: recorded ? code !== null : null,
        date: attempt?.lastAccessedOn ?? null,
        score: attempt?.score ?? l.bestScore,
        passedByRule: l.passed,
        matches: code ? code.score === Math.round(attempt?.score ?? -1) : null,
      };
    })
    .sort((a, b) => (a.code ?? '~').localeCompare(b.code ?? '~') || a.name.localeCompare(b.name));
}

/** `<COURSE3>-<YYYYMMDD>-<score>-<6 base32 chars>`, e.g. HOT-20261202-90-K3F9QX. */
export function parseCode(code) {
  const m = CODE.exec(code.trim().toUpperCase());
  if (!m) return null;
  return { course: m[1], date: `${m[2]}-${m[3]}-${m[4]}`, score: Number(m[5]), check: m[6] };
}

function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
