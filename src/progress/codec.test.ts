import { describe, expect, it } from 'vitest';
import type { Course, QuestionBlock } from '../course/model.js';
import { course } from './course.fixture.js';
import { decode, encode } from './codec.js';
import { drawnQuestions } from './scoring.js';
import { freshProgress, type Progress } from './state.js';

const question: QuestionBlock = { id: 'q-1', type: 'question', objective: 'signals', multiple: false, options: ['a-1', 'b-2'], correct: ['b-2'], sources: [] };
const tiny: Course = {
  id: 'hotel',
  version: '1.0.0',
  fingerprint: 'abc123',
  languages: ['nl', 'en'],
  lessons: [{ id: 'les-1', pages: [{ id: 'p-1', blocks: [question] }] }],
  assessment: { draw: 1, masteryScore: 80, bank: [{ ...question, id: 't-1' }] },
  help: [],
  sources: {},
};

describe('suspend_data codec, version 2', () => {
  it('keeps the certificate facts (version 2)', () => {
    const p = { ...freshProgress('nl'), screen: 'result', bestScore: 90, certificate: { date: '2026-12-02', score: 90, version: '1.0.0' } };
    p.answers.set('les-1/q-1', ['b-2']);
    const data = encode(tiny, p);
    expect(data).toMatch(/^2\|abc123\|/);
    expect(data.endsWith('|20261202,90,1.0.0')).toBe(true);
    expect(decode(tiny, data, 'en')).toEqual({ progress: p, problem: 'none' });
  });
  it('still reads version 1 data, which has no certificate field', () => {
    const { progress, problem } = decode(tiny, '1|abc123|n-|0.0|1|2|||', 'en');
    expect(problem).toBe('none');
    expect(progress.language).toBe('nl');
    expect(progress.answers.get('les-1/q-1')).toEqual(['b-2']);
    expect(progress.certificate).toBeUndefined();
  });
  it('refuses a broken certificate field without losing the rest', () => {
    const { progress, problem } = decode(tiny, '2|abc123|e-|0.0|1|2|||90|2026-12,90', 'nl');
    expect(problem).toBe('corrupt');
    expect(progress.bestScore).toBe(90);
    expect(progress.certificate).toBeUndefined();
  });
});

function busy(): Progress {
  const seed = 123456;
  const answers = new Map(drawnQuestions(course, { seed, seen: new Set([course.assessment!.bank[0].id]) }).map((q) => [q.id, q.correct]));
  return {
    ...freshProgress('en'),
    department: 'schoonmaak',
    screen: '1.2',
    visited: new Set(['0.0', '0.1', '1.0', '1.2']),
    answers: new Map([['intro/vraag', ['b']]]),
    paths: new Map([['praktijk/gast', ['fout', 'melden']]]),
    assessment: { number: 2, seed, seen: new Set([course.assessment!.bank[0].id]), answers, submitted: true },
    bestScore: 67,
  };
}

describe('suspend_data codec', () => {
  it('brings back exactly what it stored', () => {
    const p = busy();
    const { progress, problem } = decode(course, encode(course, p), 'nl');
    expect(problem).toBe('none');
    expect(progress).toEqual(p);
  });

  it('starts fresh, in the fallback language, from empty data', () => {
    expect(decode(course, '', 'en')).toEqual({ progress: freshProgress('en'), problem: 'none' });
  });

  it('says "corrupt" and starts fresh for data it cannot read at all', () => {
    expect(decode(course, 'garbage', 'nl')).toEqual({ progress: freshProgress('nl'), problem: 'corrupt' });
  });

  it('keeps what it can when one field is damaged', () => {
    const fields = encode(course, busy()).split('|');
    fields[3] = '9.9'; // a screen the course does not have
    const { progress, problem } = decode(course, fields.join('|'), 'nl');
    expect(problem).toBe('corrupt');
    expect(progress.screen).toBe('welcome');
    expect(progress.answers.get('intro/vraag')).toEqual(['b']);
  });

  it('keeps only the language from another version of the course', () => {
    const data = encode(course, busy());
    const { progress, problem } = decode({ ...course, fingerprint: 'other1' }, data, 'nl');
    expect(problem).toBe('foreign');
    expect(progress.language).toBe('en');
    expect(progress.answers.size).toBe(0);
  });
});
