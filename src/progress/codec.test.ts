import { describe, expect, it } from 'vitest';
import type { Course, QuestionBlock } from '../course/model.js';
import { decode, encode } from './codec.js';
import { freshProgress } from './state.js';

const question: QuestionBlock = { id: 'q-1', type: 'question', objective: 'signals', multiple: false, options: ['a-1', 'b-2'], correct: ['b-2'], sources: [] };
const course: Course = {
  id: 'hotel',
  version: '1.0.0',
  fingerprint: 'abc123',
  lessons: [{ id: 'les-1', pages: [{ id: 'p-1', blocks: [question] }] }],
  assessment: { draw: 1, masteryScore: 80, bank: [{ ...question, id: 't-1' }] },
  help: [],
  sources: {},
};

describe('suspend_data codec', () => {
  it('keeps the certificate facts (version 2)', () => {
    const p = { ...freshProgress('nl'), screen: 'result', bestScore: 90, certificate: { date: '2026-12-02', score: 90, version: '1.0.0' } };
    p.answers.set('les-1/q-1', ['b-2']);
    const data = encode(course, p);
    expect(data).toMatch(/^2\|abc123\|/);
    expect(data.endsWith('|20261202,90,1.0.0')).toBe(true);
    expect(decode(course, data, 'en')).toEqual({ progress: p, problem: 'none' });
  });
  it('still reads version 1 data, which has no certificate field', () => {
    const { progress, problem } = decode(course, '1|abc123|n-|0.0|1|2|||', 'en');
    expect(problem).toBe('none');
    expect(progress.language).toBe('nl');
    expect(progress.answers.get('les-1/q-1')).toEqual(['b-2']);
    expect(progress.certificate).toBeUndefined();
  });
  it('refuses a broken certificate field without losing the rest', () => {
    const { progress, problem } = decode(course, '2|abc123|e-|0.0|1|2|||90|2026-12,90', 'nl');
    expect(problem).toBe('corrupt');
    expect(progress.bestScore).toBe(90);
    expect(progress.certificate).toBeUndefined();
  });
});
