// The two SCORM vocabularies: what each dialect writes for a choice, a record and the status.
import { describe, expect, it } from 'vitest';
import { describe as describeAnswer, scorm12, scorm2004 } from './dialect.js';
import type { InteractionReport } from './report.js';

const choice: InteractionReport = {
  id: 'hotel-signalen.vraag-combinatie',
  objective: 'victim-blaming',
  description: 'Welke combinatie van signalen is reden om te melden?',
  answerText: 'Veel bezoekers / Geen bagage',
  response: ['veel-bezoekers', 'geen-bagage'],
  correct: ['veel-bezoekers', 'geen-bagage'],
  options: ['een-signaal', 'veel-bezoekers', 'geen-bagage'],
  result: 'correct',
  latencySeconds: 83.456,
  at: new Date('2026-12-02T09:05:07.891Z'),
};

describe('SCORM 2004 dialect', () => {
  const v = scorm2004.interaction(3, choice);
  it('maps every identifier to letters, digits, "_" and "."', () => {
    expect(v.get('cmi.interactions.3.id')).toBe('hotel_signalen.vraag_combinatie');
    expect(v.get('cmi.interactions.3.objectives.0.id')).toBe('victim_blaming');
    expect(v.get('cmi.interactions.3.learner_response')).toBe('veel_bezoekers[,]geen_bagage');
    expect(v.get('cmi.interactions.3.correct_responses.0.pattern')).toBe('veel_bezoekers[,]geen_bagage');
  });
  it('writes ISO 8601 times and the answer in the description', () => {
    expect(v.get('cmi.interactions.3.latency')).toBe('PT1M23.46S');
    expect(v.get('cmi.interactions.3.timestamp')).toBe('2026-12-02T09:05:07.89Z');
    expect(v.get('cmi.interactions.3.description')).toBe('Welke combinatie van signalen is reden om te melden? — Answer: Veel bezoekers / Geen bagage');
  });
  it('keeps the description within 250 characters, question shortened first', () => {
    const long = describeAnswer({ ...choice, description: 'Vraag '.repeat(80) });
    expect(long.length).toBeLessThanOrEqual(250);
    expect(long).toMatch(/… — Answer: Veel bezoekers \/ Geen bagage$/);
    const longAnswer = describeAnswer({ ...choice, answerText: 'Antwoord '.repeat(60) });
    expect(longAnswer.length).toBeLessThanOrEqual(250);
    expect(longAnswer).toContain('Welke combinatie');
  });
  it('records a fact as a neutral fill-in', () => {
    const r = scorm2004.interaction(9, { kind: 'fill-in', id: 'certificate', description: 'Verification code', value: 'HOT-20261202-90-K3F9QX', at: choice.at });
    expect(Object.fromEntries(r)).toEqual({
      'cmi.interactions.9.id': 'certificate',
      'cmi.interactions.9.type': 'fill-in',
      'cmi.interactions.9.timestamp': '2026-12-02T09:05:07.89Z',
      'cmi.interactions.9.learner_response': 'HOT-20261202-90-K3F9QX',
      'cmi.interactions.9.result': 'neutral',
      'cmi.interactions.9.description': 'Verification code',
    });
  });
  it('reports objectives under their LMS ids, exit normal when done', () => {
    const slots: string[] = [];
    const v = scorm2004.report(
      { completion: 'completed', success: 'passed', score: 90, progress: 1, location: 'result', suspendData: 'x', finished: true, objectives: [{ id: 'next-steps', score: 75, completion: 'completed', success: 'failed' }] },
      (id) => slots.push(id) - 1,
    );
    expect(slots).toEqual(['next_steps']);
    expect(v.get('cmi.objectives.0.id')).toBe('next_steps');
    expect(v.get('cmi.objectives.0.score.scaled')).toBe('0.75');
    expect(v.get('cmi.score.scaled')).toBe('0.9');
    expect(v.get('cmi.exit')).toBe('normal');
  });
});

describe('SCORM 1.2 dialect', () => {
  const v = scorm12.interaction(0, choice);
  it('answers in letters of the authored option order', () => {
    expect(v.get('cmi.interactions.0.student_response')).toBe('b,c');
    expect(v.get('cmi.interactions.0.correct_responses.0.pattern')).toBe('b,c');
    expect(v.get('cmi.interactions.0.result')).toBe('correct');
    expect(scorm12.interaction(0, { ...choice, result: 'incorrect' }).get('cmi.interactions.0.result')).toBe('wrong');
  });
  it('writes 1.2 times', () => {
    expect(v.get('cmi.interactions.0.latency')).toBe('00:01:23.46');
    expect(v.get('cmi.interactions.0.time')).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  });
  it('leaves latency out when it is not known, in both versions', () => {
    const unknown = { ...choice, latencySeconds: undefined };
    expect(scorm12.interaction(0, unknown).has('cmi.interactions.0.latency')).toBe(false);
    expect(scorm2004.interaction(0, unknown).has('cmi.interactions.0.latency')).toBe(false);
    expect(scorm2004.interaction(0, unknown).get('cmi.interactions.0.description')).toContain(' — Answer: ');
  });
  it('records a fact in student_response', () => {
    const r = scorm12.interaction(2, { kind: 'fill-in', id: 'certificate', description: '', value: 'HOT-20261202-90-K3F9QX', at: choice.at });
    expect(r.get('cmi.interactions.2.student_response')).toBe('HOT-20261202-90-K3F9QX');
    expect(r.get('cmi.interactions.2.type')).toBe('fill-in');
    expect(r.get('cmi.interactions.2.result')).toBe('neutral');
    expect(r.has('cmi.interactions.2.description')).toBe(false);
  });
  it('reports lesson_status from success first, exit "" when done', () => {
    const v = scorm12.report({ completion: 'completed', success: 'failed', score: 40, progress: 1, location: 'result', suspendData: 'x', finished: false, objectives: [] }, () => 0);
    expect(v.get('cmi.core.lesson_status')).toBe('failed');
    expect(v.get('cmi.core.exit')).toBe('suspend');
    expect(scorm12.report({ completion: 'completed', success: 'passed', progress: 1, location: 'r', suspendData: '', finished: true, objectives: [] }, () => 0).get('cmi.core.exit')).toBe('');
  });
  it('treats 401 as "not implemented"; 2004 treats 401 and 402 so', () => {
    expect(scorm12.unsupportedErrors).toEqual([401]);
    expect(scorm2004.unsupportedErrors).toEqual([401, 402]);
  });
});
