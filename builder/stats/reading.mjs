// What a learner reads on a screen, by the formula agreed with the content engineers (#15):
// every visible text of a page (title, paragraphs, list items, callout title and text, quote and
// its attribution; a sources block is a reference list and is not counted), each knowledge
// check's prompt, all its options and the feedback of one option (the key's), and for each
// scenario the longest path (in words) through it: title, intro, and per step on the path the
// prompt, all options and the chosen option's feedback, then the ending. Answers: one per
// knowledge check (one per right option when several are right) and one per decision on the path.
import { wordsOf } from './readability.mjs';

const list = (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The welcome screen: title, paragraphs and the content note. */
export function welcomeTexts(course, lang) {
  const t = course.text[lang];
  return [t.welcome.title, ...t.welcome.paragraphs, t.contentNote.title, ...t.contentNote.paragraphs];
}

export function questionTexts(question, text) {
  const key = question.correct[0];
  return [text.prompt, ...question.options.map((o) => text.options[o].label), text.options[key].feedback];
}

const questionAnswers = (question) => (question.multiple ? question.correct.length : 1);

/**
 * @param {'route' | 'all'} scope route: the longest path of each scenario (what one learner
 *   reads); all: every text of every branch (what a reviewer reads, used for readability)
 * @returns {{ texts: string[], answers: number }}
 */
export function pageReading(lesson, page, lang, scope = 'route') {
  const t = lesson.text[lang];
  const texts = [t.pages[page.id]];
  let answers = 0;
  for (const block of page.blocks) {
    const b = t.blocks?.[block.id] ?? {};
    if (block.type === 'text') texts.push(...list(b.paragraphs));
    if (block.type === 'list') texts.push(...list(b.items));
    if (block.type === 'callout') texts.push(b.title, ...list(b.paragraphs));
    if (block.type === 'quote') texts.push(...list(b.paragraphs), b.attribution);
    if (block.type === 'question') {
      texts.push(...questionTexts(block, b));
      answers += questionAnswers(block);
    }
    if (block.type === 'scenario') {
      const read = scope === 'route' ? longestPath(block, b, lang) : allScenarioTexts(block, b);
      texts.push(b.title, ...list(b.intro), ...read.texts);
      answers += read.answers;
    }
  }
  return { texts, answers };
}

const count = (texts) => texts.reduce((n, s) => n + wordsOf(s).length, 0);

function stepTexts(step, text) {
  return [text.prompt, ...step.options.map((o) => text.options[o.id].label)];
}

/** The path through a scenario with the most words; scenarios have no cycles (validated). */
export function longestPath(scenario, text) {
  const memo = new Map();
  const from = (at) => {
    if (scenario.endings.includes(at)) return { texts: list(text.endings?.[at]), answers: 0 };
    if (memo.has(at)) return memo.get(at);
    const step = scenario.steps[at];
    const st = text.steps[at];
    let best;
    for (const option of step.options) {
      const rest = from(option.next);
      const candidate = { texts: [...stepTexts(step, st), st.options[option.id].feedback, ...rest.texts], answers: 1 + rest.answers };
      if (!best || count(candidate.texts) > count(best.texts)) best = candidate;
    }
    memo.set(at, best);
    return best;
  };
  return from(scenario.start);
}

function allScenarioTexts(scenario, text) {
  const texts = [];
  for (const [id, step] of Object.entries(scenario.steps)) {
    texts.push(...stepTexts(step, text.steps[id]), ...step.options.map((o) => text.steps[id].options[o.id].feedback));
  }
  for (const end of scenario.endings) texts.push(...list(text.endings?.[end]));
  return { texts, answers: Object.keys(scenario.steps).length };
}

/** The final test: `draw` questions at the bank's average length (prompt, options, one feedback, as in a knowledge check). */
export function assessmentReading(course, lang) {
  const a = course.assessment;
  if (!a) return { words: 0, answers: 0, texts: [] };
  const texts = a.bank.map((q) => questionTexts(q, a.text[lang].blocks[q.id]));
  const average = texts.reduce((n, ts) => n + count(ts), 0) / a.bank.length;
  return { words: average * a.draw, answers: a.bank.reduce((n, q) => n + questionAnswers(q), 0) / a.bank.length * a.draw, texts: texts.flat() };
}

export const wordCount = count;
