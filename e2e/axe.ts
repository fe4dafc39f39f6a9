// axe-core (WCAG 2.2 A/AA) on whatever a page shows now. axe is put into the page once per
// document and then run for each screen: the course is one page whose screens change in place,
// and loading axe's 550 KB again for every screen cost ten times the check itself.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every violation on the page as shown, one line each: "rule (impact) help: first targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const { violations } = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v: any) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, TAGS);
}
