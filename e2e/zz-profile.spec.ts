import { test } from '@playwright/test';
import { expect, type Locator } from '@playwright/test';
import { launch, packageData } from './helpers';
const Q = process.env.QUICK === '1';
async function press(l: Locator) { if (!Q) return l.click(); await expect(l).toBeEnabled(); await l.click({ force: true }); }
async function tick(l: Locator) { if (!Q) return l.check(); await l.click({ force: true }); await expect(l).toBeChecked(); }
const T: Record<string, [number, number]> = {};
async function time<X>(k: string, f: () => Promise<X>): Promise<X> { const t = performance.now(); const r = await f(); const e = T[k] ??= [0, 0]; e[0] += performance.now() - t; e[1]++; return r; }
test(`profile calls`, async ({ page }) => {
  const course = 'jeugdhulp';
  const { structure, text: tx } = packageData(course, 'scorm2004');
  const text = tx.nl;
  const frame = await launch(page, { course, version: 'scorm2004', lang: 'nl-NL' });
  await frame.getByRole('button', { name: text.ui.start, exact: true }).click();
  for (;;) {
    const view = frame.locator('page-view');
    if (!(await time('count', () => view.count()))) break;
    const key = (await time('getAttribute', () => view.getAttribute('data-screen')))!;
    const [l, p] = key.split('.').map(Number);
    const lesson = structure.lessons[l]; const pg = lesson.pages[p]; const t = text.lessons[lesson.id].blocks;
    for (const block of pg.blocks) {
      if (block.type === 'question') {
        const scope = frame.locator('question-block', { has: frame.getByRole('group', { name: t[block.id].prompt, exact: true }) });
        for (const option of block.correct) await time('q.check', () => tick(scope.getByLabel(t[block.id].options[option].label, { exact: true })));
        await time('q.click', () => press(scope.getByRole('button', { name: text.ui.check, exact: true })));
        await time('q.waitFor', () => scope.getByText(text.ui.right, { exact: true }).waitFor());
      }
      if (block.type === 'scenario') {
        const scope = frame.locator('scenario-block', { has: frame.getByRole('heading', { name: t[block.id].title, exact: true }) });
        let at = block.start;
        while (!block.endings.includes(at)) {
          const option = block.steps[at].options.find((o: any) => o.correct);
          await time('s.check', () => tick(scope.getByLabel(t[block.id].steps[at].options[option.id].label, { exact: true })));
          await time('s.click', () => press(scope.getByRole('button', { name: text.ui.scenario.decide, exact: true })));
          at = option.next;
        }
        await time('s.waitFor', () => scope.getByText(text.ui.scenario.ending, { exact: true }).waitFor());
      }
    }
    if (process.env.MODE === 'dispatch') await time('next.click', () => frame.getByRole('button', { name: text.ui.next, exact: true }).dispatchEvent('click'));
    else if (process.env.MODE === 'evaluate') await time('next.click', () => frame.getByRole('button', { name: text.ui.next, exact: true }).evaluate((b: HTMLElement) => b.click()));
    else if (process.env.MODE === 'force') await time('next.click', () => frame.getByRole('button', { name: text.ui.next, exact: true }).click({ force: true }));
    else if (process.env.MODE === 'css') await time('next.click', () => frame.locator('course-app nav button.next, course-app button.next').first().click());
    else await time('next.click', () => press(frame.getByRole('button', { name: text.ui.next, exact: true })));
    await time('detached', () => frame.locator(`page-view[data-screen="${key}"]`).waitFor({ state: 'detached' }));
  }
  for (const [k, [ms, n]] of Object.entries(T)) console.log(k.padEnd(14), n, (ms).toFixed(0), (ms / n).toFixed(1));
});
