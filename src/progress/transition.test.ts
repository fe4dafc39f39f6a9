import { describe, expect, it } from 'vitest';
import { course } from './course.fixture.js';
import { drawnQuestions } from './scoring.js';
import { freshProgress, type Progress } from './state.js';
import { transition, type Action, type CourseState } from './transition.js';

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
const start = (progress: Partial<Progress> = {}): CourseState => ({ progress: { ...freshProgress('nl'), ...progress }, shownAt: T0 });
const run = (state: CourseState, action: Action, now = T0 + 5_000, seed = 42) => transition(state, action, { course, now, seed, masteryScore: 80 });

/** Applies actions in turn, each one second after the last. */
function play(state: CourseState, ...actions: Action[]) {
  let now = T0;
  for (const action of actions) state = run(state, action, (now += 1_000)).state;
  return state;
}

describe('transition', () => {
  it('leaves the state it is given untouched', () => {
    const before = start();
    const frozen = JSON.stringify([...before.progress.visited]);
    const { state } = run(before, { type: 'open', screen: '0.0' });
    expect(state).not.toBe(before);
    expect(state.progress.visited).not.toBe(before.progress.visited);
    expect(JSON.stringify([...before.progress.visited])).toBe(frozen);
    expect(before.progress.screen).toBe('welcome');
  });

  describe('open', () => {
    it('opens a page, marks it seen, restarts the latency clock and commits', () => {
      const { state, effects } = run(start(), { type: 'open', screen: '0.1' }, T0 + 7_000);
      expect(state.progress.screen).toBe('0.1');
      expect([...state.progress.visited]).toEqual(['0.1']);
      expect(state.shownAt).toBe(T0 + 7_000);
      expect(effects).toEqual([{ type: 'report', interactions: [], commit: 'now' }]);
    });

    it('ignores a screen that does not exist', () => {
      const before = start();
      expect(run(before, { type: 'open', screen: '9.9' })).toEqual({ state: before, effects: [] });
    });

    it('starts a test attempt with the seed it is given, once', () => {
      const { state } = run(start(), { type: 'open', screen: 'assessment' }, T0, 1234);
      expect(state.progress.assessment).toMatchObject({ number: 1, seed: 1234, submitted: false });
      const again = run(state, { type: 'open', screen: 'assessment' }, T0, 99).state;
      expect(again.progress.assessment).toBe(state.progress.assessment);
    });

    it('opens the sources without a commit: a side trip is not worth one', () => {
      expect(run(start(), { type: 'open', screen: 'sources' }).effects).toEqual([{ type: 'report', interactions: [], commit: 'later' }]);
    });
  });

  describe('step', () => {
    it('walks the route forward and back', () => {
      const forward = play(start(), { type: 'step', by: 1 }, { type: 'step', by: 1 });
      expect(forward.progress.screen).toBe('0.1');
      expect(play(forward, { type: 'step', by: -1 }).progress.screen).toBe('0.0');
    });

    it('does nothing before the first screen', () => {
      const before = start();
      expect(run(before, { type: 'step', by: -1 })).toEqual({ state: before, effects: [] });
    });

    it('follows the department route', () => {
      const cleaner = start({ department: 'schoonmaak', screen: '1.0' });
      expect(run(cleaner, { type: 'step', by: 1 }).state.progress.screen).toBe('1.2');
    });
  });

  it('switches language and department, committing each', () => {
    const lang = run(start(), { type: 'language', language: 'en' });
    expect(lang.state.progress.language).toBe('en');
    expect(lang.effects[0]).toMatchObject({ commit: 'now' });
    const dept = run(start(), { type: 'department', department: 'receptie' });
    expect(dept.state.progress.department).toBe('receptie');
    expect(dept.effects[0]).toMatchObject({ commit: 'now' });
  });

  describe('answer', () => {
    const answer = (chosen: string[]): Action => ({ type: 'answer', lesson: 'intro', question: 'vraag', chosen });

    it('records a knowledge check with its interaction, latency counted from the screen', () => {
      const { state, effects } = run(start(), answer(['b']), T0 + 12_500);
      expect(state.progress.answers.get('intro/vraag')).toEqual(['b']);
      expect(effects).toEqual([
        {
          type: 'report',
          commit: 'now',
          interactions: [
            {
              to: { kind: 'question', lesson: 'intro', question: 'vraag' },
              objective: 'signals',
              promptKey: 'lessons.intro.blocks.vraag.prompt',
              response: ['b'],
              correct: ['a'],
              options: ['a', 'b', 'c'],
              result: 'incorrect',
              latencySeconds: 12.5,
              at: new Date(T0 + 12_500),
            },
          ],
        },
      ]);
    });

    it('counts only the first answer, and none that is empty or unknown', () => {
      const answered = run(start(), answer(['a'])).state;
      expect(run(answered, answer(['b']))).toEqual({ state: answered, effects: [] });
      expect(run(start(), answer([])).effects).toEqual([]);
      expect(run(start(), { type: 'answer', lesson: 'intro', question: 'nope', chosen: ['a'] }).effects).toEqual([]);
    });
  });

  describe('choose', () => {
    const choose = (option: string): Action => ({ type: 'choose', lesson: 'praktijk', scenario: 'gast', option });

    it('records each decision as its own single-choice interaction and restarts the clock', () => {
      const first = run(start(), choose('goed'), T0 + 3_000);
      expect(first.state.progress.paths.get('praktijk/gast')).toEqual(['goed']);
      expect(first.state.shownAt).toBe(T0 + 3_000);
      expect(first.effects[0].interactions[0]).toMatchObject({
        to: { kind: 'decision', lesson: 'praktijk', scenario: 'gast', step: 'een' },
        objective: 'victim-blaming',
        promptKey: 'lessons.praktijk.blocks.gast.steps.een.prompt',
        response: ['goed'],
        correct: ['goed'],
        options: ['goed', 'fout'],
        result: 'correct',
        latencySeconds: 3,
      });
      const second = run(first.state, choose('niets'), T0 + 5_000);
      expect(second.state.progress.paths.get('praktijk/gast')).toEqual(['goed', 'niets']);
      expect(second.effects[0].interactions[0]).toMatchObject({ to: { step: 'twee' }, result: 'incorrect', latencySeconds: 2 });
    });

    it('ignores an option that is not on the current step, and any after the ending', () => {
      expect(run(start(), choose('melden')).effects).toEqual([]);
      const ended = play(start(), choose('goed'), choose('melden'));
      expect(run(ended, choose('goed')).effects).toEqual([]);
    });
  });

  describe('final test', () => {
    const opened = () => run(start(), { type: 'open', screen: 'assessment' }, T0, 7).state;
    const questions = drawnQuestions(course, { seed: 7, seen: new Set() });

    it('saves a first answer at once and later changes with the next commit', () => {
      const q = questions[0].id;
      const first = run(opened(), { type: 'answer-test', question: q, chosen: ['a'] });
      expect(first.effects).toEqual([{ type: 'report', interactions: [], commit: 'now' }]);
      const change = run(first.state, { type: 'answer-test', question: q, chosen: ['b'] });
      expect(change.effects).toEqual([{ type: 'report', interactions: [], commit: 'later' }]);
      expect(change.state.progress.assessment!.answers.get(q)).toEqual(['b']);
      expect(first.state.progress.assessment!.answers.get(q)).toEqual(['a']);
    });

    it('hands in: scores, keeps the best score, reports every drawn question and shows the result', () => {
      let state = opened();
      for (const q of questions) state = run(state, { type: 'answer-test', question: q.id, chosen: q.correct }).state;
      const { state: after, effects } = run({ ...state, progress: { ...state.progress, bestScore: 10 } }, { type: 'hand-in' });
      expect(after.progress.assessment!.submitted).toBe(true);
      expect(after.progress.bestScore).toBe(100);
      expect(after.progress.screen).toBe('result');
      expect(effects[0].commit).toBe('now');
      expect(effects[0].interactions.map((i) => i.to)).toEqual(questions.map((q) => ({ kind: 'test', question: q.id, attempt: 1 })));
      expect(effects[0].interactions.every((i) => i.result === 'correct')).toBe(true);
      expect(run(after, { type: 'hand-in' }).effects).toEqual([]);
      expect(run(after, { type: 'answer-test', question: questions[0].id, chosen: ['c'] }).effects).toEqual([]);
    });

    it("gives each question its own latency (shown → last answer) and time (the last answer), not the hand-in's", () => {
      const [q1, q2] = questions;
      let state = run(opened(), { type: 'show-question', question: q1.id }, T0 + 1_000).state;
      state = run(state, { type: 'answer-test', question: q1.id, chosen: ['a'] }, T0 + 4_000).state;
      state = run(state, { type: 'answer-test', question: q1.id, chosen: q1.correct }, T0 + 6_500).state; // changed its mind
      state = run(state, { type: 'show-question', question: q2.id }, T0 + 8_000).state;
      state = run(state, { type: 'answer-test', question: q2.id, chosen: q2.correct }, T0 + 20_000).state;
      // Back to the first question, look, leave it as it is: its answer keeps its time.
      state = run(state, { type: 'show-question', question: q1.id }, T0 + 25_000).state;
      for (const q of questions.slice(2)) {
        state = run(state, { type: 'show-question', question: q.id }, T0 + 30_000).state;
        state = run(state, { type: 'answer-test', question: q.id, chosen: q.correct }, T0 + 33_000).state;
      }
      const reported = run(state, { type: 'hand-in' }, T0 + 40_000).effects[0].interactions;
      expect(reported[0]).toMatchObject({ latencySeconds: 5.5, at: new Date(T0 + 6_500), result: 'correct' });
      expect(reported[1]).toMatchObject({ latencySeconds: 12, at: new Date(T0 + 20_000) });
      expect(reported.slice(2).every((i) => i.latencySeconds === 3 && i.at.getTime() === T0 + 33_000)).toBe(true);
    });

    it('a question answered in an earlier sitting (resumed mid-test) has no latency and the hand-in time', () => {
      const before = play(opened(), { type: 'answer-test', question: questions[0].id, chosen: ['a'] });
      const resumed: CourseState = { progress: before.progress, shownAt: T0 + 100_000 };
      const reported = run(resumed, { type: 'hand-in' }, T0 + 130_000).effects[0].interactions;
      expect(reported[0].latencySeconds).toBeUndefined();
      expect(reported[0].at).toEqual(new Date(T0 + 130_000));
    });

    it('ignores showing a question that is not in the attempt, or after hand-in; a retry starts the timing afresh', () => {
      const state = opened();
      expect(run(state, { type: 'show-question', question: 'nope' }).effects).toEqual([]);
      expect(run(state, { type: 'show-question', question: 'nope' }).state).toBe(state);
      const done = play(state, { type: 'show-question', question: questions[0].id }, { type: 'answer-test', question: questions[0].id, chosen: ['a'] }, { type: 'hand-in' });
      expect(run(done, { type: 'show-question', question: questions[0].id }).state).toBe(done);
      const again = run(done, { type: 'retry' }, T0 + 60_000, 555).state;
      expect(again.testTimes).toBeUndefined();
    });

    it('keeps the best score when a later attempt is worse', () => {
      const state = play(opened(), { type: 'hand-in' });
      const failed = { ...state, progress: { ...state.progress, bestScore: 67 } };
      expect(run(failed, { type: 'hand-in' }).effects).toEqual([]);
      const retried = run(failed, { type: 'retry' }, T0, 555).state;
      expect(play(retried, { type: 'hand-in' }).progress.bestScore).toBe(67);
    });

    it('retry starts attempt 2 with a new seed on the test screen', () => {
      const done = play(opened(), { type: 'hand-in' });
      const { state, effects } = run(done, { type: 'retry' }, T0 + 60_000, 555);
      expect(state.progress.assessment).toMatchObject({ number: 2, seed: 555, submitted: false });
      expect(state.progress.assessment!.answers.size).toBe(0);
      expect(state.progress.screen).toBe('assessment');
      expect(effects[0].commit).toBe('now');
    });

    it('a retry remembers the questions met before, so its draw takes others first', () => {
      const first = play(opened(), { type: 'hand-in' });
      const second = play(run(first, { type: 'retry' }, T0, 555).state, { type: 'hand-in' });
      const firstIds = drawnQuestions(course, first.progress.assessment!).map((q) => q.id);
      expect([...second.progress.assessment!.seen]).toEqual(firstIds);
      const third = run(second, { type: 'retry' }, T0, 556).state.progress.assessment!;
      const secondIds = drawnQuestions(course, second.progress.assessment!).map((q) => q.id);
      expect(new Set(third.seen)).toEqual(new Set([...firstIds, ...secondIds]));
    });
  });

  describe('certificate', () => {
    const allDone = (): CourseState =>
      start({
        screen: 'assessment',
        visited: new Set(['0.0', '0.1', '1.0', '1.1', '1.2', '1.3']),
        answers: new Map([['intro/vraag', ['a']]]),
        paths: new Map([['praktijk/gast', ['goed', 'melden']]]),
      });
    const passTest = (state: CourseState, seed: number) => {
      state = run(state, { type: 'open', screen: 'assessment' }, T0, seed).state;
      for (const q of drawnQuestions(course, { seed: seed, seen: new Set() })) state = run(state, { type: 'answer-test', question: q.id, chosen: q.correct }).state;
      return state;
    };

    it('fixes date, score and version at the moment of passing, and asks the LMS to record it once', () => {
      const passedAt = new Date(2026, 11, 2, 0, 30).getTime(); // local time: the learner's day
      const { state, effects } = run(passTest(allDone(), 4), { type: 'hand-in' }, passedAt);
      expect(state.progress.certificate).toEqual({ date: '2026-12-02', score: 100, version: '1.0.0' });
      expect(effects[0].certificate).toEqual(state.progress.certificate);
      const later = run(state, { type: 'language', language: 'en' }, passedAt + 86_400_000);
      expect(later.state.progress.certificate).toBe(state.progress.certificate);
      expect(later.effects[0].certificate).toBeUndefined();
    });

    it('has none after a failed test', () => {
      const failed = run(play(allDone(), { type: 'open', screen: 'assessment' }), { type: 'hand-in' });
      expect(failed.state.progress.certificate).toBeUndefined();
      expect(failed.effects[0].certificate).toBeUndefined();
    });
  });
});
