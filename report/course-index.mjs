// The course's own words and answer keys as the report joins them: one index per course, built
// from a package's course.json and locales. Pure (no file system), so the command line and the
// results page share it; course-content.mjs reads a package from disk, the build serialises the
// index for the page (serialiseCourse / restoreCourse).
import { joinLocale } from '../builder/locale-parts.mjs';

export const LANGS = ['nl', 'en'];

/**
 * The LMS layer may write `-` as `_` in every identifier it sends; content ids keep `-`.
 * Both sides of every join go through this.
 */
export const joinKey = (id) => id.replace(/-/g, '_');

/**
 * A language's texts: locales/<lang>.json (what the first screen shows) joined with
 * locales/<lang>.rest.json (lessons and final test), which packages split so the first screen
 * loads less; an older package has everything in the first file.
 * @param {(name: string) => string | undefined} read a file of the package as text, undefined when absent
 */
export function packageIndex(read, source) {
  const need = (name) => {
    const text = read(name);
    if (text === undefined) throw Object.assign(new Error(`no ${name}`), { missing: name });
    return JSON.parse(text);
  };
  const structure = need('course.json');
  const text = Object.fromEntries(LANGS.map((lang) => {
    const rest = read(`locales/${lang}.rest.json`);
    return [lang, joinLocale(need(`locales/${lang}.json`), rest === undefined ? undefined : JSON.parse(rest))];
  }));
  return courseIndex(structure, text, source);
}

/** The index as plain JSON (items as a list), for the results page's course data. */
export const serialiseCourse = (course) => ({ ...course, items: [...course.items.values()] });

/** Back from serialiseCourse: items keyed by join key again, scenario steps the same objects. */
export function restoreCourse(data) {
  const items = new Map(data.items.map((item) => [joinKey(item.id), item]));
  const scenarios = data.scenarios.map((s) => ({ ...s, steps: s.steps.map((step) => items.get(joinKey(step.id)) ?? step) }));
  return { ...data, items, scenarios };
}

/**
 * Everything a learner answers, keyed by the join key of its interaction id:
 *   `<lesson>.<question>` knowledge check, `<lesson>.<scenario>.<step>` scenario decision,
 *   `assessment.<question>` final test question (the LMS id adds `.try<k>`).
 */
export function courseIndex(structure, text, path) {
  const words = (lang, ...keys) => keys.reduce((at, k) => at?.[k], text[lang]);
  const both = (...keys) => Object.fromEntries(LANGS.map((lang) => [lang, words(lang, ...keys) ?? '']));
  const items = new Map();
  const add = (item) => items.set(joinKey(item.id), item);
  const question = (id, ns, block, kind, lesson) => ({
    id,
    kind,
    lesson,
    objective: block.objective,
    multiple: block.multiple,
    prompt: both(...ns, 'blocks', block.id, 'prompt'),
    options: block.options.map((o) => ({ id: o, label: both(...ns, 'blocks', block.id, 'options', o, 'label'), correct: block.correct.includes(o) })),
  });

  const scenarios = [];
  for (const lesson of structure.lessons) {
    const ns = ['lessons', lesson.id];
    for (const block of lesson.pages.flatMap((p) => p.blocks)) {
      if (block.type === 'question') add(question(`${lesson.id}.${block.id}`, ns, block, 'question', lesson.id));
      if (block.type !== 'scenario') continue;
      const scenario = { id: `${lesson.id}.${block.id}`, lesson: lesson.id, title: both(...ns, 'blocks', block.id, 'title'), start: block.start, steps: [] };
      for (const [stepId, step] of Object.entries(block.steps)) {
        const item = {
          id: `${scenario.id}.${stepId}`,
          kind: 'decision',
          lesson: lesson.id,
          scenario: scenario.id,
          step: stepId,
          objective: step.objective,
          multiple: false,
          prompt: both(...ns, 'blocks', block.id, 'steps', stepId, 'prompt'),
          options: step.options.map((o) => ({ id: o.id, label: both(...ns, 'blocks', block.id, 'steps', stepId, 'options', o.id, 'label'), correct: Boolean(o.correct), next: o.next })),
        };
        add(item);
        scenario.steps.push(item);
      }
      scenarios.push(scenario);
    }
  }
  for (const block of structure.assessment?.bank ?? []) add(question(`assessment.${block.id}`, ['assessment'], block, 'test', 'assessment'));

  return {
    id: structure.id,
    version: structure.version,
    fingerprint: structure.fingerprint,
    source: path,
    title: both('course', 'title'),
    masteryScore: structure.assessment?.masteryScore ?? null,
    lessons: structure.lessons.map((l) => ({ id: l.id, title: both('lessons', l.id, 'title') })),
    items,
    scenarios,
  };
}
