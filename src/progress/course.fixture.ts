// A small course for unit tests: two lessons (the second with department pages), a knowledge
// check, a two-step scenario and a final test drawing 3 of 4 questions. Hand-written, so a test
// reads what it is about; the real lessons are covered by the browser tests.
import type { Course, QuestionBlock } from '../course/model.js';

const question = (id: string, objective: QuestionBlock['objective'], correct = ['a']): QuestionBlock => ({
  id,
  type: 'question',
  objective,
  multiple: correct.length > 1,
  options: ['a', 'b', 'c'],
  correct,
  sources: ['S001'],
});

export const course: Course = {
  id: 'test',
  version: '1.0.0',
  fingerprint: 'abc123',
  languages: ['nl', 'en'],
  departments: ['receptie', 'schoonmaak'],
  help: [{ id: 'politie', phone: '0900-8844' }],
  sources: { S001: { title: 'Een bron', publisher: 'Uitgever', year: 2024 } },
  lessons: [
    {
      id: 'intro',
      pages: [
        { id: 'start', blocks: [{ id: 'uitleg', type: 'text' }] },
        { id: 'check', blocks: [question('vraag', 'signals'), { id: 'meer', type: 'text' }] },
      ],
    },
    {
      id: 'praktijk',
      pages: [
        { id: 'algemeen', blocks: [{ id: 'uitleg', type: 'text' }] },
        { id: 'balie', departments: ['receptie'], blocks: [{ id: 'uitleg', type: 'text' }] },
        { id: 'kamers', departments: ['schoonmaak'], blocks: [{ id: 'uitleg', type: 'text' }] },
        {
          id: 'casus',
          blocks: [
            {
              id: 'gast',
              type: 'scenario',
              start: 'een',
              steps: {
                een: {
                  objective: 'victim-blaming',
                  options: [
                    { id: 'goed', correct: true, next: 'twee' },
                    { id: 'fout', next: 'twee' },
                  ],
                },
                twee: {
                  objective: 'next-steps',
                  options: [
                    { id: 'melden', correct: true, next: 'einde' },
                    { id: 'niets', next: 'einde' },
                  ],
                },
              },
              endings: ['einde'],
              sources: ['S001'],
            },
          ],
        },
      ],
    },
  ],
  assessment: {
    draw: 3,
    masteryScore: 80,
    bank: [question('t1', 'signals'), question('t2', 'victim-blaming', ['a', 'b']), question('t3', 'next-steps'), question('t4', 'signals', ['c'])],
  },
};
