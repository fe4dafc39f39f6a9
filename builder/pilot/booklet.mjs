// A pilot booklet (issue #22): what one reader of a panel sees, and the key to read their answer
// sheet back. Naive readers get only the items (final-test questions, knowledge checks and
// scenario decisions with the scenario's introduction); trained readers first get the text of the
// lessons on their route, practice included (every option with its feedback), then the same kind
// of items for that route: their figures on the practice items only show the practice was read.
// Item order and option order are shuffled with the booklet's seed, options lettered A, B, C…,
// so no reader sees the authored order and ids, which could give keys away.
import { courseItems } from '../validity/items.mjs';
import { fingerprint } from './pilot-data.mjs';

const LETTERS = 'ABCDEFGH';
const list = (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** A small seeded generator (mulberry32): the same seed gives the same booklet. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, next) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * @param {any} course the loaded course
 * @param {{ panel: 'naive' | 'trained', seed: number, lang: string, pages?: { lesson: number, page: number }[], bankOnly?: boolean, only?: string[] }} options
 *   pages: the trained reader's route (the player's own), also the lessons whose items are asked;
 *   absent: every page. bankOnly: ask only the final test's questions (a round that piloted new
 *   test questions, the lessons' practice being unchanged and piloted already). only: ask just
 *   these item refs (items changed since their pilot)
 * @returns {{ text: string, key: { n: number, ref: string, item: string, letters: string[] }[] }}
 */
export function makeBooklet(course, { panel, seed, lang, pages, bankOnly = false, only }) {
  const next = random(seed);
  const onRoute = routeBlocks(course, pages ?? allPages(course));
  const items = courseItems(course, lang)
    .filter((item) => item.kind === 'bank' || (!bankOnly && onRoute.has(blockOf(item))))
    .filter((item) => !only || only.includes(item.ref));
  const bank = shuffled(items.filter((i) => i.kind === 'bank'), next);
  const lessonItems = items.filter((i) => i.kind !== 'bank');
  const key = [];
  const out = [];
  out.push(`# Pilot booklet: ${course.text[lang].title} (${panel}, booklet ${seed})`, '');
  if (panel === 'trained') {
    out.push('## Part 1: the course text', '', ...courseText(course, lang, pages ?? allPages(course)), '');
  }
  const ask = (item) => {
    const options = shuffled(item.options, next);
    const n = key.length + 1;
    key.push({ n, ref: item.ref, item: fingerprint(item), letters: options.map((o) => o.id) });
    out.push(`**${n}.** ${item.prompt}`, '');
    options.forEach((o, i) => out.push(`- ${LETTERS[i]}. ${o.label}`));
    out.push('');
  };
  out.push(`## ${panel === 'trained' ? 'Part 2: ' : ''}Questions of the final test`, '');
  bank.forEach(ask);
  if (lessonItems.length) out.push('## Situations from the lessons', '');
  let scenario;
  for (const item of lessonItems) {
    const at = blockOf(item);
    if (item.kind === 'decision' && at !== scenario) {
      scenario = at;
      out.push(`### ${item.context[0]}`, '', ...item.context.slice(1).map((p) => `> ${p}`), '');
    }
    if (item.kind !== 'decision') scenario = undefined;
    ask(item);
  }
  out.push('## Your answers', '', 'One line per question: its number, a colon and one letter, e.g. `1: B`.');
  return { text: out.join('\n'), key };
}

/** "lesson/block" of an item's ref ("lesson/block" or "lesson/scenario/step"). */
const blockOf = (item) => item.ref.split('/').slice(0, 2).join('/');
const allPages = (course) => course.lessons.flatMap((lesson, l) => lesson.pages.map((_, p) => ({ lesson: l, page: p })));

/** "lesson/block" of every block on these pages. */
function routeBlocks(course, pages) {
  const out = new Set();
  for (const { lesson, page } of pages) for (const block of course.lessons[lesson].pages[page].blocks) out.add(`${course.lessons[lesson].id}/${block.id}`);
  return out;
}

/** The reading text of these pages: headings, paragraphs, lists, callouts, quotes, scenario introductions. */
function courseText(course, lang, pages) {
  const out = [];
  let lessonAt;
  for (const { lesson: l, page: p } of pages) {
    const lesson = course.lessons[l];
    const t = lesson.text[lang];
    if (lessonAt !== l) out.push(`### ${t.title}`, '');
    lessonAt = l;
    const page = lesson.pages[p];
    out.push(`#### ${t.pages[page.id]}`, '');
    for (const block of page.blocks) {
      const b = t.blocks?.[block.id] ?? {};
      if (block.type === 'text') out.push(...list(b.paragraphs), '');
      if (block.type === 'list') out.push(...list(b.items).map((i) => `- ${i}`), '');
      if (block.type === 'callout') out.push(`**${b.title}**`, ...list(b.paragraphs), '');
      if (block.type === 'quote') out.push(...list(b.paragraphs).map((q) => `> ${q}`), `(${b.attribution})`, '');
      // Practice as a learner meets it: each option with its feedback (a learner reads the feedback
      // of what they chose and of the right answer; all of it is the generous reading).
      if (block.type === 'question') out.push(`*Knowledge check:* ${b.prompt}`, ...block.options.map((o) => `- ${b.options[o].label} — ${b.options[o].feedback}`), '');
      if (block.type === 'scenario') {
        out.push(`*Practice scenario: ${b.title}*`, ...list(b.intro), '');
        for (const [stepId, step] of Object.entries(block.steps)) {
          const st = b.steps[stepId];
          out.push(st.prompt, ...step.options.map((o) => `- ${st.options[o.id].label} — ${st.options[o.id].feedback}`), '');
        }
        for (const ending of block.endings) out.push(...list(b.endings?.[ending]), '');
      }
    }
  }
  return out;
}

/**
 * Reads an answer sheet ("1: B" per line) against a booklet's key.
 * @returns {Record<string, { option: string, item: string }>} per item ref
 */
export function readAnswerSheet(sheet, key, file = 'answer sheet') {
  const answers = {};
  const problems = [];
  for (const [i, line] of sheet.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const m = /^\s*\**(\d+)\**\s*[:.)]?\s*\**([A-Za-z])\**\s*$/.exec(line);
    if (!m) {
      problems.push(`${file}, line ${i + 1}: "${line.trim()}" is not "<number>: <letter>"`);
      continue;
    }
    const entry = key[Number(m[1]) - 1];
    const option = entry?.letters[LETTERS.indexOf(m[2].toUpperCase())];
    if (!entry || !option) problems.push(`${file}, line ${i + 1}: question ${m[1]} has no option ${m[2].toUpperCase()}`);
    else answers[entry.ref] = { option, item: entry.item };
  }
  const missing = key.filter((k) => !answers[k.ref]).map((k) => k.n);
  if (missing.length) problems.push(`${file}: no answer to question${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (problems.length) throw new Error(problems.join('\n'));
  return answers;
}
