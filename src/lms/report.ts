// What the course tells an LMS, in domain terms. dialect.ts turns it into cmi.* values.
// The vocabulary (completion, success, objectives, interactions) belongs to the course model
// (progress/outcome.ts); this layer only adds what an LMS needs on top of it.
import type { Completion, Interaction, ObjectiveOutcome, Success } from '../progress/outcome.js';
import type { Results } from '../progress/scoring.js';

export type { Completion, Success };
export type ObjectiveReport = ObjectiveOutcome;

export interface Report extends Pick<Results, 'completion' | 'success' | 'score' | 'progress' | 'objectives'> {
  location: string;
  suspendData: string;
  /** done for good: exit "normal" (2004) or "" (1.2); otherwise "suspend" so the learner can come back */
  finished: boolean;
}

/** An answer as the LMS records it: the course's interaction with its question text translated. */
export interface InteractionReport extends Omit<Interaction, 'promptKey'> {
  /** the question, in the learner's language */
  description: string;
}

export interface LaunchData {
  learnerName: string;
  learnerId: string;
  language: string;
  location: string;
  suspendData: string;
  /** percent; absent when the LMS sends none */
  masteryScore?: number;
  resumed: boolean;
  review: boolean;
  interactionCount: number;
  objectiveIds: string[];
}
