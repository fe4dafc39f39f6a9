import { describe, expect, it } from 'vitest';
import { course } from './course.fixture.js';
import { findScreen, route } from './screens.js';

const keys = (department?: string) => route(course, department).map((s) => s.key);

describe('route', () => {
  it('runs welcome, every page in authored order, the test, then the result', () => {
    expect(keys()).toEqual(['welcome', '0.0', '0.1', '1.0', '1.1', '1.2', '1.3', 'assessment', 'result']);
  });

  it("moves the learner's own department pages up to where department pages begin, keeping every page", () => {
    expect(keys('schoonmaak')).toEqual(['welcome', '0.0', '0.1', '1.0', '1.2', '1.1', '1.3', 'assessment', 'result']);
    expect(keys('receptie')).toEqual(keys());
  });

  it('has no test screen for a course without one', () => {
    expect(keys(undefined).includes('assessment')).toBe(true);
    expect(route({ ...course, assessment: undefined }).map((s) => s.key)).not.toContain('assessment');
  });
});

describe('findScreen', () => {
  it('finds pages by key, and the sources, which are off the route', () => {
    expect(findScreen(course, '1.2')).toEqual({ kind: 'page', key: '1.2', lesson: 1, page: 2 });
    expect(findScreen(course, 'sources')).toEqual({ kind: 'sources', key: 'sources' });
    expect(findScreen(course, '7.0')).toBeUndefined();
  });
});
