// The learner's session: applies what the learner does to their progress and tells the LMS.
// Components call these methods and re-render on `change`; they never touch the tracker.
import { blockRef, type Course, type QuestionBlock, type ScenarioBlock } from './course/model.js';
import { assessmentInteraction, CERTIFICATE_INTERACTION, questionInteraction, scenarioInteraction } from './lms/ids.js';
import type { AnyInteraction, InteractionReport, LaunchData, Report } from './lms/report.js';
import { factsAtPassing, verificationCode, type CertificateFacts } from './progress/certificate.js';
import type { SaveStatus, Tracker } from './lms/tracker.js';
import { encode } from './progress/codec.js';
import { assessmentScore, drawnQuestions, isRight, results, walkScenario, type Results } from './progress/scoring.js';
import { findScreen, route, type Screen } from './progress/screens.js';
import type { Language, Progress } from './progress/state.js';
import { t } from './i18n/i18n.js';

export class CourseSession extends EventTarget {
  readonly masteryScore: number;
  saveStatus: SaveStatus;
  private screenShownAt: number;

  constructor(
    readonly course: Course,
    readonly progress: Progress,
    readonly launch: LaunchData,
    private tracker: Tracker,
    private now: () => number = () => Date.now(),
  ) {
    super();
    this.masteryScore = launch.masteryScore ?? course.assessment?.masteryScore ?? 80;
    this.screenShownAt = now();
    this.saveStatus = tracker.isStandalone ? 'local' : 'saved';
    tracker.onStatus((status) => {
      this.saveStatus = status;
      this.changed();
    });
  }

  get route(): Screen[] {
    return route(this.course, this.progress.department);
  }

  get screen(): Screen {
    return findScreen(this.course, this.progress.screen, this.progress.department) ?? this.route[0];
  }

  get results(): Results {
    return results(this.course, this.progress, this.masteryScore);
  }

  get passed(): boolean {
    return this.results.success === 'passed';
  }

  /** The certificate as fixed when the learner passed: the same on every reopening and in every language. */
  get certificate(): { facts: CertificateFacts; code: string } | undefined {
    const facts = this.progress.certificate;
    return facts && { facts, code: verificationCode(facts, this.launch.learnerId, this.course.id) };
  }

  /** Opens a screen; a page counts as seen once opened. */
  goTo(key: string): void {
    const screen = findScreen(this.course, key, this.progress.department);
    if (!screen) return;
    this.progress.screen = key;
    this.screenShownAt = this.now();
    if (screen.kind === 'page') this.progress.visited.add(screen.key);
    if (screen.kind === 'assessment' && !this.progress.assessment) this.newAttempt();
    this.sync([], screen.kind !== 'sources');
  }

  step(delta: 1 | -1): void {
    const screens = this.route;
    const at = screens.findIndex((s) => s.key === this.screen.key);
    const next = screens[at + delta];
    if (next) this.goTo(next.key);
  }

  setLanguage(language: Language): void {
    this.progress.language = language;
    this.sync([], true);
  }

  setDepartment(department: string): void {
    this.progress.department = department;
    this.sync([], true);
  }

  answer(lessonId: string, question: QuestionBlock, chosen: string[]): void {
    const ref = blockRef(lessonId, question.id);
    if (this.progress.answers.has(ref) || !chosen.length) return;
    this.progress.answers.set(ref, chosen);
    this.sync([this.interaction(questionInteraction(lessonId, question.id), question, chosen, `blocks.${question.id}.prompt`, `lessons.${lessonId}`)], true);
  }

  choose(lessonId: string, scenario: ScenarioBlock, optionId: string): void {
    const ref = blockRef(lessonId, scenario.id);
    const path = this.progress.paths.get(ref) ?? [];
    const { current } = walkScenario(scenario, path);
    const step = current ? scenario.steps[current] : undefined;
    const option = step?.options.find((o) => o.id === optionId);
    if (!current || !step || !option) return;
    this.progress.paths.set(ref, [...path, optionId]);
    const asQuestion: QuestionBlock = {
      id: `${scenario.id}.${current}`,
      type: 'question',
      objective: step.objective,
      multiple: false,
      options: step.options.map((o) => o.id),
      correct: step.options.filter((o) => o.correct).map((o) => o.id),
      sources: scenario.sources,
    };
    this.sync(
      [this.interaction(scenarioInteraction(lessonId, scenario.id, current), asQuestion, [optionId], `blocks.${scenario.id}.steps.${current}.prompt`, `lessons.${lessonId}`)],
      true,
    );
    this.screenShownAt = this.now();
  }

  /**
   * A first answer to a test question is saved at once (in suspend_data); later changes ride
   * along with the next commit, so ticking boxes does not cost a commit each. Scored on hand-in.
   */
  answerAssessment(questionId: string, chosen: string[]): void {
    const attempt = this.progress.assessment;
    if (!attempt || attempt.submitted) return;
    const first = !attempt.answers.get(questionId)?.length;
    attempt.answers.set(questionId, chosen);
    this.sync([], first);
  }

  submitAssessment(): void {
    const attempt = this.progress.assessment;
    if (!attempt || attempt.submitted) return;
    attempt.submitted = true;
    this.progress.bestScore = Math.max(assessmentScore(this.course, this.progress)!, this.progress.bestScore ?? 0);
    const interactions = drawnQuestions(this.course, attempt.seed).map((q) =>
      this.interaction(assessmentInteraction(q.id, attempt.number), q, attempt.answers.get(q.id) ?? [], `blocks.${q.id}.prompt`, 'assessment'),
    );
    this.progress.screen = 'result';
    this.sync(interactions, true);
  }

  retryAssessment(): void {
    this.newAttempt();
    this.goTo('assessment');
  }

  /** The page is hidden (tab switch, app to background): send what is pending. */
  flush(): void {
    this.tracker.flush();
  }

  /** The page is going away: last commit and terminate. */
  leave(): void {
    this.tracker.finish(this.report());
  }

  report(): Report {
    const r = this.results;
    return {
      completion: r.completion,
      success: r.success,
      score: r.score,
      progress: r.progress,
      location: this.progress.screen,
      suspendData: encode(this.course, this.progress),
      objectives: r.objectives,
      finished: r.completion === 'completed' && r.success !== 'failed',
    };
  }

  private newAttempt(): void {
    const number = (this.progress.assessment?.number ?? 0) + 1;
    this.progress.assessment = { number, seed: Math.floor(Math.random() * 2 ** 31), answers: new Map(), submitted: false };
  }

  private interaction(id: string, q: QuestionBlock, chosen: string[], promptKey: string, ns: string): InteractionReport {
    const at = new Date(this.now());
    return {
      id,
      objective: q.objective,
      description: t(`${ns}.${promptKey}`),
      answerText: chosen.map((option) => t(`${ns}.${promptKey.replace(/prompt$/, `options.${option}.label`)}`)).join(' / '),
      response: chosen,
      correct: q.correct,
      options: q.options,
      result: isRight(q, chosen) ? 'correct' : 'incorrect',
      latencySeconds: Math.max(0, (at.getTime() - this.screenShownAt) / 1000),
      at,
    };
  }

  private sync(interactions: AnyInteraction[], commit: boolean): void {
    const certificate = this.fixCertificate(); // before report(): suspend_data must carry the facts
    this.tracker.update(this.report(), [...interactions, ...certificate], commit);
    this.changed();
  }

  /** The first time the learner counts as passed, the certificate's facts are fixed and its code recorded once in the LMS. */
  private fixCertificate(): AnyInteraction[] {
    if (this.progress.certificate || !this.passed) return [];
    const at = new Date(this.now());
    this.progress.certificate = factsAtPassing(at, this.results.score ?? 0, this.course.version);
    return [{ kind: 'fill-in', id: CERTIFICATE_INTERACTION, description: t('ui.certificate.code'), value: this.certificate!.code, at }];
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
