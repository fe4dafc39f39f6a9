// The validity report of one course: how far a learner who reads only the options gets, and
// whether the final test's bank is big and balanced enough. `validityReport` computes the
// figures; `hardRuleFailures` turns them into the problems that fail the build (issue #14).
import { OBJECTIVES } from '../content-schema.mjs';
import { courseItems, isKeyed, keyOf, labelLength, nonBranching } from './items.mjs';
import { cueWords } from './cues.mjs';
import { drawRules, passProbability, strategyChance } from './blind-pass.mjs';
import { formatPilot, pilotFailures, pilotFigures } from './pilot.mjs';

export const STRATEGIES = /** @type {const} */ (['longest', 'shortest', 'first']);

export const LIMITS = {
  /** blind pass probability per strategy */
  blindPass: 0.05,
  /** share of keyed items whose key is (one of) the longest options */
  keyLongest: 0.35,
  /** share of keyed items whose key is (one of) the shortest options: test-wise learners pick the plainest answer too */
  keyShortest: 0.35,
  /** a word in at least `cueUses` options may not sit on one side (right or wrong) more often than this */
  cuePredictive: 0.8,
  cueUses: 4,
};

/** @param {{ language: string, readers: any[] }} [pilot] the course's pilot; its figures go into the report of its language */
export function validityReport(course, lang, pilot) {
  const items = courseItems(course, lang);
  const keyed = items.filter(isKeyed);
  const extreme = (pick) => keyed.filter((item) => labelLength(keyOf(item)) === pick(...item.options.map(labelLength))).length;
  const ratios = keyed.map((item) => {
    const distractors = item.options.filter((o) => !o.correct).map(labelLength);
    return labelLength(keyOf(item)) / (distractors.reduce((a, b) => a + b, 0) / distractors.length);
  });
  const report = {
    course: course.id,
    lang,
    items: items.length,
    keyed: keyed.length,
    byKind: countBy(keyed, (i) => i.kind),
    keyLongest: extreme(Math.max),
    keyShortest: extreme(Math.min),
    lengthRatio: { mean: mean(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
    cues: cueWords(items, lang, LIMITS.cueUses),
    decisions: items.filter((i) => i.kind === 'decision').length,
    nonBranching: nonBranching(items).map((i) => i.ref),
  };
  const a = course.assessment;
  const rules = drawRules(a, OBJECTIVES);
  if (pilot && pilot.language === lang) {
    report.pilot = pilotFigures(items, pilot, rules);
    report.pilotRules = a?.pilotRules ?? 'enforce';
  }
  if (a) {
    const bank = items.filter((i) => i.kind === 'bank');
    report.bank = {
      size: bank.length,
      perObjective: Object.fromEntries(OBJECTIVES.map((o) => [o, bank.filter((q) => q.objective === o).length])),
      rules: { ...rules, minBank: a.minBank, minBankPerObjective: a.minBankPerObjective },
      blindPass: Object.fromEntries(
        STRATEGIES.map((s) => [s, passProbability(bank.map((q) => ({ objective: q.objective, chance: strategyChance(q, s) })), rules)]),
      ),
    };
  }
  return report;
}

/** Each broken hard rule as "<course> (<lang>): <figure>: <why>". */
export function hardRuleFailures(report) {
  const at = `${report.course} (${report.lang})`;
  const out = [];
  if (report.keyed && report.keyLongest / report.keyed > LIMITS.keyLongest) {
    out.push(`${at}: key longest in ${report.keyLongest} of ${report.keyed} items (${pct(report.keyLongest / report.keyed)}); at most ${pct(LIMITS.keyLongest)}`);
  }
  if (report.keyed && report.keyShortest / report.keyed > LIMITS.keyShortest) {
    out.push(`${at}: key shortest in ${report.keyShortest} of ${report.keyed} items (${pct(report.keyShortest / report.keyed)}); at most ${pct(LIMITS.keyShortest)}`);
  }
  for (const c of report.cues.filter((c) => c.predictive > LIMITS.cuePredictive)) {
    out.push(`${at}: cue word "${c.word}" is in a ${c.marks} option in ${c[c.marks]} of its ${c.uses} uses (${pct(c.predictive, 1)}); at most ${pct(LIMITS.cuePredictive)}`);
  }
  for (const ref of report.nonBranching) out.push(`${at}: scenario decision ${ref} does not branch: every option leads to the same next step`);
  const bank = report.bank;
  if (bank) {
    for (const [strategy, p] of Object.entries(bank.blindPass)) {
      if (p > LIMITS.blindPass) out.push(`${at}: always picking the ${strategy} option passes the final test with probability ${pct(p, 2)}; at most ${pct(LIMITS.blindPass)}`);
    }
    if (bank.size < bank.rules.minBank) out.push(`${at}: the bank holds ${bank.size} questions; minBank is ${bank.rules.minBank}`);
    for (const [objective, n] of Object.entries(bank.perObjective)) {
      if (n < bank.rules.minBankPerObjective) out.push(`${at}: the bank holds ${n} ${objective} questions; minBankPerObjective is ${bank.rules.minBankPerObjective}`);
    }
  }
  if (report.pilot) {
    const { missing, unmet } = pilotFailures(`${at} pilot`, report.pilot);
    out.push(...missing);
    if (report.pilotRules === 'enforce') out.push(...unmet);
  }
  return out;
}

/** Pilot rules a course reports instead of enforcing (`assessment.pilotRules: report`): said aloud. */
export function pilotNotices(report) {
  if (!report.pilot || report.pilotRules !== 'report') return [];
  const { unmet } = pilotFailures(`${report.course} (${report.lang}) pilot`, report.pilot);
  return unmet.map((u) => `not yet met (pilotRules: report in the course file): ${u}`);
}

export function formatReport(r) {
  const lines = [`${r.course} (${r.lang}): ${r.keyed} items with one right option (${Object.entries(r.byKind).map(([k, n]) => `${n} ${k}`).join(', ')})`];
  lines.push(`  key is the longest option   ${r.keyLongest} of ${r.keyed} (${pct(r.keyLongest / r.keyed)}; limit ${pct(LIMITS.keyLongest)})`);
  lines.push(`  key is the shortest option  ${r.keyShortest} of ${r.keyed} (${pct(r.keyShortest / r.keyed)}; limit ${pct(LIMITS.keyShortest)})`);
  lines.push(`  length key / distractors    mean ${r.lengthRatio.mean.toFixed(2)} (min ${r.lengthRatio.min.toFixed(2)}, max ${r.lengthRatio.max.toFixed(2)})`);
  lines.push(`  decisions that do not branch ${r.nonBranching.length} of ${r.decisions}${r.nonBranching.length ? `: ${r.nonBranching.join(', ')}` : ''}`);
  // Every word at 75 % or more, and at least the eight most predictive, so the margin shows.
  const cues = r.cues.filter((c, i) => c.predictive >= 0.75 || i < 8);
  lines.push(`  cue words: ${r.cues.length} words in ≥ ${LIMITS.cueUses} options; most predictive (limit ${pct(LIMITS.cuePredictive)}):${cues.length ? '' : ' none'}`);
  for (const c of cues) lines.push(`    ${c.word.padEnd(16)} ${String(c.uses).padStart(3)} uses: ${c.wrong} wrong, ${c.right} right (${pct(c.predictive, 1)} ${c.marks})`);
  if (r.bank) {
    const b = r.bank;
    lines.push(`  bank: ${b.size} questions (min ${b.rules.minBank}); per objective ${Object.entries(b.perObjective).map(([o, n]) => `${o} ${n}`).join(', ')} (min ${b.rules.minBankPerObjective} each)`);
    lines.push(`  final test: ${b.rules.draw} drawn, ≥ ${b.rules.minPerObjective} per objective, pass mark ${b.rules.masteryScore} %`);
    lines.push(`  blind pass (exact; limit ${pct(LIMITS.blindPass)}): ${Object.entries(b.blindPass).map(([s, p]) => `${s} ${pct(p, 2)}`).join(', ')}`);
  }
  if (r.pilot) lines.push(formatPilot(r.pilot));
  return lines.join('\n');
}

const pct = (x, digits = 0) => `${(x * 100).toFixed(digits)} %`;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const countBy = (xs, key) => xs.reduce((out, x) => ((out[key(x)] = (out[key(x)] ?? 0) + 1), out), {});
