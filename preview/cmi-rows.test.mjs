import { describe, expect, it } from 'vitest';
import { cmiRows } from './cmi-rows.js';

describe('cmiRows', () => {
  it('expands nested interactions, objectives and comments into dotted fields', () => {
    const rows = cmiRows({
      'cmi.location': 'p3',
      'cmi.interactions.0.id': 'q1',
      'cmi.interactions.0.objectives': { 0: { id: 'signals' } },
      'cmi.interactions.0.correct_responses': { 0: { pattern: 'b' } },
      'cmi.comments_from_learner': { 0: { comment: 'hi', location: '' } },
    });
    expect(rows).toEqual([
      ['cmi.location', 'p3'],
      ['cmi.interactions.0.id', 'q1'],
      ['cmi.interactions.0.objectives.0.id', 'signals'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'b'],
      ['cmi.comments_from_learner.0.comment', 'hi'],
    ]);
  });

  it('leaves out empty values, empty lists and bookkeeping keys', () => {
    expect(cmiRows({ 'cmi.objectives': {}, 'cmi.exit': '', 'cmi.interactions._count': 3, 'cmi.core._children': 'a,b' })).toEqual([]);
  });
});
