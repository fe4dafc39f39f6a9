// After a failed test, what to read again: per objective how many of the attempt's questions
// were right, and the lessons on the learner's route that practise it. A failed learner is shown
// this instead of every question with its feedback, so a retry stays a new test (issue #22).
import { COMPETENCES, type Course, type ObjectiveId } from '../course/model.js';
import { drawnQuestions, isRight } from './scoring.js';
import type { Screen } from './screens.js';
import type { AssessmentAttempt } from './state.js';

export interface Revisit {
  objective: ObjectiveId;
  right: number;
  total: number;
  /** lessons that practise the objective: id and the screen key of their first page on the route */
  lessons: { id: string; screen: string }[];
}

export function revisitByObjective(course: Course, attempt: AssessmentAttempt, route: Screen[]): Revisit[] {
  const questions = drawnQuestions(course, attempt);
  return COMPETENCES.map((objective) => {
    const mine = questions.filter((q) => q.objective === objective);
    const lessons = course.lessons.flatMap((lesson, l) => {
      const first = route.find((s) => s.kind === 'page' && s.lesson === l);
      const practises = lesson.pages.some((page) =>
        page.blocks.some((b) => (b.type === 'question' && b.objective === objective) || (b.type === 'scenario' && Object.values(b.steps).some((s) => s.objective === objective))),
      );
      return first && practises ? [{ id: lesson.id, screen: first.key }] : [];
    });
    return { objective, right: mine.filter((q) => isRight(q, attempt.answers.get(q.id) ?? [])).length, total: mine.length, lessons };
  });
}
