import { describe, expect, it } from 'vitest';
import { factsAtPassing, localDate, verificationCode } from './certificate.js';

describe('certificate', () => {
  const facts = { date: '2026-12-02', score: 90, version: '1.0.0' };
  it('has the agreed format', () => {
    expect(verificationCode(facts, 'learner-1', 'hotel')).toMatch(/^HOT-20261202-90-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(verificationCode(facts, 'learner-1', 'jeugdhulp')).toMatch(/^JEU-20261202-90-/);
  });
  it('depends only on the facts, the learner and the course', () => {
    const code = verificationCode(facts, 'learner-1', 'hotel');
    expect(verificationCode({ ...facts }, 'learner-1', 'hotel')).toBe(code);
    expect(verificationCode(facts, 'learner-2', 'hotel')).not.toBe(code);
    expect(verificationCode({ ...facts, score: 100 }, 'learner-1', 'hotel')).not.toBe(code);
    expect(verificationCode({ ...facts, date: '2026-12-03' }, 'learner-1', 'hotel')).not.toBe(code);
    expect(verificationCode({ ...facts, version: '1.0.1' }, 'learner-1', 'hotel')).not.toBe(code);
  });
  it('fixes the learner\'s local date', () => {
    expect(localDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(factsAtPassing(new Date(2026, 11, 2, 23, 59), 85, '2.0.0')).toEqual({ date: '2026-12-02', score: 85, version: '2.0.0' });
  });
});
