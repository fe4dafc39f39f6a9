// Every event the course's elements fire, declared once. Elements report what the learner did;
// only the root (course-app) listens and turns an event into an action on the session.
// All bubble and are composed (they cross shadow roots), and fire only on user input or on what it
// brought on screen (course-test-show).
import type { Language } from '../progress/state.js';

export interface CourseEventDetails {
  /** open a screen by key, or step along the route (`by`: 1 next, -1 previous) */
  'course-navigate': { screen: string } | { by: 1 | -1 };
  /** a knowledge check answered (the first answer counts) */
  'course-answer': { lesson: string; question: string; chosen: string[] };
  /** a decision taken in a scenario */
  'course-choose': { lesson: string; scenario: string; option: string };
  /** a final-test question came on screen (after the learner opened the test or moved to it) */
  'course-test-show': { question: string };
  /** an answer given or changed in the final test */
  'course-test-answer': { question: string; chosen: string[] };
  /** the final test handed in */
  'course-hand-in': Record<string, never>;
  /** another try at the final test */
  'course-retry': Record<string, never>;
  'course-language': { language: Language };
  'course-department': { department: string };
  /** the learner asked for help; focus returns to `opener` when help closes */
  'course-help': { opener: HTMLElement };
}

export type CourseEventName = keyof CourseEventDetails;
export type CourseEvent<K extends CourseEventName> = CustomEvent<CourseEventDetails[K]>;
type CourseEvents = { [K in CourseEventName]: CourseEvent<K> };

/** Fires a course event from `source` (an element, or a control inside one). */
export function emit<K extends CourseEventName>(source: EventTarget, name: K, detail: CourseEventDetails[K]): void {
  source.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap extends CourseEvents {}
  interface HTMLElementEventMap extends CourseEvents {}
}
