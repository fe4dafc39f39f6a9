// Build-time check of every identifier the course will send to an LMS: interaction ids, option
// ids in responses and patterns, objective ids. They are derived by src/lms/ids.ts (the same code
// the player runs, loaded here as it is) and must match LMS_ID and be unique; content ids may not
// contain "_", which keeps the "-" → "_" mapping one-to-one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { OBJECTIVES } from '../src/course/vocabulary.mjs';

/** The player's code sits next to this file, whichever content folder is validated. */
const project = fileURLToPath(new URL('..', import.meta.url));
const loaded = new Map();
/**
 * A player module without imports (src/lms/ids.ts), transpiled in memory: one
 * definition for player and build. Synchronous, unlike builder/player-module.mjs, because content
 * validation is.
 */
function playerModule(path) {
  const file = join(project, path);
  if (!loaded.has(file)) {
    const source = readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021 } });
    const module = { exports: {} };
    runInNewContext(outputText, { module, exports: module.exports });
    loaded.set(file, module.exports);
  }
  return loaded.get(file);
}

/**
 * @param {any} course a loaded course (content.mjs)
 * @param {string[]} problems collects "<file>: <field>: <reason>"
 */
export function checkLmsIdentifiers(course, problems) {
  const ids = playerModule('src/lms/ids.ts');
  const lessonFile = (lessonId) => `lessons/${lessonId}/lesson.yaml`;
  const sent = new Map(); // LMS identifier → where it comes from
  const identifier = (contentId, file, field, { unique = true } = {}) => {
    for (const part of contentId.split('.')) {
      if (part.includes('_')) problems.push(`${file}: ${field}: "${part}" contains "_", which is reserved (the LMS receives "-" as "_")`);
    }
    const id = ids.lmsId(contentId);
    if (!ids.LMS_ID.test(id)) problems.push(`${file}: ${field}: "${id}" is not an identifier every LMS accepts (letters, digits, "_" and "." only)`);
    if (!unique) return;
    const where = `${file}: ${field}`;
    if (sent.has(id)) problems.push(`${where}: sends "${id}" to the LMS, as does ${sent.get(id)}`);
    sent.set(id, where);
  };
  const options = (list, file, field) => list.forEach((o, k) => identifier(o, file, `${field}[${k}]`, { unique: false }));

  for (const lesson of course.lessons) {
    const file = lessonFile(lesson.id);
    lesson.pages.forEach((page, p) =>
      page.blocks.forEach((block, b) => {
        const field = `pages[${p}].blocks[${b}]`;
        if (block.type === 'question') {
          identifier(ids.questionInteraction(lesson.id, block.id), file, `${field}.id`);
          options(block.options, file, `${field}.options`);
        }
        if (block.type === 'scenario') {
          for (const [stepId, step] of Object.entries(block.steps)) {
            identifier(ids.scenarioInteraction(lesson.id, block.id, stepId), file, `${field}.steps.${stepId}`);
            options(step.options.map((o) => o.id), file, `${field}.steps.${stepId}.options`);
          }
        }
      }),
    );
  }
  if (course.assessment) {
    const file = lessonFile(course.assessment.lesson);
    course.assessment.bank.forEach((q, i) => {
      identifier(ids.assessmentInteraction(q.id, 1), file, `bank[${i}].id`);
      options(q.options, file, `bank[${i}].options`);
    });
  }
  identifier(ids.CERTIFICATE_INTERACTION, 'src/lms/ids.ts', 'CERTIFICATE_INTERACTION');
  const objectiveIds = new Map();
  const objective = (id, file, field) => {
    identifier(id, file, field, { unique: false });
    const mapped = ids.lmsId(id);
    if (objectiveIds.has(mapped)) problems.push(`${file}: ${field}: objective "${mapped}" is also ${objectiveIds.get(mapped)}`);
    objectiveIds.set(mapped, `${file}: ${field}`);
  };
  OBJECTIVES.forEach((id, i) => objective(id, 'src/course/vocabulary.mjs', `OBJECTIVES[${i}]`));
  course.lessons.forEach((lesson, i) => objective(lesson.id, `lessons/courses/${course.id}.course.yaml`, `lessons[${i}]`));
}
