import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { importPlayerModule } from '../player-module.mjs';
import { longestPath, pageReading } from './reading.mjs';
import { courseStats, minutesFor, roundUpTo5, allStats } from './stats.mjs';
import { withDuration } from './duration.mjs';

const words = (n, w = 'woord') => Array.from({ length: n }, () => w).join(' ') + '.';

// A scenario: start → (a: short feedback → end-kort) | (b: long feedback → stap2 → end-lang)
const scenario = {
  id: 'sc',
  type: 'scenario',
  start: 's1',
  endings: ['end-kort', 'end-lang'],
  steps: {
    s1: { objective: 'signals', options: [{ id: 'a', correct: true, next: 'end-kort' }, { id: 'b', next: 's2' }] },
    s2: { objective: 'next-steps', options: [{ id: 'c', correct: true, next: 'end-lang' }, { id: 'd', next: 'end-lang' }] },
  },
};
const scenarioText = {
  title: words(2),
  intro: [words(10)],
  steps: {
    s1: { prompt: words(3), options: { a: { label: words(2), feedback: words(4) }, b: { label: words(2), feedback: words(1) } } },
    s2: { prompt: words(3), options: { c: { label: words(2), feedback: words(5) }, d: { label: words(2), feedback: words(7) } } },
  },
  endings: { 'end-kort': [words(20)], 'end-lang': [words(6)] },
};

function lesson(id, pages, extraText = {}) {
  return { id, pages, text: { nl: { title: id, pages: Object.fromEntries(pages.map((p) => [p.id, words(2)])), blocks: extraText }, en: { title: id, pages: Object.fromEntries(pages.map((p) => [p.id, words(2)])), blocks: extraText } } };
}

describe('what a learner reads', () => {
  it('follows the scenario path with the most words, counting one answer per decision', () => {
    const path = longestPath(scenario, scenarioText);
    // via a: 3 + 2 + 2 + 4 + 20 = 31; via b then d: 3+2+2+1 + 3+2+2+7 + 6 = 28
    expect(path.answers).toBe(1);
    expect(path.texts.join(' ').split(/\s+/)).toHaveLength(31);
  });

  it('reads a knowledge check as prompt, every option and the key’s feedback', () => {
    const q = { id: 'q', type: 'question', objective: 'signals', multiple: false, options: ['x', 'y'], correct: ['y'], sources: [] };
    const l = lesson('les', [{ id: 'p', blocks: [q, { id: 'src', type: 'sources', sources: ['S004'] }] }], {
      q: { prompt: words(5), options: { x: { label: words(3), feedback: words(50) }, y: { label: words(4), feedback: words(6) } } },
    });
    const read = pageReading(l, l.pages[0], 'nl');
    expect(read.answers).toBe(1);
    expect(read.texts.join(' ').split(/\s+/)).toHaveLength(2 + 5 + 3 + 4 + 6); // the sources block is not read
  });
});

describe('routes and duration', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const text = { welcome: { title: words(1), paragraphs: [`In {{minutes}} minuten. ${words(8)}`] }, contentNote: { title: words(1), paragraphs: [words(10)] } };
  const course = {
    languages: ['nl', 'en'],
    id: 'demo',
    departments: ['bar', 'nacht'],
    lessons: [
      lesson('les', [
        { id: 'iedereen', blocks: [{ id: 't', type: 'text' }] },
        { id: 'bar', departments: ['bar'], blocks: [{ id: 'sc', type: 'scenario', ...scenario }] },
        { id: 'nacht', departments: ['nacht'], blocks: [{ id: 't2', type: 'text' }] },
      ], { t: { paragraphs: [words(100)] }, t2: { paragraphs: [words(40)] }, sc: scenarioText }),
    ],
    text: { nl: text, en: text },
  };

  it('counts per department what the player’s own route shows', async () => {
    const { route } = await importPlayerModule(root, 'src/progress/screens.ts');
    const stats = courseStats(course, 'nl', route);
    expect(stats.routes.map((r) => r.department)).toEqual([null, 'bar', 'nacht']);
    // every route has the welcome screen (1 + 11 + 1 + 10 = 23 words) and page "iedereen" (2 + 100)
    const shown = route(course, 'bar').filter((s) => s.kind === 'page').map((s) => course.lessons[0].pages[s.page].id);
    const expectedBar = 23 + 102 + (shown.includes('bar') ? 2 + 2 + 10 + 31 : 0) + (shown.includes('nacht') ? 2 + 40 : 0);
    expect(stats.routes[1].words).toBe(expectedBar);
    expect(stats.routes[1].minutes).toBeCloseTo(minutesFor(expectedBar, stats.routes[1].answers), 10);
  });

  it('rounds the longest route up to 5 minutes and fills {{minutes}} in the course text', async () => {
    expect([0.1, 5, 5.01, 24.9, 25, 46.7].map(roundUpTo5)).toEqual([5, 5, 10, 25, 25, 50]);
    const fake = () => [{ kind: 'page', lesson: 0, page: 0 }];
    const big = { ...course, lessons: [lesson('les', [{ id: 'p', blocks: [{ id: 't', type: 'text' }] }], { t: { paragraphs: [words(1300)] } })] };
    const [s] = allStats([big], fake);
    expect(s.durationMinutes).toBe(15); // 1,300 + 23 + 2 words at 130 per minute: 10.2 min
    const [withMinutes] = withDuration([big], [s]);
    expect(withMinutes.durationMinutes).toBe(15);
    expect(withMinutes.text.nl.welcome.paragraphs[0]).toMatch(/^In 15 minuten\./);
    expect(big.text.nl.welcome.paragraphs[0]).toMatch(/^In \{\{minutes\}\} minuten\./);
  });
});
