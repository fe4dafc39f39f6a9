import { describe, expect, it } from 'vitest';
import { course } from './course.fixture.js';
import { decode, encode } from './codec.js';
import { drawnQuestions } from './scoring.js';
import { freshProgress, type Progress } from './state.js';

function busy(): Progress {
  const seed = 123456;
  const answers = new Map(drawnQuestions(course, seed).map((q) => [q.id, q.correct]));
  return {
    ...freshProgress('en'),
    department: 'schoonmaak',
    screen: '1.2',
    visited: new Set(['0.0', '0.1', '1.0', '1.2']),
    answers: new Map([['intro/vraag', ['b']]]),
    paths: new Map([['praktijk/gast', ['fout', 'melden']]]),
    assessment: { number: 2, seed, answers, submitted: true },
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
