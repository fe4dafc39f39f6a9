// Every item the issues require (each factsheet signal and risk factor, each department's
// signals, each do and don't …) is in the lesson it belongs to, in Dutch and in English.
// e2e/coverage/*.yaml lists the items with a phrase that must occur in each language.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

const flat = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

for (const file of readdirSync('e2e/coverage').filter((f) => f.endsWith('.yaml'))) {
  test(`${file}: every item is taught in both languages`, () => {
    const items = parse(readFileSync(`e2e/coverage/${file}`, 'utf8')) as { item: string; lesson: string; nl: string; en: string }[];
    expect(items.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const { item, lesson, nl, en } of items) {
      for (const [lang, phrase] of [['nl', nl], ['en', en]] as const) {
        const text = flat(readFileSync(`lessons/${lesson}/${lang}.yaml`, 'utf8'));
        if (!text.includes(flat(phrase))) missing.push(`${item} (${lesson}, ${lang}): "${phrase}"`);
      }
    }
    expect(missing).toEqual([]);
  });
}

/** Decisions on the shortest path from a scenario's start to an ending. */
function shortestPath(scenario: any, at = scenario.start): number {
  if (scenario.endings.includes(at)) return 0;
  return 1 + Math.min(...scenario.steps[at].options.map((o: any) => shortestPath(scenario, o.next)));
}

for (const course of ['hotel', 'jeugdhulp']) {
  test(`${course}: at least six branching scenarios, two decisions on every path, all three objectives`, () => {
    const spec = parse(readFileSync(`lessons/courses/${course}.course.yaml`, 'utf8'));
    const scenarios = spec.lessons.flatMap((id: string) =>
      parse(readFileSync(`lessons/${id}/lesson.yaml`, 'utf8')).pages.flatMap((p: any) => p.blocks.filter((b: any) => b.type === 'scenario')),
    );
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
    for (const s of scenarios) expect(shortestPath(s), s.id).toBeGreaterThanOrEqual(2);
    const tested = new Set(scenarios.flatMap((s: any) => Object.values(s.steps).map((step: any) => step.objective)));
    expect([...tested].sort()).toEqual(['next-steps', 'signals', 'victim-blaming']);
    const bank = parse(readFileSync(`lessons/${spec.assessment.lesson}/lesson.yaml`, 'utf8')).bank;
    // the bank holds what its course file promises, and more than one test's worth (a retry meets new questions)
    expect(bank.length).toBeGreaterThanOrEqual(spec.assessment.minBank);
    expect(bank.length).toBeGreaterThan(spec.assessment.draw);
    expect(spec.assessment.masteryScore).toBe(80);
  });
}

/** Fewest decisions on `objective` along any path of the scenario (issue #22, item 8). */
function fewestDecisions(scenario: any, objective: string, at = scenario.start): number {
  if (scenario.endings.includes(at)) return 0;
  const step = scenario.steps[at];
  const own = step.objective === objective ? 1 : 0;
  return own + Math.min(...step.options.map((o: any) => fewestDecisions(scenario, objective, o.next)));
}

test('hotel: every department route (and no department) practises each objective in at least two scenario decisions, whatever the learner picks', () => {
  const spec = parse(readFileSync('lessons/courses/hotel.course.yaml', 'utf8'));
  const pages = spec.lessons.flatMap((id: string) => parse(readFileSync(`lessons/${id}/lesson.yaml`, 'utf8')).pages);
  // The player's rule (src/progress/screens.ts): a learner without a department gets the first one's pages.
  for (const department of [undefined, ...spec.departments]) {
    const mine = department ?? spec.departments[0];
    const scenarios = pages
      .filter((p: any) => !p.departments || p.departments.includes(mine))
      .flatMap((p: any) => p.blocks.filter((b: any) => b.type === 'scenario'));
    for (const objective of ['signals', 'victim-blaming', 'next-steps']) {
      const least = scenarios.reduce((n: number, s: any) => n + fewestDecisions(s, objective), 0);
      expect(least, `${department ?? '(no department)'}: ${objective}`).toBeGreaterThanOrEqual(2);
    }
  }
});
