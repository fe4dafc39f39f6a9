// WCAG 2.2 A/AA on every kind of screen (axe-core) and a keyboard-only run through each course,
// in every language the course offers (hotel: Dutch, English, Polish). The course runs standalone here (its launch page opened directly), so axe
// checks the course itself and not the preview LMS around it.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import { COURSES, packageData, takeAssessment, unpack } from './helpers';

async function open(page: Page, course: string, lang: string) {
  await page.goto(`/pkg/${course}-scorm2004/index.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('course-app')).toBeVisible();
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current !== lang) {
    await page.getByLabel(/^(Taal|Language|Język)$/).first().selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
}

async function expectNoViolations(page: Page, screen: string) {
  expect((await axeViolations(page)).map((v) => `${screen}: ${v}`)).toEqual([]);
}

/** The element that has focus, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    const label = el.closest('label')?.textContent?.trim() ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      type: (el as HTMLInputElement).type ?? '',
      value: (el as HTMLInputElement).value ?? '',
      text: (el.textContent ?? '').trim(),
      label,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

/** Presses Tab until `match` has focus; fails if it never does (unreachable or a trap). */
async function tabTo(page: Page, match: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, what: string) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && match(f)) {
      expect(f.outline, `visible focus on ${what}`).toBe(true);
      return f;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

const pressButton = async (page: Page, name: string) => {
  await tabTo(page, (f) => f.tag === 'button' && f.text === name, `button "${name}"`);
  await page.keyboard.press('Enter');
};

/** Selects an option of a radio group with the arrow keys (or a checkbox with Space). */
async function choose(page: Page, label: string) {
  const f = await tabTo(page, (f) => f.tag === 'input' && (f.type === 'checkbox' ? f.label === label : true) && f.label.length > 0, `an option`);
  if (f.type === 'checkbox') return page.keyboard.press('Space');
  for (let i = 0; i < 6; i++) {
    const now = await focused(page);
    if (now?.label === label) return page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option "${label}" in the focused group`);
}

test('the axe check sees violations inside the course\'s shadow roots', async ({ page }) => {
  await open(page, 'hotel', 'nl');
  expect(await axeViolations(page)).toEqual([]);
  // A button with no name, planted where the course's own elements render.
  await page.locator('course-app').evaluate((app) => app.shadowRoot!.append(document.createElement('button')));
  expect((await axeViolations(page)).join('\n')).toMatch(/^button-name \(critical\)/m);
});

for (const course of COURSES) {
  const { structure, text } = packageData(course, 'scorm2004');
  for (const lang of structure.languages as string[]) {
    const tx = text[lang];
    test(`${course} (${lang}): no WCAG 2.2 AA violations on any kind of screen`, async ({ page }) => {
      await open(page, course, lang);
      await expectNoViolations(page, 'welcome');
      await page.getByRole('button', { name: tx.ui.help.open, exact: true }).first().click();
      await expectNoViolations(page, 'help panel');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: tx.ui.menu, exact: true }).click();
      await expectNoViolations(page, 'menu with language switch');
      await page.getByRole('button', { name: tx.ui.menu, exact: true }).click();
      await page.getByRole('button', { name: tx.ui.start, exact: true }).click();
      await expectNoViolations(page, 'lesson page');
      // A scenario, before and after a decision.
      const l = structure.lessons.findIndex((x: any) => x.pages.some((p: any) => p.blocks.some((b: any) => b.type === 'scenario')));
      const lesson = structure.lessons[l];
      const p = lesson.pages.findIndex((pg: any) => pg.blocks.some((b: any) => b.type === 'scenario'));
      while ((await page.locator('page-view').getAttribute('data-screen')) !== `${l}.${p}`) {
        await page.getByRole('button', { name: tx.ui.next, exact: true }).click();
      }
      await expectNoViolations(page, 'scenario before a decision');
      const scenario = lesson.pages[p].blocks.find((b: any) => b.type === 'scenario');
      const wrong = scenario.steps[scenario.start].options.find((o: any) => !o.correct);
      await page.getByLabel(tx.lessons[lesson.id].blocks[scenario.id].steps[scenario.start].options[wrong.id].label, { exact: true }).check();
      await page.getByRole('button', { name: tx.ui.scenario.decide, exact: true }).click();
      await expectNoViolations(page, 'scenario after a decision');
      await page.getByRole('button', { name: tx.ui.menu, exact: true }).click();
      await page.getByRole('button', { name: tx.ui.screens.assessment, exact: true }).click();
      await expectNoViolations(page, 'final test');
      await page.locator('assessment-view input').first().check();
      await page.getByRole('button', { name: tx.ui.assessment.nextQuestion, exact: true }).click();
      await expectNoViolations(page, 'final test, second question');
      await takeAssessment(page, structure, tx, 0);
      await expectNoViolations(page, 'result');
      await page.getByRole('button', { name: tx.ui.menu, exact: true }).click();
      await page.getByRole('button', { name: tx.ui.screens.sources, exact: true }).click();
      // sources.json arrives after the first screen; every source the course cites is listed
      const cited = Object.values(JSON.parse(unpack(course, 'scorm2004')['sources.json'])) as { title: string }[];
      await expect(page.locator('sources-screen li')).toHaveCount(cited.length);
      await expect(page.locator('sources-screen')).toContainText(cited.at(-1)!.title);
      await expectNoViolations(page, 'sources');
    });
  }

  test(`${course}: keyboard only, start to certificate, focus on each new heading`, async ({ page }) => {
    test.setTimeout(240_000);
    const tx = text.nl;
    await open(page, course, 'nl');
    await page.keyboard.press('Tab'); // into the page
    // The help panel opens from the keyboard and Escape closes it, giving focus back.
    await pressButton(page, tx.ui.help.open);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect.poll(async () => (await focused(page))?.text).toBe(tx.ui.help.open);
    await pressButton(page, tx.ui.start);
    for (;;) {
      const view = page.locator('page-view');
      if (!(await view.count())) break;
      const key = (await view.getAttribute('data-screen'))!;
      await expect.poll(async () => (await focused(page))?.tag, { message: `focus on the heading of ${key}` }).toBe('h1');
      const [l, p] = key.split('.').map(Number);
      const lesson = structure.lessons[l];
      const t = tx.lessons[lesson.id].blocks;
      for (const block of lesson.pages[p].blocks) {
        if (block.type === 'question') {
          const right = block.options.filter((o: string) => block.correct.includes(o)); // in tab order
          for (const option of right) await choose(page, t[block.id].options[option].label);
          await pressButton(page, tx.ui.check);
        }
        if (block.type === 'scenario') {
          for (let at = block.start; !block.endings.includes(at); ) {
            const option = block.steps[at].options.find((o: any) => o.correct);
            await choose(page, t[block.id].steps[at].options[option.id].label);
            await pressButton(page, tx.ui.scenario.decide);
            at = option.next;
          }
        }
      }
      await pressButton(page, tx.ui.next);
      await expect(page.locator(`page-view[data-screen="${key}"]`)).toHaveCount(0);
    }
    await expect.poll(async () => (await focused(page))?.tag).toBe('h1');
    for (let n = 1; ; n++) {
      const legend = (await page.locator('assessment-view legend').textContent())!.trim();
      const q = structure.assessment.bank.find((b: any) => tx.assessment.blocks[b.id].prompt === legend);
      const order = await page.getByRole('group', { name: legend, exact: true }).locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      for (const option of order.filter((o) => q.correct.includes(o))) await choose(page, tx.assessment.blocks[q.id].options[option].label);
      if (n === structure.assessment.draw) break;
      await pressButton(page, tx.ui.assessment.nextQuestion);
      // Focus goes to "Question n of total", so the next Tab reaches the new options.
      await expect.poll(async () => (await focused(page))?.text).toBe(tx.ui.assessment.questionOf.replace('{{n}}', String(n + 1)).replace('{{total}}', String(structure.assessment.draw)));
    }
    await pressButton(page, tx.ui.assessment.submit);
    await expect(page.getByText(tx.ui.result.passed, { exact: true })).toBeVisible();
    await expect.poll(async () => (await focused(page))?.tag).toBe('h1');
    await expect(page.locator('course-certificate')).toBeVisible();
  });
}

test.describe('reflow', () => {
  // 320 CSS px wide is a 1280 px window at 400 % zoom, and narrower than any phone we expect.
  test.use({ viewport: { width: 320, height: 640 } });
  for (const course of COURSES) {
    test(`${course}: every screen fits 320 px without horizontal scrolling`, async ({ page }) => {
      const { text } = packageData(course, 'scorm2004');
      const tx = text.nl;
      await open(page, course, 'nl');
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const seen: string[] = [];
      expect(await overflow(), 'welcome').toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: tx.ui.start, exact: true }).click();
      while (await page.locator('page-view').count()) {
        const key = (await page.locator('page-view').getAttribute('data-screen'))!;
        seen.push(key);
        expect(await overflow(), `page ${key}`).toBeLessThanOrEqual(0);
        await page.getByRole('button', { name: tx.ui.next, exact: true }).click();
        await expect(page.locator(`page-view[data-screen="${key}"]`)).toHaveCount(0);
      }
      expect(await overflow(), 'final test').toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: tx.ui.help.open, exact: true }).first().click();
      expect(await overflow(), 'help').toBeLessThanOrEqual(0);
      expect(seen.length).toBeGreaterThan(10);
    });
  }
});
