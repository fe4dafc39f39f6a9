import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InteractionReport, LaunchData, Report } from './lms/report.js';
import type { Tracker } from './lms/tracker.js';
import { course } from './progress/course.fixture.js';
import { freshProgress } from './progress/state.js';
import { CourseSession } from './session.js';

const launch: LaunchData = {
  learnerName: 'Jansen, Eva',
  learnerId: 'e1',
  language: '',
  location: '',
  suspendData: '',
  resumed: false,
  review: false,
  interactionCount: 0,
  objectiveIds: [],
};

/** A tracker that only records what the session asks of it. */
function recordingTracker() {
  const updates: { report: Report; interactions: InteractionReport[]; commit: boolean }[] = [];
  const tracker = {
    isStandalone: false,
    onStatus: () => () => {},
    update: (report: Report, interactions: InteractionReport[] = [], commit = true) => updates.push({ report, interactions, commit }),
  } as unknown as Tracker;
  return { tracker, updates };
}

describe('CourseSession (the edge)', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'nl', resources: { nl: { translation: { lessons: { intro: { blocks: { vraag: { prompt: 'Wat valt op?' } } } } } } } });
  });

  it('performs what the core returns: interactions with their question, the report, the commit', () => {
    const { tracker, updates } = recordingTracker();
    let now = 1_000;
    const session = new CourseSession(course, freshProgress('nl'), launch, tracker, { now: () => now, seed: () => 7 });
    session.apply({ type: 'open', screen: '0.1' });
    now = 4_000;
    session.apply({ type: 'answer', lesson: 'intro', question: 'vraag', chosen: ['a'] });
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatchObject({ interactions: [], commit: true, report: { location: '0.1', completion: 'incomplete' } });
    const [answer] = updates[1].interactions;
    expect(answer).toMatchObject({ id: 'intro.vraag', result: 'correct', latencySeconds: 3 });
    expect(answer.description).toBe('Wat valt op?');
    expect(answer).not.toHaveProperty('promptKey');
    expect(updates[1].report.suspendData).toMatch(/^\d\|abc123\|/);
  });

  it('announces a change, with a new progress object, only when something changed', () => {
    const { tracker, updates } = recordingTracker();
    const session = new CourseSession(course, freshProgress('nl'), launch, tracker);
    let changes = 0;
    session.addEventListener('change', () => changes++);
    const before = session.progress;
    session.apply({ type: 'step', by: -1 });
    expect([changes, updates.length, session.progress]).toEqual([0, 0, before]);
    session.apply({ type: 'department', department: 'receptie' });
    expect(changes).toBe(1);
    expect(session.progress).not.toBe(before);
    expect(before.department).toBeUndefined();
  });

  it('starts a test attempt with the seed it is given', () => {
    const { tracker } = recordingTracker();
    const session = new CourseSession(course, freshProgress('nl'), launch, tracker, { seed: () => 99 });
    session.apply({ type: 'open', screen: 'assessment' });
    expect(session.progress.assessment?.seed).toBe(99);
  });
});
