import { describe, expect, it } from 'vitest';
import { course } from './course.fixture.js';
import { assessmentScore, drawnQuestions, isRight, lessonComplete, optionOrder, results, walkScenario } from './scoring.js';
import { freshProgress, type Progress } from './state.js';

const ALL_PAGES = ['0.0', '0.1', '1.0', '1.1', '1.2', '1.3'];
const progress = (p: Partial<Progress> = {}): Progress => ({ ...freshProgress('nl'), ...p });
const scenario = course.lessons[1].pages[3].blocks[0];
if (scenario.type !== 'scenario') throw new Error('fixture: expected the scenario');

/** Every lesson done: all pages seen, the check answered, the scenario walked to its end. */
const lessonsDone = (check = ['a'], path = ['goed', 'melden']) =>
  progress({ visited: new Set(ALL_PAGES), answers: new Map([['intro/vraag', check]]), paths: new Map([['praktijk/gast', path]]) });

/** A submitted attempt with `right` of its three drawn questions answered right. */
function tested(base: Progress, right: number, seed = 3): Progress {
  const answers = new Map(drawnQuestions(course, { seed: seed, seen: new Set() }).map((q, i) => [q.id, i < right ? q.correct : ['b']]));
  const p = { ...base, assessment: { number: 1, seed, seen: new Set<string>(), answers, submitted: true } };
  return { ...p, bestScore: assessmentScore(course, p) };
}

describe('isRight', () => {
  it('needs exactly the right options, in any order', () => {
    const q = course.assessment!.bank[1]; // a and b
    expect(isRight(q, ['b', 'a'])).toBe(true);
    expect(isRight(q, ['a'])).toBe(false);
    expect(isRight(q, ['a', 'b', 'c'])).toBe(false);
  });
});

describe('walkScenario', () => {
  it('follows the chosen options to the ending', () => {
    expect(walkScenario(scenario, ['fout'])).toEqual({ taken: [{ stepId: 'een', optionId: 'fout', correct: false }], current: 'twee', ending: undefined });
    expect(walkScenario(scenario, ['goed', 'melden']).ending).toBe('einde');
  });

  it('stops at an option that is not on the step', () => {
    expect(walkScenario(scenario, ['melden']).taken).toEqual([]);
  });
});

describe('draw', () => {
  it('draws the same questions and option order from the same seed, and others from another', () => {
    expect(drawnQuestions(course, { seed: 5, seen: new Set() })).toEqual(drawnQuestions(course, { seed: 5, seen: new Set() }));
    expect(drawnQuestions(course, { seed: 5, seen: new Set() })).toHaveLength(3);
    const seeds = Array.from({ length: 20 }, (_, s) => drawnQuestions(course, { seed: s, seen: new Set() }).map((q) => q.id).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
    const q = course.assessment!.bank[0];
    expect([...optionOrder(q, 9)].sort()).toEqual(q.options);
    expect(optionOrder(q, 9)).toEqual(optionOrder(q, 9));
  });
});

describe('results', () => {
  it('starts incomplete, unknown, with nothing scored and every objective not attempted', () => {
    const r = results(course, progress(), 80);
    expect(r).toMatchObject({ completion: 'incomplete', success: 'unknown', score: undefined, progress: 0 });
    expect(r.objectives.map((o) => [o.id, o.completion])).toEqual([
      ['signals', 'not attempted'],
      ['victim-blaming', 'not attempted'],
      ['next-steps', 'not attempted'],
      ['intro', 'not attempted'],
      ['praktijk', 'not attempted'],
    ]);
  });

  it('counts a page done only when seen and everything on it answered', () => {
    const seen = progress({ visited: new Set(['0.0', '0.1']) });
    expect(lessonComplete(course, seen, 0)).toBe(false);
    expect(lessonComplete(course, { ...seen, answers: new Map([['intro/vraag', ['c']]]) }, 0)).toBe(true);
    // No department chosen: the first one's route, 5 pages and the test.
    expect(results(course, seen, 80).progress).toBeCloseTo(1 / 6);
  });

  it('scores competences from every decision while the course is under way', () => {
    const r = results(course, lessonsDone(['b'], ['fout', 'melden']), 80);
    expect(r.completion).toBe('incomplete'); // the test is still to take
    expect(r.progress).toBeCloseTo(5 / 6);
    expect(r.objectives.find((o) => o.id === 'signals')).toMatchObject({ score: 0, completion: 'incomplete', success: 'unknown' });
    expect(r.objectives.find((o) => o.id === 'next-steps')).toMatchObject({ score: 100, completion: 'incomplete' });
    expect(r.objectives.find((o) => o.id === 'intro')).toMatchObject({ completion: 'completed', success: 'unknown' });
  });

  it('passes on the best test score at the mastery score, and fails below it', () => {
    const passed = results(course, tested(lessonsDone(), 3), 80);
    expect(passed).toMatchObject({ completion: 'completed', success: 'passed', score: 100, progress: 1 });
    expect(passed.objectives.slice(0, 3).every((o) => o.completion === 'completed')).toBe(true);
    const failed = results(course, tested(lessonsDone(), 2), 80);
    expect(failed).toMatchObject({ completion: 'completed', success: 'failed', score: 67 });
    expect(results(course, tested(lessonsDone(), 2), 60).success).toBe('passed');
  });

  it('scores a course without a test on its decisions and never calls it passed', () => {
    const noTest = { ...course, assessment: undefined };
    const r = results(noTest, lessonsDone(['a'], ['fout', 'melden']), 80);
    expect(r).toMatchObject({ completion: 'completed', success: 'unknown', score: 67, progress: 1 });
  });
});
