// The course's own words and answer keys, read from a built package: course.json and
// locales/<lang>.json inside a zip from dist/ (or an unpacked package folder). Reading the package
// rather than lessons/ means the report joins with exactly what learners were given, so an
// administrator points it at the zip they uploaded to the LMS.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ExportError } from './errors.mjs';
import { joinLocale } from '../builder/locale-parts.mjs';

export const LANGS = ['nl', 'en'];

/**
 * The LMS layer may write `-` as `_` in every identifier it sends; content ids keep `-`.
 * Both sides of every join go through this.
 */
export const joinKey = (id) => id.replace(/-/g, '_');

/** @param {string} path a .zip or a folder holding course.json and locales/ */
export function loadPackage(path) {
  const read = packageReader(path);
  const structure = JSON.parse(read('course.json'));
  const text = Object.fromEntries(LANGS.map((lang) => [lang, localeOf(read, lang)]));
  return courseIndex(structure, text, path);
}

/**
 * A language's texts: locales/<lang>.json (what the first screen shows) joined with
 * locales/<lang>.rest.json (lessons and final test), which packages split so the first screen
 * loads less; an older package has everything in the first file.
 */
function localeOf(read, lang) {
  const first = JSON.parse(read(`locales/${lang}.json`));
  let rest;
  try {
    rest = JSON.parse(read(`locales/${lang}.rest.json`));
  } catch {
    return first;
  }
  return joinLocale(first, rest);
}

function packageReader(path) {
  if (!existsSync(path)) throw new ExportError(path, 'course package not found');
  if (statSync(path).isDirectory()) {
    return (name) => {
      const file = join(path, name);
      if (!existsSync(file)) throw new ExportError(path, `no ${name} in this folder; is it an unpacked course package?`);
      return readFileSync(file, 'utf8');
    };
  }
  let files;
  try {
    files = unzipSync(readFileSync(path), { filter: (f) => f.name === 'course.json' || f.name.startsWith('locales/') });
  } catch (error) {
    throw new ExportError(path, `not a readable zip: ${error.message}`);
  }
  return (name) => {
    if (!files[name]) throw new ExportError(path, `no ${name} in this zip; is it a package built by npm run build?`);
    return strFromU8(files[name]);
  };
}

/**
 * Everything a learner answers, keyed by the join key of its interaction id:
 *   `<lesson>.<question>` knowledge check, `<lesson>.<scenario>.<step>` scenario decision,
 *   `assessment.<question>` final test question (the LMS id adds `.try<k>`).
 */
function courseIndex(structure, text, path) {
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
