import { describe, expect, it } from 'vitest';
import { course } from './course.fixture.js';
import { revisitByObjective } from './revisit.js';
import { drawnQuestions } from './scoring.js';
import { route } from './screens.js';

describe('revisitByObjective', () => {
  const attempt = (rightIds: (ids: string[]) => string[]) => {
    const a = { number: 1, seed: 4, seen: new Set<string>(), answers: new Map<string, string[]>(), submitted: true };
    const drawn = drawnQuestions(course, a);
    const right = new Set(rightIds(drawn.map((q) => q.id)));
    for (const q of drawn) a.answers.set(q.id, right.has(q.id) ? q.correct : ['b']);
    return { a, drawn };
  };

  it('counts, per objective, the attempt’s right answers of the questions drawn for it', () => {
    const { a, drawn } = attempt((ids) => ids.slice(0, 1));
    const out = revisitByObjective(course, a, route(course, 'receptie'));
    expect(out.map((r) => r.objective)).toEqual(['signals', 'victim-blaming', 'next-steps']);
    expect(out.reduce((n, r) => n + r.total, 0)).toBe(drawn.length);
    expect(out.reduce((n, r) => n + r.right, 0)).toBe(1);
    const first = out.find((r) => r.objective === drawn[0].objective)!;
    expect(first.right).toBe(1);
  });

  it('points to the lessons that practise each objective, at their first page on the route', () => {
    const { a } = attempt(() => []);
    const out = Object.fromEntries(revisitByObjective(course, a, route(course, 'schoonmaak')).map((r) => [r.objective, r.lessons]));
    // intro's check is about signals; praktijk's scenario about victim-blaming and next steps
    expect(out.signals).toEqual([{ id: 'intro', screen: '0.0' }]);
    expect(out['victim-blaming']).toEqual([{ id: 'praktijk', screen: '1.0' }]);
    expect(out['next-steps']).toEqual([{ id: 'praktijk', screen: '1.0' }]);
  });
});
