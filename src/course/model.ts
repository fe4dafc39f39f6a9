// The shape of course.json, which the build writes from lessons/ (see build/content.mjs).
// Structure only: every text is looked up through i18next with the keys in text-keys.ts.

import type { Language } from '../progress/state.js';

export type ObjectiveId = 'signals' | 'victim-blaming' | 'next-steps';
export const COMPETENCES: readonly ObjectiveId[] = ['signals', 'victim-blaming', 'next-steps'];

export interface Source {
  title: string;
  publisher: string;
  year: number;
  url?: string;
}

export interface QuestionBlock {
  id: string;
  type: 'question';
  objective: ObjectiveId;
  multiple: boolean;
  options: string[];
  correct: string[];
  sources: string[];
}

export interface ScenarioOption {
  id: string;
  correct?: boolean;
  next: string;
}

export interface ScenarioStep {
  objective: ObjectiveId;
  options: ScenarioOption[];
  sources?: string[];
}

export interface ScenarioBlock {
  id: string;
  type: 'scenario';
  start: string;
  steps: Record<string, ScenarioStep>;
  endings: string[];
  sources: string[];
}

export type ContentBlock =
  | { id: string; type: 'text'; icon?: string }
  | { id: string; type: 'list'; icon?: string }
  | { id: string; type: 'callout'; tone: 'info' | 'warning' | 'tip'; icon?: string }
  | { id: string; type: 'picture'; src: string; decorative: boolean }
  | { id: string; type: 'quote'; source: string }
  | { id: string; type: 'sources'; sources: string[] }
  | QuestionBlock
  | ScenarioBlock;

export interface Page {
  id: string;
  departments?: string[];
  blocks: ContentBlock[];
}

export interface Lesson {
  id: string;
  pages: Page[];
}

export interface Assessment {
  draw: number;
  /** every drawn test holds at least this many questions of each objective (see progress/draw.ts) */
  minPerObjective?: number;
  masteryScore: number;
  bank: QuestionBlock[];
}

export interface HelpResource {
  id: string;
  phone?: string;
  url?: string;
  /** a decorative pictogram under assets/ */
  icon?: string;
}

export interface Course {
  id: string;
  version: string;
  /** short hash of the structure: saved progress from another structure is not trusted blindly */
  fingerprint: string;
  lessons: Lesson[];
  assessment?: Assessment;
  departments?: string[];
  help: HelpResource[];
  sources: Record<string, Source>;
  /** the languages this course is offered in, in order */
  languages: Language[];
  /** decorative pictograms under assets/: the certificate's, and one per department */
  icon?: string;
  departmentIcons?: Record<string, string>;
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
