// The two SCORM vocabularies. Each dialect turns the course's domain report into cmi element
// values; nothing else in the course writes a cmi.* string.
import type { CmiChannel } from './channel.js';
import type { InteractionReport, LaunchData, ObjectiveReport, Report } from './report.js';
import { iso8601Duration, iso8601Timestamp, scorm12Duration, scorm12TimeOfDay } from './time.js';

export type CmiValues = Map<string, string>;

export interface Dialect {
  readLaunch(channel: CmiChannel): LaunchData;
  /** values for the course status; objectiveSlot gives the cmi.objectives index of an objective id */
  report(report: Report, objectiveSlot: (id: string) => number): CmiValues;
  interaction(slot: number, interaction: InteractionReport): CmiValues;
  sessionTime(seconds: number): CmiValues;
  /** written once at the first launch so no LMS turns "not attempted" into "completed" */
  firstLaunch(): CmiValues;
}

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
      const at = `cmi.objectives.${slot(o.id)}`;
      v.set(`${at}.id`, o.id);
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
    const letter = (id: string) => String.fromCharCode(97 + i.options.indexOf(id));
    const at = `cmi.interactions.${n}`;
    return new Map([
      [`${at}.id`, i.id],
      [`${at}.objectives.0.id`, i.objective],
      [`${at}.time`, scorm12TimeOfDay(i.at)],
      [`${at}.type`, 'choice'],
      [`${at}.correct_responses.0.pattern`, i.correct.map(letter).join(',')],
      [`${at}.weighting`, '1'],
      [`${at}.student_response`, i.response.map(letter).join(',')],
      [`${at}.result`, i.result === 'correct' ? 'correct' : 'wrong'],
      [`${at}.latency`, scorm12Duration(i.latencySeconds)],
    ]);
  },
  sessionTime: (seconds) => new Map([['cmi.core.session_time', scorm12Duration(seconds)]]),
  firstLaunch: () => new Map([['cmi.core.lesson_status', 'incomplete']]),
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
      const at = `cmi.objectives.${slot(o.id)}`;
      v.set(`${at}.id`, o.id);
      if (o.score !== undefined) setScore2004(v, `${at}.score`, o.score);
      v.set(`${at}.success_status`, o.success);
      v.set(`${at}.completion_status`, o.completion);
    }
    return v;
  },
  interaction(n, i) {
    const at = `cmi.interactions.${n}`;
    return new Map([
      [`${at}.id`, i.id],
      [`${at}.type`, 'choice'],
      [`${at}.objectives.0.id`, i.objective],
      [`${at}.timestamp`, iso8601Timestamp(i.at)],
      [`${at}.correct_responses.0.pattern`, i.correct.join('[,]')],
      [`${at}.weighting`, '1'],
      [`${at}.learner_response`, i.response.join('[,]')],
      [`${at}.result`, i.result],
      [`${at}.latency`, iso8601Duration(i.latencySeconds)],
      [`${at}.description`, truncate(i.description, DESCRIPTION_LIMIT)],
    ]);
  },
  sessionTime: (seconds) => new Map([['cmi.session_time', iso8601Duration(seconds)]]),
  firstLaunch: () => new Map([['cmi.completion_status', 'incomplete']]),
};

function setScore2004(v: CmiValues, at: string, percent: number) {
  v.set(`${at}.raw`, String(percent));
  v.set(`${at}.min`, '0');
  v.set(`${at}.max`, '100');
  v.set(`${at}.scaled`, String(Math.round(percent) / 100));
}

function truncate(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}
