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

/**
 * A choice the learner made (a knowledge check, a scenario decision or a test question), as the
 * LMS records it: the course's interaction, with an id in content terms (see ids.ts) and its
 * question and answer in the learner's language.
 */
export interface InteractionReport extends Omit<Interaction, 'to' | 'promptKey'> {
  kind?: 'choice';
  id: string;
  /** the question as the learner read it */
  description: string;
  /** the text of the options the learner chose, for the 2004 description */
  answerText?: string;
}

/** A fact recorded once as a neutral fill-in answer, e.g. the certificate's verification code. */
export interface RecordReport {
  kind: 'fill-in';
  id: string;
  description: string;
  value: string;
  at: Date;
}

export type AnyInteraction = InteractionReport | RecordReport;

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
