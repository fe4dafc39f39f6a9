// Department routes (hotel): a learner sees pages for everyone and their own department's
// pages, never another department's; a lesson is complete when the pages on that route are.
import { describe, expect, it } from 'vitest';
import type { Course, Page } from '../course/model.js';
import { lessonComplete } from './scoring.js';
import { course as fixture } from './course.fixture.js';
import { findScreen, route } from './screens.js';
import { freshProgress } from './state.js';

const page = (id: string, departments?: string[]): Page => ({ id, departments, blocks: [{ id: 'tekst', type: 'text' }] });

const course: Course = {
  id: 'hotel',
  version: '1.0.0',
  fingerprint: 'test',
  languages: ['nl', 'en'],
  departments: ['receptie', 'bar'],
  lessons: [
    { id: 'signalen', pages: [page('intro'), page('receptie', ['receptie']), page('bar', ['bar']), page('samenvatting'), page('oefenen-bar', ['bar'])] },
  ],
  help: [],
  sources: {},
};

const pageIds = (department?: string) =>
  route(course, department).flatMap((s) => (s.kind === 'page' ? [course.lessons[s.lesson].pages[s.page].id] : []));

describe('route', () => {
  it('shows a department its own pages and the pages for everyone, in authored order', () => {
    expect(pageIds('bar')).toEqual(['intro', 'bar', 'samenvatting', 'oefenen-bar']);
    expect(pageIds('receptie')).toEqual(['intro', 'receptie', 'samenvatting']);
  });

  it('gives a learner without a department the first department of the course', () => {
    expect(pageIds(undefined)).toEqual(pageIds('receptie'));
  });

  it('keeps the welcome screen first and the result last', () => {
    const screens = route(course, 'bar');
    expect(screens[0].kind).toBe('welcome');
    expect(screens.at(-1)!.kind).toBe('result');
  });
});

describe('lessonComplete', () => {
  it('needs only the pages on the learner’s route', () => {
    const progress = { ...freshProgress('nl'), department: 'receptie' };
    for (const s of route(course, 'receptie')) if (s.kind === 'page') progress.visited.add(s.key);
    expect(lessonComplete(course, progress, 0)).toBe(true);
    progress.department = 'bar';
    expect(lessonComplete(course, progress, 0)).toBe(false);
  });
});

describe('findScreen', () => {
  it('finds pages by key, and the sources, which are off the route', () => {
    expect(findScreen(fixture, '1.3')).toEqual({ kind: 'page', key: '1.3', lesson: 1, page: 3 });
    expect(findScreen(fixture, 'sources')).toEqual({ kind: 'sources', key: 'sources' });
    expect(findScreen(fixture, '7.0')).toBeUndefined();
  });

  it('has a test screen only in a course with a test', () => {
    expect(route(fixture).map((s) => s.key)).toContain('assessment');
    expect(route({ ...fixture, assessment: undefined }).map((s) => s.key)).not.toContain('assessment');
  });
});
