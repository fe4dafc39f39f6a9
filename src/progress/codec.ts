// suspend_data encoding, version 2 (version 1, without field 9, is still read). SCORM 1.2
// allows 4,096 characters, so answers are stored as option indexes, not ids. Fields, separated by "|":
//   0 version "1"            1 course fingerprint (structure hash)
//   2 language (n|e) + department index (base 36, "-" for none)
//   3 screen key             4 visited pages: per lesson a base-36 bitmask, joined by "."
//   5 knowledge checks: per question one character, "-" or the base-36 bitmask of chosen options
//   6 scenarios: per scenario the chosen option indexes (base 36), joined by "."
//   7 assessment: attempt "." seed (base 36) "." answers as in 5 "." submitted (0|1) "." bank
//     questions seen in earlier attempts (a base-36 bitmask over the bank; absent before it existed), or empty
//   8 best assessment score, or empty
//   9 certificate facts: date YYYYMMDD "," score "," content version, or empty (version 2)
// Decoding never throws: what cannot be read is left out and reported.
import { scoredItems, type Course } from '../course/model.js';
import { drawnQuestions } from './scoring.js';
import { freshProgress, type Language, type Progress } from './state.js';

const VERSION = '2';
/** field count per version this code can read */
const FIELDS: Record<string, number> = { '1': 9, '2': 10 };

export type DecodeProblem = 'none' | 'corrupt' | 'foreign';

const maskOf = (options: string[], chosen: string[] | undefined) =>
  chosen ? chosen.reduce((m, id) => m | (1 << options.indexOf(id)), 0).toString(36) : '-';
const chosenOf = (options: string[], ch: string) => {
  if (ch === '-' || !ch) return undefined;
  const mask = parseInt(ch, 36);
  const chosen = options.filter((_, i) => mask & (1 << i));
  if (!chosen.length) throw new Error('empty answer');
  return chosen;
};

/** A base-36 number of any size (BigInt has no parser for base 36); throws on other characters. */
function bigintOf(base36: string): bigint {
  if (!/^[0-9a-z]+$/.test(base36)) throw new Error('bad bitmask');
  return [...base36].reduce((n, ch) => n * 36n + BigInt(parseInt(ch, 36)), 0n);
}

export function encode(course: Course, p: Progress): string {
  const { questions, scenarios } = scoredItems(course);
  const dept = p.department && course.departments ? course.departments.indexOf(p.department).toString(36) : '-';
  const visited = course.lessons
    .map((lesson, l) => lesson.pages.reduce((m, _, i) => (p.visited.has(`${l}.${i}`) ? m + 2 ** i : m), 0).toString(36))
    .join('.');
  const answers = questions.map(({ ref, block }) => maskOf(block.options, p.answers.get(ref))).join('');
  const paths = scenarios
    .map(({ ref, block }) => {
      let at = block.start;
      return (p.paths.get(ref) ?? [])
        .map((optionId) => {
          const step = block.steps[at];
          const index = step.options.findIndex((o) => o.id === optionId);
          at = step.options[index].next;
          return index.toString(36);
        })
        .join('');
    })
    .join('.');
  let assessment = '';
  if (p.assessment) {
    const drawn = drawnQuestions(course, p.assessment);
    const a = drawn.map((q) => maskOf(q.options, p.assessment!.answers.get(q.id))).join('');
    const seen = (course.assessment?.bank ?? []).reduce((m, q, i) => (p.assessment!.seen.has(q.id) ? m | (1n << BigInt(i)) : m), 0n);
    assessment = [p.assessment.number, p.assessment.seed.toString(36), a, p.assessment.submitted ? 1 : 0, seen.toString(36)].join('.');
  }
  const c = p.certificate;
  const certificate = c ? [c.date.replace(/-/g, ''), c.score, c.version].join(',') : '';
  return [VERSION, course.fingerprint, `${p.language[0]}${dept}`, p.screen, visited, answers, paths, assessment, p.bestScore ?? '', certificate].join('|');
}

export function decode(course: Course, data: string, fallbackLanguage: Language): { progress: Progress; problem: DecodeProblem } {
  const progress = freshProgress(fallbackLanguage);
  if (!data) return { progress, problem: 'none' };
  const f = data.split('|');
  if (FIELDS[f[0]] !== f.length) return { progress, problem: 'corrupt' };
  let problem: DecodeProblem = f[1] === course.fingerprint ? 'none' : 'foreign';
  const attempt = (read: () => void) => {
    try {
      read();
    } catch {
      problem = 'corrupt';
    }
  };
  attempt(() => {
    const lang = ({ n: 'nl', e: 'en', p: 'pl' } as const)[f[2][0] as 'n' | 'e' | 'p'];
    if (lang) progress.language = lang;
    const dept = f[2][1] === '-' ? undefined : course.departments?.[parseInt(f[2][1], 36)];
    if (dept) progress.department = dept;
  });
  // Answers and positions from another version of the course would be misread: keep only the language.
  if (problem === 'foreign') return { progress, problem };
  const { questions, scenarios } = scoredItems(course);
  attempt(() => {
    const page = f[3].match(/^(\d+)\.(\d+)$/);
    const known = /^(welcome|assessment|result|sources)$/.test(f[3]) || (page && course.lessons[+page[1]]?.pages[+page[2]]);
    if (!known) throw new Error('unknown screen');
    progress.screen = f[3];
  });
  attempt(() => {
    f[4].split('.').forEach((mask, l) => {
      const bits = parseInt(mask, 36);
      course.lessons[l]?.pages.forEach((_, i) => Math.floor(bits / 2 ** i) % 2 && progress.visited.add(`${l}.${i}`));
    });
  });
  attempt(() => {
    questions.forEach(({ ref, block }, i) => {
      const chosen = chosenOf(block.options, f[5][i]);
      if (chosen) progress.answers.set(ref, chosen);
    });
  });
  attempt(() => {
    const paths = f[6] ? f[6].split('.') : [];
    scenarios.forEach(({ ref, block }, i) => {
      if (!paths[i]) return;
      let at = block.start;
      const chosen: string[] = [];
      for (const ch of paths[i]) {
        const option = block.steps[at]?.options[parseInt(ch, 36)];
        if (!option) throw new Error('path leaves the scenario');
        chosen.push(option.id);
        at = option.next;
      }
      progress.paths.set(ref, chosen);
    });
  });
  attempt(() => {
    if (!f[7] || !course.assessment) return;
    const [number, seed, answers, submitted, seenMask = '0'] = f[7].split('.');
    const bank = course.assessment.bank;
    const seen = new Set(bank.filter((_, i) => (bigintOf(seenMask) >> BigInt(i)) & 1n).map((q) => q.id));
    const a = { number: Number(number), seed: parseInt(seed, 36), seen, answers: new Map<string, string[]>(), submitted: submitted === '1' };
    if (!Number.isInteger(a.number) || a.number < 1 || !Number.isFinite(a.seed)) throw new Error('bad attempt');
    drawnQuestions(course, a).forEach((q, i) => {
      const chosen = chosenOf(q.options, answers[i]);
      if (chosen) a.answers.set(q.id, chosen);
    });
    progress.assessment = a;
  });
  attempt(() => {
    if (f[8] === '') return;
    const best = Number(f[8]);
    if (!Number.isFinite(best) || best < 0 || best > 100) throw new Error('bad score');
    progress.bestScore = best;
  });
  attempt(() => {
    if (!f[9]) return;
    const [date, score, version] = f[9].split(',');
    const day = date.match(/^(\d{4})(\d{2})(\d{2})$/);
    if (!day || !/^\d{1,3}$/.test(score) || !version) throw new Error('bad certificate');
    progress.certificate = { date: `${day[1]}-${day[2]}-${day[3]}`, score: Number(score), version };
  });
  return { progress, problem };
}
