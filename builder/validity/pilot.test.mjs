import { expect, it } from 'vitest';
import { fingerprint } from '../pilot/pilot-data.mjs';
import { makeBooklet, readAnswerSheet } from '../pilot/booklet.mjs';
import { passProbability } from './blind-pass.mjs';
import { pilotFailures, pilotFigures } from './pilot.mjs';

// Six bank items, two per objective, each with the key first; a draw of 3, pass mark 2 of 3.
const OBJECTIVES = ['signals', 'victim-blaming', 'next-steps'];
const items = Array.from({ length: 6 }, (_, i) => ({
  ref: `toets/q${i}`,
  kind: 'bank',
  objective: OBJECTIVES[i % 3],
  prompt: `Vraag ${i}`,
  options: ['goed', 'fout1', 'fout2'].map((id, k) => ({ id, label: `Antwoord ${k + 1} op vraag ${i}`, correct: k === 0 })),
}));
const rules = { draw: 3, minPerObjective: 1, masteryScore: 60, objectives: OBJECTIVES };
const reader = (id, panel, pick) => ({ id, panel, kind: 'ai', method: 'test reader', date: '2026-12-07', booklet: 1, answers: Object.fromEntries(items.map((item, i) => [item.ref, { option: pick(i), item: fingerprint(item) }])) });

it('counts, per item, the share of each panel that picked the key and the difference', () => {
  const pilot = { readers: [reader('n1', 'naive', () => 'fout1'), reader('n2', 'naive', (i) => (i === 0 ? 'goed' : 'fout2')), reader('t1', 'trained', () => 'goed')] };
  const figures = pilotFigures(items, pilot, rules);
  expect(figures.rows[0]).toMatchObject({ naive: { readers: 2, right: 1, share: 0.5 }, trained: { readers: 1, share: 1 }, discrimination: 0.5 });
  expect(figures.rows[1]).toMatchObject({ naive: { share: 0 }, discrimination: 1 });
  expect(figures.naiveRight).toBe(1);
  expect(figures.passChance.trained).toBe(1);
  // n1 gets nothing right; n2 only q0: the draw can hold q0 but never two of n2's right answers
  expect(figures.passChance.naive).toBe(0);
});

it('counts how many readers were people and how many AI sessions, from each reader\'s record', () => {
  const person = { ...reader('h1', 'naive', () => 'goed'), kind: 'human' };
  const figures = pilotFigures(items, { readers: [person, reader('a1', 'naive', () => 'fout1'), reader('a2', 'trained', () => 'goed')] }, rules);
  expect(figures.kinds).toEqual({ human: 1, ai: 2 });
});

it('the panel pass chance is the mean over its readers of the exact pass probability of the draw', () => {
  const pilot = { readers: [reader('n1', 'naive', (i) => (i < 4 ? 'goed' : 'fout1')), reader('n2', 'naive', () => 'fout1')] };
  const one = passProbability(items.map((item, i) => ({ objective: item.objective, chance: i < 4 ? 1 : 0 })), rules);
  expect(one).toBeGreaterThan(0);
  expect(pilotFigures(items, pilot, rules).passChance.naive).toBeCloseTo(one / 2, 12);
});

it('answers given to an earlier wording of an item do not count, and the item is named as changed', () => {
  const pilot = { readers: [reader('n1', 'naive', () => 'goed')] };
  const changed = items.map((item, i) => (i === 2 ? { ...item, prompt: 'Een andere vraag' } : item));
  const figures = pilotFigures(changed, pilot, rules);
  expect(figures.rows[2]).toMatchObject({ naive: { readers: 0 }, stale: true });
  expect(pilotFailures('demo', figures).missing.find((f) => f.includes('toets/q2'))).toMatch(/0 naive and 0 trained.*pilot it again/);
});

it('fails an item trained readers miss, one that does not discriminate, and a test a naive reader passes', () => {
  const naive = ['n1', 'n2', 'n3', 'n4'].map((id) => reader(id, 'naive', () => 'goed'));
  const trained = ['t1', 't2', 't3'].map((id) => reader(id, 'trained', (i) => (i === 5 && id === 't1' ? 'fout1' : 'goed')));
  const { unmet: failures } = pilotFailures('demo', pilotFigures(items, { readers: [...naive, ...trained] }, rules));
  expect(failures).toContainEqual(expect.stringMatching(/toets\/q5: trained readers right 67 %; at least 90 %/));
  expect(failures).toContainEqual(expect.stringMatching(/toets\/q0: discrimination \+0 pt/));
  expect(failures).toContainEqual(expect.stringMatching(/naive readers get 6 of 6 bank items right/));
  expect(failures).toContainEqual(expect.stringMatching(/naive reader passes a drawn test with probability 100\.0 %/));
  // t1's single miss cannot fail a test that allows one: trained readers still pass
  expect(failures.join('\n')).not.toMatch(/trained reader passes/);
  const unsure = ['t1', 't2', 't3'].map((id) => reader(id, 'trained', (i) => (i % 2 ? 'goed' : 'fout2')));
  expect(pilotFailures('demo', pilotFigures(items, { readers: [...naive, ...unsure] }, rules)).unmet).toContainEqual(expect.stringMatching(/a trained reader passes a drawn test with probability \d+\.\d %; at least 95 %/));
});

it('passes a bank that discriminates', () => {
  const naive = ['n1', 'n2', 'n3', 'n4'].map((id) => reader(id, 'naive', () => 'fout1'));
  const trained = ['t1', 't2', 't3'].map((id) => reader(id, 'trained', () => 'goed'));
  expect(pilotFailures('demo', pilotFigures(items, { readers: [...naive, ...trained] }, rules))).toEqual({ missing: [], unmet: [] });
});

it('a booklet letters shuffled options, and its answer sheet reads back to option ids', () => {
  const course = {
    text: { nl: { title: 'Demo' } },
    lessons: [],
    assessment: { lesson: 'toets', bank: items.map((i) => ({ id: i.ref.split('/')[1], type: 'question', objective: i.objective, options: i.options.map((o) => o.id), correct: ['goed'] })), text: { nl: { blocks: Object.fromEntries(items.map((i) => [i.ref.split('/')[1], { prompt: i.prompt, options: Object.fromEntries(i.options.map((o) => [o.id, { label: o.label }])) }])) } } },
  };
  const { text, key } = makeBooklet(course, { panel: 'naive', seed: 7, lang: 'nl', pages: [] });
  expect(key).toHaveLength(6);
  expect(text, 'option ids can give keys away').not.toMatch(/goed|fout/);
  const sheet = key.map((k) => `${k.n}: ${'ABC'[k.letters.indexOf('goed')]}`).join('\n');
  const answers = readAnswerSheet(sheet, key);
  expect(Object.values(answers).every((a) => a.option === 'goed')).toBe(true);
  expect(answers['toets/q0'].item).toBe(fingerprint(items[0]));
  expect(() => readAnswerSheet('1: B\n2: Z\nhello', key, 'sheet.txt')).toThrow(/sheet\.txt, line 2: question 2 has no option Z[\s\S]*line 3[\s\S]*no answer to questions 2, 3, 4, 5, 6/);
  // the same seed gives the same booklet; another seed another order
  expect(makeBooklet(course, { panel: 'naive', seed: 7, lang: 'nl', pages: [] }).key).toEqual(key);
  expect(makeBooklet(course, { panel: 'naive', seed: 8, lang: 'nl', pages: [] }).key).not.toEqual(key);
});
