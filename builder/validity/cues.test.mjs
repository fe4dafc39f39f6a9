import { expect, it } from 'vitest';
import { cueWords } from './cues.mjs';
import { contentWords } from './words.mjs';

const item = (labels) => ({ ref: 'x', kind: 'check', objective: 'signals', options: labels.map((label, i) => ({ id: `o${i}`, label, correct: i === 0 })) });

it('contentWords leaves out stop words but keeps absolute and negating words', () => {
  expect([...contentWords('Je meldt het altijd, niet alleen bij de politie.', 'nl')]).toEqual(['meldt', 'altijd', 'niet', 'alleen', 'politie']);
  expect([...contentWords("You don't call the police — only the manager.", 'en')]).toEqual(["don't", 'call', 'police', 'only', 'manager']);
});

it('counts each option once and reports the side a word predicts', () => {
  const items = [
    item(['Bel de leidinggevende.', 'Doe alleen niets, alleen kijken.', 'Alleen wachten.']),
    item(['Meld het aan de leidinggevende.', 'Alleen de gast.', 'Zeg niets.']),
    item(['Schrijf op wat je zag.', 'Vraag het alleen aan de gast.', 'Wacht.']),
  ];
  const cues = cueWords(items, 'nl', 2);
  const alleen = cues.find((c) => c.word === 'alleen');
  expect(alleen).toMatchObject({ uses: 4, wrong: 4, right: 0, predictive: 1, marks: 'wrong' });
  expect(cues.find((c) => c.word === 'leidinggevende')).toMatchObject({ uses: 2, right: 2, marks: 'right' });
  expect(cues.find((c) => c.word === 'niets')).toMatchObject({ uses: 2, wrong: 2 });
  expect(cueWords(items, 'nl', 4).map((c) => c.word)).toEqual(['alleen']);
});

it('ignores items with more than one right option', () => {
  const two = item(['alleen a', 'alleen b', 'alleen c', 'alleen d']);
  two.options[1].correct = true;
  expect(cueWords([two], 'nl', 1)).toEqual([]);
});
