// suspend_data must restore everything and stay under 25 % of SCORM 1.2's 4,096 characters,
// even for a learner who has answered everything and retried the final test.
import { expect, test } from '@playwright/test';
import { decode, encode } from '../src/progress/codec';
import { drawnQuestions, walkScenario } from '../src/progress/scoring';
import { blockRef } from '../src/course/model';
import { freshProgress } from '../src/progress/state';
import { COURSES, packageData } from './helpers';

const LIMIT = 4096 * 0.25;

/** The longest path through a scenario: at every step the option that leads furthest. */
function longestPath(scenario: any): string[] {
  const depth = (at: string): { length: number; path: string[] } => {
    if (scenario.endings.includes(at)) return { length: 0, path: [] };
    return scenario.steps[at].options
      .map((o: any) => {
        const rest = depth(o.next);
        return { length: rest.length + 1, path: [o.id, ...rest.path] };
      })
      .reduce((a: any, b: any) => (b.length > a.length ? b : a));
  };
  return depth(scenario.start).path;
}

for (const id of COURSES) {
  test(`${id}: the maximal state fits in ${LIMIT} characters and decodes to the same progress`, () => {
    const course = packageData(id, 'scorm12').structure;
    const p = freshProgress('en');
    p.department = course.departments?.at(-1);
    p.screen = `${course.lessons.length - 1}.${course.lessons.at(-1).pages.length - 1}`;
    course.lessons.forEach((lesson: any, l: number) => {
      lesson.pages.forEach((_: any, i: number) => p.visited.add(`${l}.${i}`));
      for (const block of lesson.pages.flatMap((page: any) => page.blocks)) {
        if (block.type === 'question') p.answers.set(blockRef(lesson.id, block.id), block.multiple ? [...block.options] : [block.options.at(-1)]);
        if (block.type === 'scenario') p.paths.set(blockRef(lesson.id, block.id), longestPath(block));
      }
    });
    const seed = 2 ** 31 - 1;
    // every bank question seen before: the longest bitmask
    p.assessment = { number: 2, seed, seen: new Set(course.assessment!.bank.map((q) => q.id)), answers: new Map(), submitted: true };
    for (const q of drawnQuestions(course, p.assessment)) p.assessment.answers.set(q.id, q.multiple ? [...q.options] : [q.options[q.options.length - 1]]);
    p.bestScore = 100;

    const data = encode(course, p);
    console.log(`${id}: maximal suspend_data is ${data.length} characters (limit ${LIMIT})`);
    expect(data.length).toBeLessThanOrEqual(LIMIT);

    const { progress, problem } = decode(course, data, 'nl');
    expect(problem).toBe('none');
    expect(progress).toEqual(p);
    for (const [ref, path] of progress.paths) {
      const scenario = course.lessons.flatMap((l: any) => l.pages.flatMap((pg: any) => pg.blocks.map((b: any) => [blockRef(l.id, b.id), b]))).find(([r]: any) => r === ref)[1];
      expect(walkScenario(scenario, path).ending).toBeTruthy();
    }
  });

  test(`${id}: corrupt or foreign suspend_data is recovered without throwing`, () => {
    const course = packageData(id, 'scorm2004').structure;
    const good = encode(course, { ...freshProgress('en'), screen: '1.0', visited: new Set(['0.0', '1.0']) });
    for (const bad of ['garbage', '{"json":true}', good.replace(course.fingerprint, 'XXXXXX'), good.slice(0, 20), good.replace('|1.0|', '|<script>|'), '1|' + '|'.repeat(8)]) {
      const { progress, problem } = decode(course, bad, 'nl');
      expect(problem, bad).not.toBe('none');
      expect(['nl', 'en']).toContain(progress.language);
    }
  });
}
