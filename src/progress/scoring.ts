// Results derived from progress. Nothing here is stored: what the LMS receives is always
// recomputed from the learner's answers, so it cannot drift from them.
import { blockRef, COMPETENCES, scoredItems, type Course, type ObjectiveId, type QuestionBlock, type ScenarioBlock } from '../course/model.js';
import type { Completion, ObjectiveOutcome, Success } from './outcome.js';
import { drawQuestions } from './draw.js';
import { seededRandom, shuffled } from './random.js';
import { type AssessmentAttempt, type Progress } from './state.js';
import { pageKey, pageShown } from './screens.js';

export interface Decision {
  objective: ObjectiveId;
  correct: boolean;
}

export const isRight = (question: QuestionBlock, chosen: string[]) =>
  chosen.length === question.correct.length && chosen.every((id) => question.correct.includes(id));

/** The options chosen in a scenario, walked step by step from its start. */
export function walkScenario(scenario: ScenarioBlock, chosen: string[]) {
  const taken: { stepId: string; optionId: string; correct: boolean }[] = [];
  let at = scenario.start;
  for (const optionId of chosen) {
    const step = scenario.steps[at];
    const option = step?.options.find((o) => o.id === optionId);
    if (!step || !option) break;
    taken.push({ stepId: at, optionId, correct: !!option.correct });
    at = option.next;
  }
  const ending = scenario.endings.includes(at) ? at : undefined;
  return { taken, current: ending ? undefined : at, ending };
}

export function scenarioDone(scenario: ScenarioBlock, chosen: string[] | undefined): boolean {
  return !!chosen && walkScenario(scenario, chosen).ending !== undefined;
}

/** The questions of an assessment attempt, drawn and ordered from its seed and what was seen before. */
export function drawnQuestions(course: Course, attempt: Pick<AssessmentAttempt, 'seed' | 'seen'>): QuestionBlock[] {
  return course.assessment ? drawQuestions(course.assessment, attempt.seed, attempt.seen) : [];
}

export function optionOrder(question: QuestionBlock, seed: number): string[] {
  let hash = seed;
  for (const ch of question.id) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return shuffled(question.options, seededRandom(hash));
}

export function assessmentScore(course: Course, progress: Progress): number | undefined {
  const attempt = progress.assessment;
  if (!attempt) return undefined;
  const questions = drawnQuestions(course, attempt);
  const right = questions.filter((q) => isRight(q, attempt.answers.get(q.id) ?? [])).length;
  return Math.round((right / questions.length) * 100);
}

export function pageComplete(course: Course, progress: Progress, lesson: number, page: number): boolean {
  if (!progress.visited.has(pageKey(lesson, page))) return false;
  const lessonId = course.lessons[lesson].id;
  return course.lessons[lesson].pages[page].blocks.every((block) => {
    if (block.type === 'question') return progress.answers.has(blockRef(lessonId, block.id));
    if (block.type === 'scenario') return scenarioDone(block, progress.paths.get(blockRef(lessonId, block.id)));
    return true;
  });
}

/** A lesson is complete when every page on the learner's route is (other departments' pages are not on it). */
export function lessonComplete(course: Course, progress: Progress, lesson: number): boolean {
  return course.lessons[lesson].pages.every((page, p) => !pageShown(course, page, progress.department) || pageComplete(course, progress, lesson, p));
}

function decisions(course: Course, progress: Progress): Decision[] {
  const out: Decision[] = [];
  const { questions, scenarios } = scoredItems(course);
  for (const { ref, block } of questions) {
    const chosen = progress.answers.get(ref);
    if (chosen) out.push({ objective: block.objective, correct: isRight(block, chosen) });
  }
  for (const { ref, block } of scenarios) {
    for (const t of walkScenario(block, progress.paths.get(ref) ?? []).taken) {
      out.push({ objective: block.steps[t.stepId].objective, correct: t.correct });
    }
  }
  const attempt = progress.assessment;
  if (attempt?.submitted) {
    for (const q of drawnQuestions(course, attempt)) {
      out.push({ objective: q.objective, correct: isRight(q, attempt.answers.get(q.id) ?? []) });
    }
  }
  return out;
}

/** Where the learner stands: what the LMS is told (lms/report.ts builds on this) and the result screen shows. */
export interface Results {
  completion: Completion;
  success: Success;
  /** percent 0–100; absent until something was scored */
  score?: number;
  /** 0–1, share of the course done */
  progress: number;
  objectives: ObjectiveOutcome[];
  masteryScore: number;
}

export function results(course: Course, progress: Progress, masteryScore: number): Results {
  const all = decisions(course, progress);
  const lessonsDone = course.lessons.map((_, l) => lessonComplete(course, progress, l));
  const pages = course.lessons.flatMap((lesson, l) =>
    lesson.pages.flatMap((page, p) => (pageShown(course, page, progress.department) ? [pageComplete(course, progress, l, p)] : [])),
  );
  const assessed = progress.bestScore !== undefined;
  const units = pages.length + (course.assessment ? 1 : 0);
  const done = pages.filter(Boolean).length + (assessed ? 1 : 0);

  const courseDone = lessonsDone.every(Boolean) && (!course.assessment || assessed);
  const objectives: ObjectiveOutcome[] = COMPETENCES.map((id) => {
    const mine = all.filter((d) => d.objective === id);
    const score = mine.length ? Math.round((mine.filter((d) => d.correct).length / mine.length) * 100) : undefined;
    const completion: Completion = courseDone ? 'completed' : mine.length ? 'incomplete' : 'not attempted';
    const success: Success = completion === 'completed' && score !== undefined ? (score >= masteryScore ? 'passed' : 'failed') : 'unknown';
    return { id, score, completion, success };
  });
  course.lessons.forEach((lesson, l) => {
    const started = lesson.pages.some((_, p) => progress.visited.has(pageKey(l, p)));
    objectives.push({ id: lesson.id, completion: lessonsDone[l] ? 'completed' : started ? 'incomplete' : 'not attempted', success: 'unknown' });
  });

  const completion: Completion = courseDone ? 'completed' : 'incomplete';
  let score: number | undefined;
  let success: Success = 'unknown';
  if (course.assessment) {
    score = progress.bestScore;
    if (score !== undefined) success = score >= masteryScore ? 'passed' : 'failed';
  } else if (all.length) {
    score = Math.round((all.filter((d) => d.correct).length / all.length) * 100);
  }
  return { completion, success, score, progress: units ? done / units : 0, objectives, masteryScore };
}
