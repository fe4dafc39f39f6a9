// The learner's session: the thin edge between the pure course core and the outside world.
// It keeps the current state, feeds each action through `transition` with the time and a fresh
// seed, and performs the effects that come back through the tracker. Only the root element
// (course-app) and main.ts know it; elements report what the learner did as events.
import type { Course } from './course/model.js';
import { assessmentInteraction, CERTIFICATE_INTERACTION, questionInteraction, scenarioInteraction } from './lms/ids.js';
import type { AnyInteraction, InteractionReport, LaunchData, RecordReport, Report } from './lms/report.js';
import type { SaveStatus, Tracker } from './lms/tracker.js';
import { verificationCode, type CertificateFacts } from './progress/certificate.js';
import { encode } from './progress/codec.js';
import type { AnswerTo, Interaction } from './progress/outcome.js';
import { results, type Results } from './progress/scoring.js';
import { route, type Screen } from './progress/screens.js';
import type { Progress } from './progress/state.js';
import { currentScreen, transition, type Action, type CourseState, type Effect } from './progress/transition.js';
import { t } from './i18n/i18n.js';

export interface SessionOptions {
  now?: () => number;
  /** seeds a new test attempt */
  seed?: () => number;
}

export class CourseSession extends EventTarget {
  readonly masteryScore: number;
  saveStatus: SaveStatus;
  private state: CourseState;
  private readonly now: () => number;
  private readonly seed: () => number;

  constructor(
    readonly course: Course,
    progress: Progress,
    readonly launch: LaunchData,
    private tracker: Tracker,
    options: SessionOptions = {},
  ) {
    super();
    this.now = options.now ?? (() => Date.now());
    this.seed = options.seed ?? (() => Math.floor(Math.random() * 2 ** 31));
    this.masteryScore = launch.masteryScore ?? course.assessment?.masteryScore ?? 80;
    this.state = { progress, shownAt: this.now() };
    this.saveStatus = tracker.isStandalone ? 'local' : 'saved';
    tracker.onStatus((status) => {
      this.saveStatus = status;
      this.changed();
    });
  }

  /** The learner's progress: a new object after every change, never changed in place. */
  get progress(): Progress {
    return this.state.progress;
  }

  get route(): Screen[] {
    return route(this.course, this.progress.department);
  }

  get screen(): Screen {
    return currentScreen(this.course, this.progress);
  }

  get results(): Results {
    return results(this.course, this.progress, this.masteryScore);
  }

  /** The certificate as fixed when the learner passed: the same on every reopening and in every language. */
  get certificate(): { facts: CertificateFacts; code: string } | undefined {
    const facts = this.progress.certificate;
    return facts && { facts, code: verificationCode(facts, this.launch.learnerId, this.course.id) };
  }

  /** Applies what the learner did, tells the LMS what the core asks for, and announces the change. */
  apply(action: Action): void {
    const now = this.now();
    const { state, effects } = transition(this.state, action, { course: this.course, now, seed: this.seed(), masteryScore: this.masteryScore });
    if (state === this.state) return;
    this.state = state;
    effects.forEach((effect) => this.perform(effect, now));
    this.changed();
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
    const { completion, success, score, progress, objectives } = this.results;
    return {
      completion,
      success,
      score,
      progress,
      objectives,
      location: this.progress.screen,
      suspendData: encode(this.course, this.progress),
      finished: completion === 'completed' && success !== 'failed',
    };
  }

  private perform(effect: Effect, now: number): void {
    switch (effect.type) {
      case 'report': {
        const interactions: AnyInteraction[] = effect.interactions.map(describe);
        if (effect.certificate) interactions.push(this.certificateRecord(new Date(now)));
        this.tracker.update(this.report(), interactions, effect.commit === 'now');
      }
    }
  }

  /** The certificate's code, recorded once in the LMS as a neutral fill-in answer (the report tool reads it). */
  private certificateRecord(at: Date): RecordReport {
    return { kind: 'fill-in', id: CERTIFICATE_INTERACTION, description: t('ui.certificate.code'), value: this.certificate!.code, at };
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

/** The LMS gets an id in content terms, and the question and the answer in the learner's language. */
function describe({ to, promptKey, ...rest }: Interaction): InteractionReport {
  const label = (option: string) => t(promptKey.replace(/prompt$/, `options.${option}.label`));
  return { ...rest, id: interactionId(to), description: t(promptKey), answerText: rest.response.map(label).join(' / ') };
}

function interactionId(to: AnswerTo): string {
  switch (to.kind) {
    case 'question':
      return questionInteraction(to.lesson, to.question);
    case 'decision':
      return scenarioInteraction(to.lesson, to.scenario, to.step);
    case 'test':
      return assessmentInteraction(to.question, to.attempt);
  }
}
