// The shape of course.json, which the build writes from lessons/ (see builder/content.mjs).
// Structure only: every text is looked up through i18next by key.
//
// The block, page and resource types are inferred from the build's zod schemas
// (builder/content-schema.mjs), so the lesson files and the player cannot disagree about them.
// `import type` is erased: zod never reaches the course bundle.
import type { z } from 'zod';
import type * as schema from '../../builder/content-schema.mjs';
import { LANGUAGES, OBJECTIVES } from './vocabulary.mjs';

export type ObjectiveId = (typeof OBJECTIVES)[number];
type Language = (typeof LANGUAGES)[number];
/** The competences, in the order they are reported. */
export const COMPETENCES: readonly ObjectiveId[] = OBJECTIVES;

export type Source = z.output<typeof schema.Source>;
export type QuestionBlock = z.output<typeof schema.QuestionBlock>;
export type ScenarioBlock = z.output<typeof schema.ScenarioBlock>;
export type ScenarioStep = ScenarioBlock['steps'][string];
export type ScenarioOption = ScenarioStep['options'][number];
export type ContentBlock = z.output<typeof schema.Block>;
export type Page = z.output<typeof schema.Page>;
export type HelpResource = z.output<typeof schema.HelpResource>;
type CourseFile = z.output<typeof schema.Course>;

export interface Lesson {
  id: string;
  pages: Page[];
}

export interface Assessment extends Pick<NonNullable<CourseFile['assessment']>, 'draw' | 'masteryScore'> {
  /** every drawn test holds at least this many questions of each objective (see progress/draw.ts); course.json always has it */
  minPerObjective?: number;
  bank: QuestionBlock[];
}

/** icon and departmentIcons: decorative pictograms under assets/, the certificate's and one per department */
export interface Course extends Pick<CourseFile, 'id' | 'version' | 'departments' | 'help' | 'icon' | 'departmentIcons' | 'certificateNote'> {
  /** short hash of the structure: saved progress from another structure is not trusted blindly */
  fingerprint: string;
  lessons: Lesson[];
  assessment?: Assessment;
  /** the languages this course is offered in, in order */
  languages: Language[];
  /** only the sources this course cites; they arrive in sources.json with the lessons' texts ({} until then) */
  sources: Record<string, Source>;
}

/** A question's or scenario's ref, unique in the course: block ids are unique only within a lesson. */
export const blockRef = (lessonId: string, blockId: string) => `${lessonId}/${blockId}`;

/** Everything in a course the learner answers, in a fixed order, with its ref. Indexes into these lists are what suspend_data stores. */
export function scoredItems(course: Course) {
  const questions: { ref: string; block: QuestionBlock }[] = [];
  const scenarios: { ref: string; block: ScenarioBlock }[] = [];
  for (const lesson of course.lessons) {
    for (const block of lesson.pages.flatMap((page) => page.blocks)) {
      const ref = blockRef(lesson.id, block.id);
      if (block.type === 'question') questions.push({ ref, block });
      if (block.type === 'scenario') scenarios.push({ ref, block });
    }
  }
  return { questions, scenarios };
}
