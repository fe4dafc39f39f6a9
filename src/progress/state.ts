// The learner's progress: everything suspend_data must bring back. Pure data, treated as
// immutable: transition.ts returns a new object for every change (so lit sees it), codec.ts
// stores it, scoring.ts derives results from it.
import { LANGUAGES } from '../course/vocabulary.mjs';
import type { CertificateFacts } from './certificate.js';

export { LANGUAGES };
export type Language = (typeof LANGUAGES)[number];

export interface AssessmentAttempt {
  /** 1 for the first try */
  number: number;
  /** seeds the draw and the option order, so neither has to be stored */
  seed: number;
  /** bank question ids drawn in the learner's earlier attempts: a retry draws others first */
  seen: ReadonlySet<string>;
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
