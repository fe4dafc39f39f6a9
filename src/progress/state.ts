// The learner's progress: everything suspend_data must bring back. Pure data; the session
// changes it, codec.ts stores it, scoring.ts derives results from it.
import type { CertificateFacts } from './certificate.js';

export type Language = 'nl' | 'en' | 'pl';
/** Every language the player knows; a course offers some of them (course.json `languages`). */
export const LANGUAGES: readonly Language[] = ['nl', 'en', 'pl'];

export interface AssessmentAttempt {
  /** 1 for the first try */
  number: number;
  /** seeds the draw and the option order, so neither has to be stored */
  seed: number;
  /** answers by bank question id */
  answers: Map<string, string[]>;
  submitted: boolean;
}

export interface Progress {
  language: Language;
  department?: string;
  /** the screen the learner is on, see screens.ts */
  screen: string;
  /** page keys ("lesson.page" indexes) the learner has seen */
  visited: Set<string>;
  /** knowledge-check answers by "lessonId/blockId" */
  answers: Map<string, string[]>;
  /** option ids chosen in each scenario, in order, by "lessonId/blockId" */
  paths: Map<string, string[]>;
  assessment?: AssessmentAttempt;
  /** best assessment score of any submitted attempt, percent */
  bestScore?: number;
  /** fixed when the learner first passed (see certificate.ts) */
  certificate?: CertificateFacts;
}

export function freshProgress(language: Language): Progress {
  return { language, screen: 'welcome', visited: new Set(), answers: new Map(), paths: new Map() };
}
