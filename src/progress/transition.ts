// The course's one transition: (state, action) → { state, effects }. Pure: it changes nothing it
// is given (every change is a new object, so lit sees it), calls no LMS, reads no clock and draws
// no random number; time and the seed of a new test attempt come in with the context. The
// session (src/session.ts) performs the effects through the tracker.
import { blockRef, type Course, type QuestionBlock, type ScenarioBlock } from '../course/model.js';
import { factsAtPassing, type CertificateFacts } from './certificate.js';
import type { AnswerTo, Interaction } from './outcome.js';
import { assessmentScore, drawnQuestions, isRight, results, walkScenario } from './scoring.js';
import { findScreen, route, type Screen } from './screens.js';
import type { Language, Progress } from './state.js';

/** What the learner did. */
export type Action =
  /** open a screen by key (menu, resume); a page counts as seen once opened */
  | { type: 'open'; screen: string }
  /** the next or previous screen on the route */
  | { type: 'step'; by: 1 | -1 }
  | { type: 'language'; language: Language }
  | { type: 'department'; department: string }
  /** a knowledge check answered; the first answer counts */
  | { type: 'answer'; lesson: string; question: string; chosen: string[] }
  /** a decision in a scenario */
  | { type: 'choose'; lesson: string; scenario: string; option: string }
  /** a final-test question came on screen (its answer's latency counts from here) */
  | { type: 'show-question'; question: string }
  /** an answer in the final test, changeable until hand-in */
  | { type: 'answer-test'; question: string; chosen: string[] }
  | { type: 'hand-in' }
  | { type: 'retry' };

export interface CourseState {
  progress: Progress;
  /** ms timestamp when the current screen (or scenario step) was shown: answers' latency counts from here */
  shownAt: number;
  /** the current test attempt's timing in this sitting (not stored in suspend_data) */
  testTimes?: TestTimes;
}

/** When each final-test question was shown and last answered: its interaction's latency and time. */
export interface TestTimes {
  /** the question on screen, and since when (ms) */
  shown?: { question: string; at: number };
  /** by question id: the learner's last answer, and how long after the question was shown */
  answered: Map<string, { at: number; latencySeconds: number }>;
}

/** Everything a transition may depend on besides the state. */
export interface Context {
  course: Course;
  /** ms timestamp of the action */
  now: number;
  /** the pass mark in force, percent (the LMS's or the course's) */
  masteryScore: number;
  /** seeds a new test attempt (draw and option order), if this action starts one */
  seed: number;
}

/**
 * Tell the LMS: new interactions, then the report recomputed from the new progress; commit now
 * or with the next commit. `certificate`: the learner has just passed, and these facts were fixed;
 * the LMS records the certificate's code once.
 */
export interface ReportEffect {
  type: 'report';
  interactions: Interaction[];
  commit: 'now' | 'later';
  certificate?: CertificateFacts;
}
export type Effect = ReportEffect;

export interface Transition {
  state: CourseState;
  effects: Effect[];
}

const report = (interactions: Interaction[], commit: boolean): Effect => ({ type: 'report', interactions, commit: commit ? 'now' : 'later' });
const unchanged = (state: CourseState): Transition => ({ state, effects: [] });

export function transition(state: CourseState, action: Action, ctx: Context): Transition {
  return fixCertificate(step(state, action, ctx), ctx);
}

/**
 * The first time the learner counts as passed, the certificate's facts (date, score, version) are
 * fixed in the progress, so every reopening shows the same certificate, and the LMS is told.
 */
function fixCertificate(next: Transition, ctx: Context): Transition {
  const { progress } = next.state;
  const [report, ...rest] = next.effects;
  if (!report || progress.certificate) return next;
  const r = results(ctx.course, progress, ctx.masteryScore);
  if (r.success !== 'passed') return next;
  const certificate = factsAtPassing(new Date(ctx.now), r.score ?? 0, ctx.course.version);
  return { state: { ...next.state, progress: { ...progress, certificate } }, effects: [{ ...report, certificate }, ...rest] };
}

function step(state: CourseState, action: Action, ctx: Context): Transition {
  const { progress } = state;
  switch (action.type) {
    case 'open':
      return open(state, action.screen, ctx);
    case 'step': {
      const screens = route(ctx.course, progress.department);
      const at = screens.findIndex((s) => s.key === currentScreen(ctx.course, progress).key);
      const next = screens[at + action.by];
      return next ? open(state, next.key, ctx) : unchanged(state);
    }
    case 'language':
      return { state: { ...state, progress: { ...progress, language: action.language } }, effects: [report([], true)] };
    case 'department':
      return { state: { ...state, progress: { ...progress, department: action.department } }, effects: [report([], true)] };
    case 'answer':
      return answer(state, action, ctx);
    case 'choose':
      return choose(state, action, ctx);
    case 'show-question': {
      const attempt = progress.assessment;
      if (!attempt || attempt.submitted || !drawnQuestions(ctx.course, attempt).some((q) => q.id === action.question)) return unchanged(state);
      const shown = { question: action.question, at: ctx.now };
      return { state: { ...state, testTimes: { answered: state.testTimes?.answered ?? new Map(), shown } }, effects: [] };
    }
    case 'answer-test': {
      const attempt = progress.assessment;
      if (!attempt || attempt.submitted) return unchanged(state);
      // A first answer is saved at once; later changes ride along with the next commit, so
      // ticking boxes does not cost a commit each. Scored on hand-in.
      const first = !attempt.answers.get(action.question)?.length;
      const answers = new Map(attempt.answers).set(action.question, action.chosen);
      // Latency runs from showing this question to this (so far the last) answer to it.
      const shown = state.testTimes?.shown;
      const from = shown?.question === action.question ? shown.at : state.shownAt;
      const answered = new Map(state.testTimes?.answered).set(action.question, { at: ctx.now, latencySeconds: since(from, ctx.now) });
      const testTimes = { ...state.testTimes, answered };
      return { state: { ...state, testTimes, progress: { ...progress, assessment: { ...attempt, answers } } }, effects: [report([], first)] };
    }
    case 'hand-in':
      return handIn(state, ctx);
    case 'retry':
      return open({ ...state, testTimes: undefined, progress: withNewAttempt(progress, ctx.seed, ctx.course) }, 'assessment', ctx);
  }
}

/** The screen the learner is on; an unknown key (a changed course) falls back to the start. */
export function currentScreen(course: Course, progress: Progress): Screen {
  return findScreen(course, progress.screen, progress.department) ?? route(course, progress.department)[0];
}

function open(state: CourseState, key: string, ctx: Context): Transition {
  const screen = findScreen(ctx.course, key, state.progress.department);
  if (!screen) return unchanged(state);
  let progress: Progress = { ...state.progress, screen: key };
  let testTimes = state.testTimes;
  if (screen.kind === 'page' && !progress.visited.has(screen.key)) progress.visited = new Set(progress.visited).add(screen.key);
  if (screen.kind === 'assessment' && !progress.assessment) {
    progress = withNewAttempt(progress, ctx.seed, ctx.course);
    testTimes = undefined;
  }
  // The sources list is a side trip: it is not worth a commit.
  return { state: { progress, shownAt: ctx.now, testTimes }, effects: [report([], screen.kind !== 'sources')] };
}

function answer(state: CourseState, action: Extract<Action, { type: 'answer' }>, ctx: Context): Transition {
  const ref = blockRef(action.lesson, action.question);
  const question = findBlock(ctx.course, action.lesson, action.question, 'question');
  if (!question || state.progress.answers.has(ref) || !action.chosen.length) return unchanged(state);
  const progress = { ...state.progress, answers: new Map(state.progress.answers).set(ref, action.chosen) };
  const ns = `lessons.${action.lesson}.blocks.${question.id}`;
  const to: AnswerTo = { kind: 'question', lesson: action.lesson, question: question.id };
  const done = interaction(to, question, action.chosen, `${ns}.prompt`, ctx.now, since(state.shownAt, ctx.now));
  return { state: { ...state, progress }, effects: [report([done], true)] };
}

function choose(state: CourseState, action: Extract<Action, { type: 'choose' }>, ctx: Context): Transition {
  const scenario = findBlock(ctx.course, action.lesson, action.scenario, 'scenario');
  if (!scenario) return unchanged(state);
  const ref = blockRef(action.lesson, scenario.id);
  const path = state.progress.paths.get(ref) ?? [];
  const { current } = walkScenario(scenario, path);
  const step = current ? scenario.steps[current] : undefined;
  if (!current || !step?.options.some((o) => o.id === action.option)) return unchanged(state);
  // Each decision is recorded as a single-choice question of its own.
  const asQuestion: QuestionBlock = {
    id: `${scenario.id}.${current}`,
    type: 'question',
    objective: step.objective,
    multiple: false,
    options: step.options.map((o) => o.id),
    correct: step.options.filter((o) => o.correct).map((o) => o.id),
    sources: scenario.sources,
  };
  const ns = `lessons.${action.lesson}.blocks.${scenario.id}`;
  const to: AnswerTo = { kind: 'decision', lesson: action.lesson, scenario: scenario.id, step: current };
  const done = interaction(to, asQuestion, [action.option], `${ns}.steps.${current}.prompt`, ctx.now, since(state.shownAt, ctx.now));
  const progress = { ...state.progress, paths: new Map(state.progress.paths).set(ref, [...path, action.option]) };
  // The next decision's latency counts from this one.
  return { state: { ...state, progress, shownAt: ctx.now }, effects: [report([done], true)] };
}

function handIn(state: CourseState, ctx: Context): Transition {
  const attempt = state.progress.assessment;
  if (!attempt || attempt.submitted) return unchanged(state);
  let progress: Progress = { ...state.progress, assessment: { ...attempt, submitted: true }, screen: 'result' };
  progress = { ...progress, bestScore: Math.max(assessmentScore(ctx.course, progress)!, progress.bestScore ?? 0) };
  // Each question with its own latency and time; one answered in an earlier sitting (resumed
  // mid-test) has no known showing: the hand-in's time and no latency.
  const interactions = drawnQuestions(ctx.course, attempt).map((q) => {
    const timed = state.testTimes?.answered.get(q.id);
    const to: AnswerTo = { kind: 'test', question: q.id, attempt: attempt.number };
    return interaction(to, q, attempt.answers.get(q.id) ?? [], `assessment.blocks.${q.id}.prompt`, timed?.at ?? ctx.now, timed?.latencySeconds);
  });
  return { state: { ...state, progress }, effects: [report(interactions, true)] };
}

function withNewAttempt(progress: Progress, seed: number, course: Course): Progress {
  const before = progress.assessment;
  const number = (before?.number ?? 0) + 1;
  const seen = new Set(before ? [...before.seen, ...drawnQuestions(course, before).map((q) => q.id)] : []);
  return { ...progress, assessment: { number, seed, seen, answers: new Map(), submitted: false } };
}

function findBlock<T extends 'question' | 'scenario'>(course: Course, lessonId: string, blockId: string, type: T) {
  const blocks = course.lessons.find((l) => l.id === lessonId)?.pages.flatMap((p) => p.blocks) ?? [];
  return blocks.find((b): b is Extract<typeof b, { type: T }> => b.type === type && b.id === blockId) as
    | (T extends 'question' ? QuestionBlock : ScenarioBlock)
    | undefined;
}

/** Seconds from `from` to `now` (ms timestamps), never negative (a clock set back). */
const since = (from: number, now: number) => Math.max(0, (now - from) / 1000);

function interaction(to: AnswerTo, q: QuestionBlock, chosen: string[], promptKey: string, at: number, latencySeconds: number | undefined): Interaction {
  return {
    to,
    objective: q.objective,
    promptKey,
    response: chosen,
    correct: q.correct,
    options: q.options,
    result: isRight(q, chosen) ? 'correct' : 'incorrect',
    latencySeconds,
    at: new Date(at),
  };
}
