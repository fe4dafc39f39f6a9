// What the course tells an LMS, in domain terms. dialect.ts turns it into cmi.* values.

export type Completion = 'not attempted' | 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';

export interface ObjectiveReport {
  id: string;
  /** percent 0–100; absent while nothing was scored */
  score?: number;
  completion: Completion;
  success: Success;
}

export interface Report {
  completion: Completion;
  success: Success;
  /** percent 0–100; absent until something was scored */
  score?: number;
  /** 0–1, share of the course done */
  progress: number;
  location: string;
  suspendData: string;
  objectives: ObjectiveReport[];
  /** done for good: exit "normal" (2004) or "" (1.2); otherwise "suspend" so the learner can come back */
  finished: boolean;
}

/** A choice the learner made: a knowledge check, a scenario decision or a test question. Ids are content ids. */
export interface InteractionReport {
  kind?: 'choice';
  id: string;
  objective: string;
  /** the question as the learner read it */
  description: string;
  /** the text of the options the learner chose, for the 2004 description */
  answerText?: string;
  /** option ids the learner chose */
  response: string[];
  /** option ids that are right */
  correct: string[];
  /** every option id, in the authored order (1.2 answers in letters by this order) */
  options: string[];
  result: 'correct' | 'incorrect';
  latencySeconds: number;
  at: Date;
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
