// What the learner's progress amounts to, in the course's own words. The LMS adapter (lms/)
// translates these into cmi.* values; nothing here knows about SCORM.
import type { ObjectiveId } from '../course/model.js';

/** Has the learner been through everything? (cmi.completion_status; 1.2 folds it into lesson_status) */
export type Completion = 'not attempted' | 'incomplete' | 'completed';
/** Did the learner reach the pass mark? (cmi.success_status) */
export type Success = 'unknown' | 'passed' | 'failed';
/** Whether one answer was right. */
export type InteractionResult = 'correct' | 'incorrect';

/** A competence or a lesson, as an objective. */
export interface ObjectiveOutcome {
  /** a competence (ObjectiveId) or a lesson id */
  id: ObjectiveId | string;
  /** percent 0–100; absent while nothing was scored */
  score?: number;
  completion: Completion;
  success: Success;
}

/** What an answer was given to; the LMS adapter turns it into an interaction id (lms/ids.ts). */
export type AnswerTo =
  | { kind: 'question'; lesson: string; question: string }
  | { kind: 'decision'; lesson: string; scenario: string; step: string }
  | { kind: 'test'; question: string; attempt: number };

/** One answer the learner gave, as the LMS should record it. */
export interface Interaction {
  to: AnswerTo;
  objective: ObjectiveId;
  /** i18next key of the question text ("….prompt"; its options' labels sit beside it, "….options.<id>.label") */
  promptKey: string;
  /** option ids the learner chose */
  response: string[];
  /** option ids that are right */
  correct: string[];
  /** every option id, in the authored order (1.2 answers in letters by this order) */
  options: string[];
  result: InteractionResult;
  /** from showing the question to the answer (a final-test question: to the last answer); absent when not known */
  latencySeconds?: number;
  /** when the learner answered (a final-test question: the last answer) */
  at: Date;
}
