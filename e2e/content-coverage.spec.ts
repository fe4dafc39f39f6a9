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
