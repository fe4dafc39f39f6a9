import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../src/progress/draw.ts';
import { binomial, passProbability, rightNeeded, strategyChance, subsetRightCounts } from './blind-pass.mjs';

const item = (labels, key = 0) => ({ ref: 'x', kind: 'bank', objective: 'signals', options: labels.map((label, i) => ({ id: `o${i}`, label, correct: i === key })) });

describe('strategyChance', () => {
  it('is 1 when the key is the only longest, 0 when it is not the longest', () => {
    expect(strategyChance(item(['a long key', 'short', 'tiny']), 'longest')).toBe(1);
    expect(strategyChance(item(['key', 'a longer one', 'tiny']), 'longest')).toBe(0);
    expect(strategyChance(item(['key', 'a longer one', 'ab']), 'shortest')).toBe(0);
    expect(strategyChance(item(['k', 'a longer one', 'tiny']), 'shortest')).toBe(1);
  });
  it('breaks a tie at random and ignores surrounding quotes', () => {
    expect(strategyChance(item(['"abcd"', 'wxyz', 'ab']), 'longest')).toBe(0.5);
  });
  it('gives the first displayed option 1/options, and no chance on a question with two keys', () => {
    expect(strategyChance(item(['a', 'b', 'c', 'd']), 'first')).toBe(0.25);
    const two = item(['a', 'b', 'c']);
    two.options[1].correct = true;
    expect(strategyChance(two, 'first')).toBe(0);
  });
});

it('rightNeeded rounds like the player does', () => {
  expect(rightNeeded(10, 80)).toBe(8);
  expect(rightNeeded(8, 80)).toBe(7); // 6/8 = 75 %, 7/8 = 88 %
  expect(rightNeeded(8, 75)).toBe(6);
});

it('subsetRightCounts is the average over all subsets', () => {
  const chances = [1, 0, 0.5, 1];
  const dist = subsetRightCounts(chances, 2);
  // pairs: {1,0}:1  {1,.5}:1.5  {1,1}:2  {0,.5}:.5  {0,1}:1  {.5,1}:1.5 ; mean right = 7.5/6
  expect(dist.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  expect(dist.reduce((m, p, r) => m + p * r, 0)).toBeCloseTo(7.5 / 6, 12);
  expect(dist[0]).toBeCloseTo(0.5 / 6, 12); // only {0,.5} can give none, with probability .5
});

/** Brute force over every outcome of the draw procedure, each equally likely. */
function bruteForce(bank, { draw, minPerObjective, masteryScore, objectives }) {
  const combos = (xs, k) => (k === 0 ? [[]] : xs.flatMap((x, i) => combos(xs.slice(i + 1), k - 1).map((c) => [x, ...c])));
  const reservedSets = objectives.reduce(
    (sets, o) => sets.flatMap((s) => combos(bank.filter((q) => q.objective === o), minPerObjective).map((c) => [...s, ...c])),
    [[]],
  );
  let total = 0;
  let count = 0;
  for (const reserved of reservedSets) {
    const rest = bank.filter((q) => !reserved.includes(q));
    for (const free of combos(rest, draw - reserved.length)) {
      const dist = [...reserved, ...free].reduce((d, q) => d.map((p, r) => p * (1 - q.chance) + (r ? d[r - 1] * q.chance : 0)).concat(d.at(-1) * q.chance), [1]);
      total += dist.slice(rightNeeded(draw, masteryScore)).reduce((a, b) => a + b, 0);
      count++;
    }
  }
  return total / count;
}

describe('passProbability', () => {
  const objectives = ['signals', 'victim-blaming', 'next-steps'];
  const bank = [
    ...[1, 1, 0, 0.5].map((chance, i) => ({ id: `s${i}`, objective: 'signals', chance })),
    ...[1, 0, 1].map((chance, i) => ({ id: `v${i}`, objective: 'victim-blaming', chance })),
    ...[0.25, 1, 1, 0, 1].map((chance, i) => ({ id: `n${i}`, objective: 'next-steps', chance })),
  ];

  it('equals brute-force enumeration of the balanced draw', () => {
    for (const rules of [
      { draw: 6, minPerObjective: 1, masteryScore: 80, objectives },
      { draw: 6, minPerObjective: 2, masteryScore: 60, objectives },
      { draw: 9, minPerObjective: 3, masteryScore: 70, objectives },
    ]) {
      expect(passProbability(bank, rules)).toBeCloseTo(bruteForce(bank, rules), 12);
    }
  });

  it('is the plain hypergeometric tail without a minimum per objective', () => {
    // 12 questions, 8 always right; draw 5, need 4 right
    const plain = Array.from({ length: 12 }, (_, i) => ({ objective: objectives[i % 3], chance: i < 8 ? 1 : 0 }));
    const expected = [4, 5].reduce((s, k) => s + (binomial(8, k) * binomial(4, 5 - k)) / binomial(12, 5), 0);
    expect(passProbability(plain, { draw: 5, minPerObjective: 0, masteryScore: 80, objectives })).toBeCloseTo(expected, 12);
  });

  it('agrees with simulating the player’s own draw (src/progress/draw.ts)', { timeout: 60_000 }, () => {
    const questions = bank.map((q) => ({ id: q.id, type: 'question', objective: q.objective, multiple: false, options: ['a'], correct: ['a'], sources: [] }));
    const chance = Object.fromEntries(bank.map((q) => [q.id, q.chance]));
    const rules = { draw: 7, minPerObjective: 2, masteryScore: 70, objectives };
    const runs = 40_000;
    let passed = 0;
    for (let seed = 0; seed < runs; seed++) {
      // expected pass over the Bernoulli chances, given this seed's drawn set
      const drawn = drawQuestions({ draw: rules.draw, masteryScore: rules.masteryScore, minPerObjective: 2, bank: questions }, seed);
      const dist = drawn.reduce((d, q) => d.map((p, r) => p * (1 - chance[q.id]) + (r ? d[r - 1] * chance[q.id] : 0)).concat(d.at(-1) * chance[q.id]), [1]);
      passed += dist.slice(rightNeeded(rules.draw, rules.masteryScore)).reduce((a, b) => a + b, 0);
    }
    const exact = passProbability(bank, rules);
    // standard error of a mean of values in [0, 1] is at most 0.5/sqrt(runs) = 0.0025; allow 4 of them
    expect(Math.abs(passed / runs - exact)).toBeLessThan(0.01);
  });
});
