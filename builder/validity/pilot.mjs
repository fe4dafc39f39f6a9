// Pilot figures of one course (issue #22), from lessons/pilot/<course>.yaml: per item the share of
// naive readers (saw only the question and its options) and of trained readers (read the lesson
// first) who picked the key, the difference between them (discrimination), and per panel the
// chance that one of its readers passes a drawn final test. Only answers whose fingerprint is the
// item's current one count: an item changed after its pilot has no evidence.
import { OBJECTIVES } from '../content-schema.mjs';
import { READER_KINDS, fingerprint } from '../pilot/pilot-data.mjs';
import { drawRules, passProbability } from './blind-pass.mjs';
import { courseItems } from './items.mjs';

export const PILOT_LIMITS = {
  /** readers per panel an item needs before its figures count: bank items, then decisions and checks */
  bankReaders: { naive: 4, trained: 3 },
  lessonReaders: { naive: 4, trained: 1 },
  /** a bank item ships only if this share of trained readers picks the key ... */
  trainedRight: 0.9,
  /** ... and trained − naive is at least this */
  discrimination: 0.3,
  /** items a naive reader gets right (naive ≥ 50 %): at most this share of the bank */
  naiveRightShare: 1 / 3,
  /** chance that a naive reader passes a drawn test: at most; a trained reader's: at least */
  naivePass: 0.1,
  trainedPass: 0.95,
};

/**
 * @param {import('./items.mjs').Item[]} items the course's items in the pilot's language
 * @param {{ readers: any[] }} pilot
 * @param {{ draw: number, minPerObjective: number, masteryScore: number, objectives: readonly string[] } | undefined} rules
 */
export function pilotFigures(items, pilot, rules) {
  const rows = items.map((item) => {
    const print = fingerprint(item);
    const key = item.options.filter((o) => o.correct).map((o) => o.id);
    const panel = (name) => {
      const answers = pilot.readers.filter((r) => r.panel === name).map((r) => r.answers[item.ref]).filter((a) => a?.item === print);
      const right = answers.filter((a) => key.includes(a.option)).length;
      return { readers: answers.length, right, share: answers.length ? right / answers.length : undefined };
    };
    const stale = pilot.readers.some((r) => r.answers[item.ref] && r.answers[item.ref].item !== print);
    const naive = panel('naive');
    const trained = panel('trained');
    const discrimination = naive.share !== undefined && trained.share !== undefined ? trained.share - naive.share : undefined;
    return { ref: item.ref, kind: item.kind, objective: item.objective, fingerprint: print, naive, trained, discrimination, stale };
  });
  const bank = rows.filter((r) => r.kind === 'bank');
  const bankItems = items.filter((i) => i.kind === 'bank');
  return {
    readers: Object.fromEntries(['naive', 'trained'].map((p) => [p, pilot.readers.filter((r) => r.panel === p).length])),
    /** how many readers were people and how many AI sessions: administrators are told which */
    kinds: Object.fromEntries(READER_KINDS.map((k) => [k, pilot.readers.filter((r) => r.kind === k).length])),
    rows,
    naiveRight: bank.filter((r) => (r.naive.share ?? 0) >= 0.5).length,
    passChance: rules && bankItems.length ? { naive: panelPass('naive'), trained: panelPass('trained') } : undefined,
  };

  /**
   * The chance that a reader of this panel passes a drawn test, averaged over its readers: each
   * reader is right or wrong on each bank item (an item the reader did not answer counts at the
   * panel's share), and passProbability sums over every possible draw.
   */
  function panelPass(name) {
    const readers = pilot.readers.filter((r) => r.panel === name);
    if (!readers.length) return undefined;
    const chances = readers.map((reader) =>
      passProbability(
        bankItems.map((item, i) => {
          const row = bank[i];
          const answer = reader.answers[item.ref];
          const known = answer?.item === row.fingerprint;
          const key = item.options.filter((o) => o.correct).map((o) => o.id);
          return { objective: item.objective, chance: known ? Number(key.includes(answer.option)) : (row[name].share ?? 0) };
        }),
        rules,
      ),
    );
    return chances.reduce((a, b) => a + b, 0) / chances.length;
  }
}

/**
 * What an administrator is told about a course's final test: whether its items meet the pilot
 * rules, and the chances a naive and a trained reader pass a drawn test.
 * @returns {{ rules: 'enforce' | 'report', met: boolean, naivePass?: number, trainedPass?: number, readers: { naive: number, trained: number }, kinds: { human: number, ai: number } } | undefined}
 */
export function pilotStatus(course, pilot) {
  if (!course.assessment) return undefined;
  const figures = pilotOf(course, pilot);
  const { missing, unmet } = pilotFailures(course.id, figures);
  return {
    rules: course.assessment.pilotRules ?? 'enforce',
    met: !missing.length && !unmet.length,
    naivePass: figures.passChance?.naive,
    trainedPass: figures.passChance?.trained,
    readers: figures.readers,
    kinds: figures.kinds,
  };
}

/** A course's pilot figures, for the report of its source language and the review copy. */
export function pilotOf(course, pilot) {
  return pilotFigures(courseItems(course, pilot.language), pilot, drawRules(course.assessment, OBJECTIVES));
}

/**
 * The pilot's rules as "<at>: <figure>: <why>" (see builder/validity/README.md): `missing`, items
 * without current pilot answers (always a hard failure); `unmet`, the discrimination rules.
 */
export function pilotFailures(at, figures) {
  const missing = [];
  const out = [];
  const L = PILOT_LIMITS;
  for (const row of figures.rows) {
    const need = row.kind === 'bank' ? L.bankReaders : L.lessonReaders;
    const short = ['naive', 'trained'].filter((p) => row[p].readers < need[p]);
    if (short.length) {
      missing.push(`${at}: ${row.ref} has pilot answers from ${row.naive.readers} naive and ${row.trained.readers} trained readers; it needs ${need.naive} and ${need.trained}${row.stale ? ' (it changed after its pilot: pilot it again)' : ''}`);
      continue;
    }
    if (row.kind !== 'bank') continue;
    if (row.trained.share < L.trainedRight) out.push(`${at}: ${row.ref}: trained readers right ${pct(row.trained.share)}; at least ${pct(L.trainedRight)}`);
    if (row.discrimination < L.discrimination) out.push(`${at}: ${row.ref}: discrimination ${points(row.discrimination)} (trained ${pct(row.trained.share)} − naive ${pct(row.naive.share)}); at least ${points(L.discrimination)}`);
  }
  const bank = figures.rows.filter((r) => r.kind === 'bank').length;
  if (bank && figures.naiveRight / bank > L.naiveRightShare) out.push(`${at}: naive readers get ${figures.naiveRight} of ${bank} bank items right (${pct(figures.naiveRight / bank)}); at most ${pct(L.naiveRightShare)}`);
  const pass = figures.passChance;
  if (pass?.naive !== undefined && pass.naive > L.naivePass) out.push(`${at}: a naive reader passes a drawn test with probability ${pct(pass.naive, 1)}; at most ${pct(L.naivePass)}`);
  if (pass?.trained !== undefined && pass.trained < L.trainedPass) out.push(`${at}: a trained reader passes a drawn test with probability ${pct(pass.trained, 1)}; at least ${pct(L.trainedPass)}`);
  return { missing, unmet: out };
}

export function formatPilot(figures) {
  const share = (p) => (p.share === undefined ? '   –' : pct(p.share).padStart(5));
  const lines = [`  pilot: ${figures.readers.naive} naive and ${figures.readers.trained} trained readers (lessons/pilot/)`];
  if (figures.passChance) {
    const p = figures.passChance;
    lines.push(`  pass a drawn test: naive reader ${p.naive === undefined ? '–' : pct(p.naive, 1)} (limit ${pct(PILOT_LIMITS.naivePass)}), trained reader ${p.trained === undefined ? '–' : pct(p.trained, 1)} (at least ${pct(PILOT_LIMITS.trainedPass)})`);
  }
  lines.push(`  per item: naive % right, trained % right, discrimination (bank: trained ≥ ${pct(PILOT_LIMITS.trainedRight)}, discrimination ≥ ${points(PILOT_LIMITS.discrimination)})`);
  for (const r of figures.rows) {
    const d = r.discrimination === undefined ? '   –' : points(r.discrimination).padStart(6);
    lines.push(`    ${r.kind.padEnd(8)} ${r.ref.padEnd(52)} ${share(r.naive)} ${share(r.trained)} ${d}${r.stale ? '  (changed since pilot)' : ''}`);
  }
  return lines.join('\n');
}

const pct = (x, digits = 0) => `${(x * 100).toFixed(digits)} %`;
const points = (x) => `${x >= 0 ? '+' : ''}${Math.round(x * 100)} pt`;
