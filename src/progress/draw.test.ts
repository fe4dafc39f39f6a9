// The balanced draw: every drawn test covers every objective, for 10,000 seeds, with each
// course's real bank and with the smallest bank its course file allows.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPETENCES, type Assessment, type ObjectiveId, type QuestionBlock } from '../course/model.js';
import { drawQuestions } from './draw.js';

const SEEDS = 10_000;
const lessons = new URL('../../lessons/', import.meta.url);
const readYaml = (path: string) => parse(readFileSync(new URL(path, lessons), 'utf8'));

const courses = readdirSync(new URL('courses/', lessons))
  .filter((f) => f.endsWith('.course.yaml'))
  .map((f) => {
    const course = readYaml(`courses/${f}`);
    const a = course.assessment;
    const bank: QuestionBlock[] = readYaml(`${a.lesson}/lesson.yaml`).bank;
    return { id: course.id as string, rules: a, assessment: { draw: a.draw, masteryScore: a.masteryScore, minPerObjective: a.minPerObjective, bank } };
  });

const question = (id: string, objective: ObjectiveId): QuestionBlock => ({
  id,
  type: 'question',
  objective,
  multiple: false,
  options: ['a', 'b', 'c'],
  correct: ['a'],
  sources: ['S004'],
});

/** The smallest bank the course file allows: minBankPerObjective of each, topped up to minBank. */
function smallestBank(rules: { minBank: number; minBankPerObjective: number }): QuestionBlock[] {
  const bank = COMPETENCES.flatMap((o) => Array.from({ length: rules.minBankPerObjective }, (_, i) => question(`${o}-${i}`, o)));
  for (let i = 0; bank.length < rules.minBank; i++) bank.push(question(`extra-${i}`, COMPETENCES[i % COMPETENCES.length]));
  return bank;
}

/** Every seed's draw: the right size, no question twice, each objective at least minPerObjective times. */
function expectCovered(assessment: Assessment) {
  const min = assessment.minPerObjective!;
  const problems: string[] = [];
  for (let seed = 0; seed < SEEDS && problems.length < 5; seed++) {
    const drawn = drawQuestions(assessment, seed);
    const ids = new Set(drawn.map((q) => q.id));
    if (drawn.length !== assessment.draw || ids.size !== drawn.length) problems.push(`seed ${seed}: ${ids.size} distinct of ${drawn.length} drawn`);
    for (const objective of COMPETENCES) {
      const n = drawn.filter((q) => q.objective === objective).length;
      if (n < min) problems.push(`seed ${seed}: ${n} ${objective} questions, fewer than ${min}`);
    }
  }
  expect(problems).toEqual([]);
}

describe.each(courses)('the draw of $id', ({ rules, assessment }) => {
  it(`covers every objective at least minPerObjective times in ${SEEDS} seeds (real bank)`, { timeout: 60_000 }, () => {
    expectCovered(assessment);
  });

  it(`covers every objective in ${SEEDS} seeds with the smallest bank the course allows`, { timeout: 60_000 }, () => {
    expectCovered({ ...assessment, bank: smallestBank(rules) });
  });

  it('is the same for the same seed, and differs between seeds', () => {
    const ids = (seed: number) => drawQuestions(assessment, seed).map((q) => q.id).join(' ');
    expect(ids(12345)).toBe(ids(12345));
    const distinct = new Set(Array.from({ length: 50 }, (_, seed) => ids(seed)));
    expect(distinct.size).toBeGreaterThan(40);
  });

  it('on a retry draws only questions not seen before while each objective has enough of them', () => {
    for (let seed = 0; seed < 500; seed++) {
      const first = drawQuestions(assessment, seed);
      const seen = new Set(first.map((q) => q.id));
      const second = drawQuestions(assessment, seed + 1, seen);
      const unseenPerObjective = (o: ObjectiveId) => assessment.bank.filter((q) => q.objective === o && !seen.has(q.id)).length;
      const enough = COMPETENCES.every((o) => unseenPerObjective(o) >= assessment.minPerObjective!) && assessment.bank.length - seen.size >= assessment.draw;
      if (enough) expect(second.filter((q) => seen.has(q.id)).map((q) => q.id), `seed ${seed}`).toEqual([]);
      // whatever was seen, every objective is still covered
      for (const o of COMPETENCES) expect(second.filter((q) => q.objective === o).length).toBeGreaterThanOrEqual(assessment.minPerObjective!);
    }
  });

  it('gives every question of the bank a chance to be drawn', { timeout: 60_000 }, () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 2000; seed++) for (const q of drawQuestions(assessment, seed)) seen.add(q.id);
    expect([...seen].sort()).toEqual(assessment.bank.map((q) => q.id).sort());
  });
});

it('without minPerObjective it is a plain seeded draw that can miss an objective', () => {
  const bank = [...COMPETENCES.flatMap((o) => [question(`${o}-1`, o)]), ...Array.from({ length: 9 }, (_, i) => question(`s-${i}`, 'signals'))];
  const missing = Array.from({ length: 500 }, (_, seed) => drawQuestions({ draw: 4, masteryScore: 80, bank }, seed)).filter(
    (drawn) => !drawn.some((q) => q.objective === 'victim-blaming'),
  );
  expect(missing.length).toBeGreaterThan(0);
});
