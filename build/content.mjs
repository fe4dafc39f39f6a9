// Loads lessons/ into one checked model per course. Every problem is reported as
// "<file>: <field>: <reason>" and all problems are collected before failing, so an author
// fixes a broken file in one pass.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Course, Lesson, PLAYER_LANGUAGES, Sources } from './content-schema.mjs';
import { checkLmsIdentifiers } from './lms-ids.mjs';
import { checkAssets } from './assets.mjs';

/** Every language the player can show; each course names its own in `languages:`. */
export const LANGUAGES = PLAYER_LANGUAGES;

export class ContentError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`Lesson files are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ` + problems.join('\n  '));
    this.problems = problems;
  }
}

/**
 * @param {string} root project root
 * @returns {{ courses: any[], sources: Record<string, any> }}
 */
export function loadContent(root) {
  const lessonsDir = join(root, 'lessons');
  const problems = [];
  const rel = (file) => relative(root, file);

  const readYaml = (file) => {
    if (!existsSync(file)) {
      problems.push(`${rel(file)}: (file): missing`);
      return undefined;
    }
    try {
      return parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${rel(file)}: (file): not valid YAML: ${String(error.message).split('\n')[0]}`);
      return undefined;
    }
  };
  const checked = (schema, file) => {
    const raw = readYaml(file);
    if (raw === undefined) return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push(`${rel(file)}: ${fieldPath(issue.path)}: ${issue.message}`);
    }
    return undefined;
  };

  const sourcesFile = join(lessonsDir, 'sources.yaml');
  const sources = checked(Sources, sourcesFile) ?? {};
  const citeCheck = (file, field, refs) => {
    for (const ref of refs ?? []) {
      if (!sources[ref]) problems.push(`${rel(file)}: ${field}: source "${ref}" is not in lessons/sources.yaml`);
    }
  };

  const lessonCache = new Map();
  /** A lesson is written in every language of the course that uses it. */
  const loadLesson = (id, languages) => {
    const cacheKey = `${id}:${languages.join(',')}`;
    if (lessonCache.has(cacheKey)) return lessonCache.get(cacheKey);
    const dir = join(lessonsDir, id);
    const file = join(dir, 'lesson.yaml');
    const structure = checked(Lesson, file);
    let lesson;
    if (structure) {
      checkLessonStructure(structure, file, rel, problems, citeCheck);
      const text = {};
      for (const lang of languages) text[lang] = readYaml(join(dir, `${lang}.yaml`));
      checkText(requiredLessonText(structure), text, dir, rel, problems, '/', languages);
      lesson = { id, ...structure, text };
    }
    lessonCache.set(cacheKey, lesson);
    return lesson;
  };

  const courseFiles = readdirSync(join(lessonsDir, 'courses')).filter((f) => /^[a-z0-9-]+\.course\.yaml$/.test(f));
  if (courseFiles.length === 0) problems.push('lessons/courses: (folder): no <id>.course.yaml file');
  const courses = [];
  for (const name of courseFiles.sort()) {
    const file = join(lessonsDir, 'courses', name);
    const course = checked(Course, file);
    if (!course) continue;
    const expectedId = name.replace('.course.yaml', '');
    if (course.id !== expectedId) problems.push(`${rel(file)}: id: must equal the file name "${expectedId}"`);
    const languages = Object.keys(course.languages);
    const lessons = [];
    course.lessons.forEach((id, i) => {
      if (!existsSync(join(lessonsDir, id, 'lesson.yaml'))) {
        problems.push(`${rel(file)}: lessons[${i}]: lesson "${id}" has no folder lessons/${id}/ with a lesson.yaml`);
        return;
      }
      const lesson = loadLesson(id, languages);
      if (lesson?.bank) problems.push(`${rel(file)}: lessons[${i}]: "${id}" is an assessment bank; name it under assessment.lesson`);
      if (lesson) lessons.push(lesson);
    });
    let assessment;
    if (course.assessment) {
      const id = course.assessment.lesson;
      if (!existsSync(join(lessonsDir, id, 'lesson.yaml'))) {
        problems.push(`${rel(file)}: assessment.lesson: lesson "${id}" has no folder lessons/${id}/ with a lesson.yaml`);
      } else {
        const bank = loadLesson(id, languages);
        if (bank && !bank.bank) problems.push(`${rel(file)}: assessment.lesson: "${id}" has no bank of questions`);
        else if (bank && bank.bank.length < course.assessment.draw) {
          problems.push(`${rel(file)}: assessment.draw: ${course.assessment.draw} is more than the ${bank.bank.length} questions in the bank`);
        }
        assessment = bank && { ...course.assessment, bank: bank.bank, text: bank.text };
      }
    }
    const text = {};
    for (const lang of languages) text[lang] = readYaml(join(lessonsDir, 'courses', `${course.id}.${lang}.yaml`));
    checkText(requiredCourseText(course), text, join(lessonsDir, 'courses', course.id), rel, problems, '.', languages);
    for (const d of Object.keys(course.departmentIcons ?? {})) {
      if (!course.departments?.includes(d)) problems.push(`${rel(file)}: departmentIcons.${d}: "${d}" is not one of departments`);
    }
    if (lessons.length === course.lessons.length) checkLmsIdentifiers({ ...course, lessons, assessment }, problems);
    const built = { ...course, languages, languageStatus: course.languages, lessons, assessment, text };
    built.assets = checkAssets(root, built, problems);
    courses.push(built);
  }

  if (problems.length) throw new ContentError(problems);
  return { courses, sources };
}

function checkLessonStructure(lesson, file, rel, problems, citeCheck) {
  if (!lesson.pages === !lesson.bank) {
    problems.push(`${rel(file)}: (root): needs either "pages" or "bank", not both or neither`);
    return;
  }
  const seen = new Set();
  const unique = (id, field) => {
    if (seen.has(id)) problems.push(`${rel(file)}: ${field}: id "${id}" is used twice in this lesson`);
    seen.add(id);
  };
  const checkQuestion = (q, field) => {
    unique(q.id, `${field}.id`);
    const options = new Set(q.options);
    if (options.size !== q.options.length) problems.push(`${rel(file)}: ${field}.options: an option id is used twice`);
    q.correct.forEach((c, k) => {
      if (!options.has(c)) problems.push(`${rel(file)}: ${field}.correct[${k}]: "${c}" is not one of the options`);
    });
    if (!q.multiple && q.correct.length > 1) problems.push(`${rel(file)}: ${field}.correct: a single-choice question has one correct option`);
    citeCheck(file, `${field}.sources`, q.sources);
  };
  (lesson.bank ?? []).forEach((q, i) => checkQuestion(q, `bank[${i}]`));
  (lesson.pages ?? []).forEach((page, p) => {
    unique(page.id, `pages[${p}].id`);
    page.blocks.forEach((block, b) => {
      const field = `pages[${p}].blocks[${b}]`;
      if (block.type === 'question') return checkQuestion(block, field);
      unique(block.id, `${field}.id`);
      if (block.type === 'quote') citeCheck(file, `${field}.source`, [block.source]);
      if (block.type === 'sources') citeCheck(file, `${field}.sources`, block.sources);
      if (block.type === 'scenario') checkScenario(block, field, file, rel, problems, citeCheck);
    });
  });
}

function checkScenario(scenario, field, file, rel, problems, citeCheck) {
  const steps = scenario.steps;
  const endings = new Set(scenario.endings);
  citeCheck(file, `${field}.sources`, scenario.sources);
  if (!steps[scenario.start]) problems.push(`${rel(file)}: ${field}.start: "${scenario.start}" is not a step`);
  for (const [stepId, step] of Object.entries(steps)) {
    if (endings.has(stepId)) problems.push(`${rel(file)}: ${field}.steps.${stepId}: a step and an ending share this id`);
    citeCheck(file, `${field}.steps.${stepId}.sources`, step.sources);
    if (!step.options.some((o) => o.correct)) problems.push(`${rel(file)}: ${field}.steps.${stepId}.options: no option is marked correct`);
    const ids = new Set();
    step.options.forEach((option, o) => {
      const at = `${field}.steps.${stepId}.options[${o}]`;
      if (ids.has(option.id)) problems.push(`${rel(file)}: ${at}.id: "${option.id}" is used twice in this step`);
      ids.add(option.id);
      if (!option.next) problems.push(`${rel(file)}: ${at}.next: missing (name a step or an ending)`);
      else if (!steps[option.next] && !endings.has(option.next)) {
        problems.push(`${rel(file)}: ${at}.next: "${option.next}" is neither a step nor an ending of this scenario`);
      }
    });
  }
  // Every path must end: walk the graph from the start and refuse cycles.
  const visiting = new Set();
  const done = new Set();
  const walk = (id) => {
    if (endings.has(id) || done.has(id) || !steps[id]) return;
    if (visiting.has(id)) {
      problems.push(`${rel(file)}: ${field}.steps.${id}: a branch leads back here; every path must reach an ending`);
      return;
    }
    visiting.add(id);
    for (const option of steps[id].options) if (option.next) walk(option.next);
    visiting.delete(id);
    done.add(id);
  };
  walk(scenario.start);
  for (const id of Object.keys(steps)) {
    if (!done.has(id) && !visiting.has(id)) problems.push(`${rel(file)}: ${field}.steps.${id}: no branch leads to this step`);
  }
}

// ---- text -------------------------------------------------------------------------------------

const STRING = 'string';
const PARAGRAPHS = 'paragraphs'; // a non-empty list of strings

function requiredLessonText(lesson) {
  const req = { title: STRING };
  const question = (q) => {
    req[`blocks.${q.id}.prompt`] = STRING;
    for (const o of q.options) {
      req[`blocks.${q.id}.options.${o}.label`] = STRING;
      req[`blocks.${q.id}.options.${o}.feedback`] = STRING;
    }
  };
  (lesson.bank ?? []).forEach(question);
  for (const page of lesson.pages ?? []) {
    req[`pages.${page.id}`] = STRING;
    for (const block of page.blocks) {
      const at = `blocks.${block.id}`;
      if (block.type === 'text') req[`${at}.paragraphs`] = PARAGRAPHS;
      if (block.type === 'list') req[`${at}.items`] = PARAGRAPHS;
      if (block.type === 'callout') Object.assign(req, { [`${at}.title`]: STRING, [`${at}.paragraphs`]: PARAGRAPHS });
      if (block.type === 'quote') Object.assign(req, { [`${at}.paragraphs`]: PARAGRAPHS, [`${at}.attribution`]: STRING });
      if (block.type === 'picture' && !block.decorative) req[`${at}.alt`] = STRING;
      if (block.type === 'question') question(block);
      if (block.type === 'scenario') {
        req[`${at}.title`] = STRING;
        req[`${at}.intro`] = PARAGRAPHS;
        for (const [stepId, step] of Object.entries(block.steps)) {
          req[`${at}.steps.${stepId}.prompt`] = STRING;
          for (const o of step.options) {
            req[`${at}.steps.${stepId}.options.${o.id}.label`] = STRING;
            req[`${at}.steps.${stepId}.options.${o.id}.feedback`] = STRING;
          }
        }
        for (const end of block.endings) req[`${at}.endings.${end}`] = PARAGRAPHS;
      }
    }
  }
  return req;
}

function requiredCourseText(course) {
  const req = {
    title: STRING,
    description: STRING,
    keywords: PARAGRAPHS,
    'welcome.title': STRING,
    'welcome.paragraphs': PARAGRAPHS,
    'contentNote.title': STRING,
    'contentNote.paragraphs': PARAGRAPHS,
    'help.intro': STRING,
  };
  for (const r of course.help) {
    req[`help.${r.id}.name`] = STRING;
    req[`help.${r.id}.description`] = STRING;
  }
  for (const d of course.departments ?? []) req[`departments.${d}`] = STRING;
  return req;
}

/** Checks each language has every required key with the right shape, and that all languages have the same keys. */
function checkText(required, text, base, rel, problems, sep, languages) {
  const fileOf = (lang) => rel(`${base}${sep}${lang}.yaml`);
  const flat = {};
  for (const lang of languages) {
    if (text[lang] === undefined) continue;
    if (typeof text[lang] !== 'object' || text[lang] === null || Array.isArray(text[lang])) {
      problems.push(`${fileOf(lang)}: (root): must be a mapping of keys to text`);
      continue;
    }
    flat[lang] = flatten(text[lang]);
    for (const [key, kind] of Object.entries(required)) {
      const value = lookup(text[lang], key);
      if (value === undefined) problems.push(`${fileOf(lang)}: ${key}: missing translation`);
      else if (kind === STRING && (typeof value !== 'string' || !value.trim())) problems.push(`${fileOf(lang)}: ${key}: must be non-empty text`);
      else if (kind === PARAGRAPHS && !(Array.isArray(value) && value.length && value.every((v) => typeof v === 'string' && v.trim()))) {
        problems.push(`${fileOf(lang)}: ${key}: must be a non-empty list of texts`);
      }
    }
  }
  for (const lang of Object.keys(flat)) {
    for (const key of Object.keys(flat[lang])) {
      const base = key.replace(/\[\d+\]$/, '');
      if (!(base in required)) problems.push(`${fileOf(lang)}: ${key}: not used by the structure (a typo, or a comma in unquoted text?)`);
    }
  }
  const [first, ...others] = languages.filter((l) => flat[l]);
  for (const lang of others) {
    for (const key of Object.keys(flat[first])) if (!(key in flat[lang])) problems.push(`${fileOf(lang)}: ${key}: missing translation (present in ${first})`);
    for (const key of Object.keys(flat[lang])) if (!(key in flat[first])) problems.push(`${fileOf(first)}: ${key}: missing translation (present in ${lang})`);
  }
}

function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v)) v.forEach((item, i) => (out[`${key}[${i}]`] = item));
    else if (v && typeof v === 'object') flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

function lookup(obj, dotted) {
  let at = obj;
  for (const part of dotted.split('.')) {
    if (at === null || typeof at !== 'object' || !(part in at)) return undefined;
    at = at[part];
  }
  return at;
}

function fieldPath(path) {
  if (!path.length) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
