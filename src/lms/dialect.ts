// The two SCORM vocabularies. Each dialect turns the course's domain report into cmi element
// values; nothing else in the course writes a cmi.* string.
import type { CmiChannel } from './channel.js';
import { lmsId } from './ids.js';
import type { AnyInteraction, InteractionReport, LaunchData, ObjectiveReport, Report } from './report.js';
import { iso8601Duration, iso8601Timestamp, scorm12Duration, scorm12TimeOfDay } from './time.js';

export type CmiValues = Map<string, string>;

export interface Dialect {
  readLaunch(channel: CmiChannel): LaunchData;
  /** values for the course status; objectiveSlot gives the cmi.objectives index of an objective id */
  report(report: Report, objectiveSlot: (id: string) => number): CmiValues;
  interaction(slot: number, interaction: AnyInteraction): CmiValues;
  sessionTime(seconds: number): CmiValues;
  /** written once at the first launch so no LMS turns "not attempted" into "completed" */
  firstLaunch(): CmiValues;
  /**
   * Sent last in every save, because some LMSs (Chamilo 1.11) cut the last character off the
   * last value of a save: exit is the one value the course never reads back (it resumes from
   * the data, whatever entry says), so a cut there costs nothing.
   */
  readonly exitElement: string;
  /** error codes that mean "this element is not implemented / undefined here": never written again that session */
  readonly unsupportedErrors: readonly number[];
}

/**
 * Errors that say nothing final about the value: general failures, not initialised, and 2004's
 * 408 "dependency not established" (a response refused because its interaction's type did not
 * arrive yet, e.g. that SetValue threw). Worth another try.
 */
export const TRANSIENT_ERRORS: readonly number[] = [0, 101, 301, 351, 391, 408];

const DESCRIPTION_LIMIT = 250;
const percentOrUndefined = (raw: string) => (raw.trim() === '' || Number.isNaN(Number(raw)) ? undefined : Number(raw));

function objectiveIds(channel: CmiChannel): string[] {
  const count = Number(channel.get('cmi.objectives._count')) || 0;
  return Array.from({ length: count }, (_, n) => channel.get(`cmi.objectives.${n}.id`));
}

export const scorm12: Dialect = {
  readLaunch(channel) {
    const mastery = percentOrUndefined(channel.get('cmi.student_data.mastery_score'));
    return {
      learnerName: channel.get('cmi.core.student_name'),
      learnerId: channel.get('cmi.core.student_id'),
      language: channel.get('cmi.student_preference.language'),
      location: channel.get('cmi.core.lesson_location'),
      suspendData: channel.get('cmi.suspend_data'),
      masteryScore: mastery,
      resumed: channel.get('cmi.core.entry') === 'resume',
      review: channel.get('cmi.core.lesson_mode') === 'review',
      interactionCount: Number(channel.get('cmi.interactions._count')) || 0,
      objectiveIds: objectiveIds(channel),
    };
  },
  report(report, slot) {
    const v: CmiValues = new Map();
    v.set('cmi.core.lesson_status', report.success !== 'unknown' ? report.success : report.completion);
    if (report.score !== undefined) {
      v.set('cmi.core.score.raw', String(report.score));
      v.set('cmi.core.score.min', '0');
      v.set('cmi.core.score.max', '100');
    }
    v.set('cmi.core.lesson_location', report.location);
    v.set('cmi.core.exit', report.finished ? '' : 'suspend');
    v.set('cmi.suspend_data', report.suspendData);
    for (const o of report.objectives) {
      const id = lmsId(o.id);
      const at = `cmi.objectives.${slot(id)}`;
      v.set(`${at}.id`, id);
      if (o.score !== undefined) {
        v.set(`${at}.score.raw`, String(o.score));
        v.set(`${at}.score.min`, '0');
        v.set(`${at}.score.max`, '100');
      }
      v.set(`${at}.status`, objective12Status(o));
    }
    return v;
  },
  interaction(n, i) {
    const at = `cmi.interactions.${n}`;
    if (i.kind === 'fill-in') return fillIn(at, i.id, i.value, [`${at}.time`, scorm12TimeOfDay(i.at)], 'student_response');
    const letter = (id: string) => String.fromCharCode(97 + i.options.indexOf(id));
    return withLatency(new Map([
      [`${at}.id`, lmsId(i.id)],
      [`${at}.objectives.0.id`, lmsId(i.objective)],
      [`${at}.time`, scorm12TimeOfDay(i.at)],
      [`${at}.type`, 'choice'],
      [`${at}.correct_responses.0.pattern`, i.correct.map(letter).join(',')],
      [`${at}.weighting`, '1'],
      [`${at}.student_response`, i.response.map(letter).join(',')],
      [`${at}.result`, i.result === 'correct' ? 'correct' : 'wrong'],
    ]), `${at}.latency`, i.latencySeconds, scorm12Duration);
  },
  sessionTime: (seconds) => new Map([['cmi.core.session_time', scorm12Duration(seconds)]]),
  firstLaunch: () => new Map([['cmi.core.lesson_status', 'incomplete']]),
  exitElement: 'cmi.core.exit',
  unsupportedErrors: [401],
};

function objective12Status(o: ObjectiveReport): string {
  return o.success !== 'unknown' ? o.success : o.completion;
}

export const scorm2004: Dialect = {
  readLaunch(channel) {
    const scaled = percentOrUndefined(channel.get('cmi.scaled_passing_score'));
    return {
      learnerName: channel.get('cmi.learner_name'),
      learnerId: channel.get('cmi.learner_id'),
      language: channel.get('cmi.learner_preference.language'),
      location: channel.get('cmi.location'),
      suspendData: channel.get('cmi.suspend_data'),
      masteryScore: scaled === undefined ? undefined : Math.round(scaled * 100),
      resumed: channel.get('cmi.entry') === 'resume',
      review: channel.get('cmi.mode') === 'review',
      interactionCount: Number(channel.get('cmi.interactions._count')) || 0,
      objectiveIds: objectiveIds(channel),
    };
  },
  report(report, slot) {
    const v: CmiValues = new Map();
    v.set('cmi.completion_status', report.completion);
    v.set('cmi.success_status', report.success);
    v.set('cmi.progress_measure', report.progress.toFixed(2));
    if (report.score !== undefined) setScore2004(v, 'cmi.score', report.score);
    v.set('cmi.location', report.location);
    v.set('cmi.exit', report.finished ? 'normal' : 'suspend');
    v.set('cmi.suspend_data', report.suspendData);
    for (const o of report.objectives) {
      const id = lmsId(o.id);
      const at = `cmi.objectives.${slot(id)}`;
      v.set(`${at}.id`, id);
      if (o.score !== undefined) setScore2004(v, `${at}.score`, o.score);
      v.set(`${at}.success_status`, o.success);
      v.set(`${at}.completion_status`, o.completion);
    }
    return v;
  },
  interaction(n, i) {
    const at = `cmi.interactions.${n}`;
    if (i.kind === 'fill-in') {
      const values = fillIn(at, i.id, i.value, [`${at}.timestamp`, iso8601Timestamp(i.at)], 'learner_response');
      return values.set(`${at}.description`, truncate(i.description, DESCRIPTION_LIMIT));
    }
    return withLatency(new Map([
      [`${at}.id`, lmsId(i.id)],
      [`${at}.type`, 'choice'],
      [`${at}.objectives.0.id`, lmsId(i.objective)],
      [`${at}.timestamp`, iso8601Timestamp(i.at)],
      [`${at}.correct_responses.0.pattern`, i.correct.map(lmsId).join('[,]')],
      [`${at}.weighting`, '1'],
      [`${at}.learner_response`, i.response.map(lmsId).join('[,]')],
      [`${at}.result`, i.result],
    ]), `${at}.latency`, i.latencySeconds, iso8601Duration).set(`${at}.description`, describe(i));
  },
  sessionTime: (seconds) => new Map([['cmi.session_time', iso8601Duration(seconds)]]),
  firstLaunch: () => new Map([['cmi.completion_status', 'incomplete']]),
  exitElement: 'cmi.exit',
  unsupportedErrors: [401, 402],
};

/** Latency is written when known (a test question answered in an earlier sitting has none). */
function withLatency(values: CmiValues, element: string, seconds: number | undefined, format: (s: number) => string): CmiValues {
  return seconds === undefined ? values : values.set(element, format(seconds));
}

function setScore2004(v: CmiValues, at: string, percent: number) {
  v.set(`${at}.raw`, String(percent));
  v.set(`${at}.min`, '0');
  v.set(`${at}.max`, '100');
  v.set(`${at}.scaled`, String(Math.round(percent) / 100));
}

/** A neutral fill-in record; 1.2 and 2004 differ only in the names of the time and response fields. */
function fillIn(at: string, id: string, value: string, time: [string, string], responseField: string): CmiValues {
  return new Map([
    [`${at}.id`, lmsId(id)],
    [`${at}.type`, 'fill-in'],
    time,
    [`${at}.${responseField}`, value],
    [`${at}.result`, 'neutral'],
  ]);
}

/** "<question> — Answer: <chosen text>" in 250 characters; the question gives way first, the answer is what a reviewer needs. */
export function describe(i: InteractionReport): string {
  const question = flat(i.description);
  if (!i.answerText) return truncate(question, DESCRIPTION_LIMIT);
  const answer = ` — Answer: ${flat(i.answerText)}`;
  if (answer.length >= DESCRIPTION_LIMIT / 2) return truncate(`${truncate(question, DESCRIPTION_LIMIT / 2)}${answer}`, DESCRIPTION_LIMIT);
  return `${truncate(question, DESCRIPTION_LIMIT - answer.length)}${answer}`;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function truncate(text: string, limit: number): string {
  const one = flat(text);
  return one.length <= limit ? one : `${one.slice(0, limit - 1)}…`;
}
