// axe-core (WCAG 2.2 A/AA) on whatever a page shows now. axe is put into the page once per
// document and then run for each screen: the course is one page whose screens change in place,
// and loading axe's 550 KB again for every screen cost ten times the check itself.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Every violation on the page as shown, one line each: "rule (impact) help: first targets".
 * `preload: false` for a page opened from disk under a CSP without connect-src: axe would fetch
 * the page's style sheets itself (file:// pages cannot read each other's CSS rules) and the
 * page's CSP rightly blocks that.
 */
export async function axeViolations(page: Page, { preload = true }: { preload?: boolean } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async ([tags, preload]) => {
    const { violations } = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload });
    return violations.map((v: any) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, [TAGS, preload] as const);
}
