// Loads lessons/ into one checked model per course. Every problem is reported as
// "<file>: <field>: <reason>" and all problems are collected before failing, so an author
// fixes a broken file in one pass.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES } from '../src/course/vocabulary.mjs';
import { Course, Lesson, Sources } from './content-schema.mjs';
import { fileReader } from './content-read.mjs';
import { checkLessonStructure } from './content-structure.mjs';
import { checkText, requiredCourseText, requiredLessonText } from './content-text.mjs';
import { checkLmsIdentifiers } from './lms-ids.mjs';
import { checkAssets } from './assets.mjs';
import { checkSignoffs, languageStatus } from './review-status.mjs';
import { Claims } from './claims-schema.mjs';
import { checkClaims } from './claims.mjs';

/** Every language the player can show; each course names its own in `languages:`. */
export { LANGUAGES };

export class ContentError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`Lesson files are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ` + problems.join('\n  '));
    this.problems = problems;
  }
}

/**
 * @param {string} root project root
 * @returns {{ courses: any[], sources: Record<string, any>, claims: { claims: any[] } }}
 */
export function loadContent(root) {
  const lessonsDir = join(root, 'lessons');
  const problems = [];
  const rel = (file) => relative(root, file);

  const { readYaml, checked } = fileReader(root, problems);

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
    const languages = course.languages;
    checkSignoffs(course, rel(file), problems);
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
    const built = { ...course, signoffs: course.signoffs ?? [], languageStatus: languageStatus(course), lessons, assessment, text };
    built.assets = checkAssets(root, built, problems);
    courses.push(built);
  }

  // The claims register is checked once every course is loaded: a usage names a course's place.
  const claims = checked(Claims, join(lessonsDir, 'claims.yaml'));
  if (claims && courses.length === courseFiles.length) checkClaims(courses, claims, sources, problems);

  if (problems.length) throw new ContentError(problems);
  return { courses, sources, claims };
}
