// WCAG 2.2 A/AA on every kind of screen (axe-core) and a keyboard-only run through each course,
// in every language the course offers (hotel: Dutch, English, Polish). The course runs standalone here (its launch page opened directly), so axe
// checks the course itself and not the preview LMS around it.
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import { COURSES, packageData, takeAssessment, unpack } from './helpers';
import { announcedIn, focusProblems, focusReport, layoutReport, rememberLiveRegions, type FocusReport } from './wcag-checks';

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

/** The element that has focus, through shadow roots, with what 2.4.11, 2.4.7 and 4.1.2 ask of it. */
const focused = (page: Page) => page.evaluate(focusReport);

/**
 * A keyboard play's findings: every focus stop and every screen is checked on the way, and the
 * problems are collected so one run names them all.
 */
class Findings {
  readonly problems = new Set<string>();
  focus(f: FocusReport | null, where: string) {
    if (f) for (const p of focusProblems(f, where)) this.problems.add(p);
    return f;
  }
  add(problem: string) {
    this.problems.add(problem);
  }
}

/** Presses Tab until `match` has focus; fails if it never does (unreachable or a trap). Checks every stop on the way. */
async function tabTo(page: Page, match: (f: FocusReport) => boolean, what: string, findings?: Findings) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    findings?.focus(f, `Tab towards ${what}`);
    if (f && match(f)) {
      expect(f.outline, `visible focus on ${what}`).toBe(true);
      return f;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

const pressButton = async (page: Page, name: string, findings?: Findings) => {
  await tabTo(page, (f) => f.tag === 'button' && f.text === name, `button "${name}"`, findings);
  await page.keyboard.press('Enter');
};

/** Selects an option of a radio group with the arrow keys (or a checkbox with Space). */
async function choose(page: Page, label: string, findings?: Findings) {
  const f = await tabTo(page, (f) => f.tag === 'input' && (f.type === 'checkbox' ? f.label === label : true) && f.label.length > 0, `an option`, findings);
  if (f.type === 'checkbox') return page.keyboard.press('Space');
  for (let i = 0; i < 6; i++) {
    const now = findings?.focus(await focused(page), `option "${label}"`) ?? (await focused(page));
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

  // A keyboard-only play in every language, start to certificate and the sources, checking on the
  // way what axe cannot: every focus stop clear of the header and pager (2.4.11) with a role, a
  // name and a visible focus style; every screen at 400 % of 1280 px (320 × 256) with and without
  // WCAG's text spacing (1.4.10, 1.4.12); every verdict in a status region that was there before
  // the answer (4.1.3). The course's first language plays in the audit's desktop window, the
  // others on a phone, so focus is checked at both sizes.
  for (const [index, lang] of (structure.languages as string[]).entries()) {
    const viewport = index === 0 ? { width: 1280, height: 800 } : { width: 360, height: 740 };
    test(`${course} (${lang}): keyboard only, start to certificate; focus never hidden, 400 % zoom, verdicts announced`, async ({ page }) => {
      test.setTimeout(240_000);
      const tx = text[lang];
      const findings = new Findings();
      await page.setViewportSize(viewport);
      await open(page, course, lang);
      /** The screen at 320 × 256 CSS px: pinned parts leave at least half the viewport, nothing scrolls sideways. */
      const zoomed = async (where: string) => {
        await page.setViewportSize({ width: 320, height: 256 });
        const { plain, spaced } = await page.evaluate(layoutReport);
        await page.setViewportSize(viewport);
        for (const [how, l] of [['', plain], [' with text spacing', spaced]] as const) {
          if (l.pinned > 0.5) findings.add(`${where} at 320×256${how}: header and pager cover ${Math.round(l.pinned * 100)} % of the viewport (1.4.10)`);
          if (l.overflow > 0) findings.add(`${where} at 320×256${how}: scrolls ${l.overflow} px sideways (1.4.10, 1.4.12)`);
        }
      };
      /** After an answer: the verdict went into a status region made before it, and the focused feedback is not live as well. */
      const announced = async (block: Locator, what: string, where: string) => {
        const region = await block.evaluate(announcedIn, what);
        if (region !== 'before') findings.add(`${where}: "${what}" ${region === 'new' ? 'only in a live region made with it' : 'in no live region'} (4.1.3)`);
      };
      const focusAfter = async (where: string) => {
        const f = findings.focus(await focused(page), where);
        if (f?.liveToo) findings.add(`${where}: the focused ${f.tag} is live as well, so it is read twice (4.1.3)`);
      };
      await zoomed('welcome');
      await page.keyboard.press('Tab'); // into the page
      // The help panel opens from the keyboard and Escape closes it, giving focus back.
      await pressButton(page, tx.ui.help.open, findings);
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect.poll(async () => (await focused(page))?.text).toBe(tx.ui.help.open);
      await pressButton(page, tx.ui.start, findings);
      let answeredWrong = false;
      for (;;) {
        const view = page.locator('page-view');
        if (!(await view.count())) break;
        const key = (await view.getAttribute('data-screen'))!;
        await expect.poll(async () => (await focused(page))?.tag, { message: `focus on the heading of ${key}` }).toBe('h1');
        findings.focus(await focused(page), `heading of ${key}`);
        const [l, p] = key.split('.').map(Number);
        const lesson = structure.lessons[l];
        const t = tx.lessons[lesson.id].blocks;
        for (const block of lesson.pages[p].blocks) {
          if (block.type === 'question') {
            // The first check of the play is answered wrongly, so the right answer is shown too.
            const wrong = !answeredWrong;
            answeredWrong = true;
            const chosen = wrong ? block.options.filter((o: string) => !block.correct.includes(o)).slice(0, 1) : block.options.filter((o: string) => block.correct.includes(o));
            for (const option of chosen) await choose(page, t[block.id].options[option].label, findings);
            const element = page.locator('question-block', { has: page.getByRole('group', { name: t[block.id].prompt, exact: true }) });
            await element.evaluate(rememberLiveRegions);
            await pressButton(page, tx.ui.check, findings);
            const verdict = wrong ? tx.ui.notRight : tx.ui.right;
            await expect(element.getByText(verdict, { exact: true }).first()).toBeVisible();
            await announced(element, verdict, `${key} ${block.id}`);
            await focusAfter(`${key} ${block.id} after ${tx.ui.check}`);
          }
          if (block.type === 'scenario') {
            const element = page.locator('scenario-block', { has: page.getByRole('heading', { name: t[block.id].title, exact: true }) });
            for (let at = block.start, taken = 1; !block.endings.includes(at); taken++) {
              const option = block.steps[at].options.find((o: any) => o.correct);
              await choose(page, t[block.id].steps[at].options[option.id].label, findings);
              await element.evaluate(rememberLiveRegions);
              await pressButton(page, tx.ui.scenario.decide, findings);
              await expect(element.locator('.taken')).toHaveCount(taken);
              await announced(element, tx.ui.right, `${key} ${block.id} step ${at}`);
              await focusAfter(`${key} ${block.id} step ${at} after ${tx.ui.scenario.decide}`);
              at = option.next;
            }
            await announced(element, tx.ui.scenario.ending, `${key} ${block.id} ending`);
          }
        }
        await zoomed(key);
        await pressButton(page, tx.ui.next, findings);
        await expect(page.locator(`page-view[data-screen="${key}"]`)).toHaveCount(0);
      }
      await expect.poll(async () => (await focused(page))?.tag).toBe('h1');
      await zoomed('final test');
      for (let n = 1; ; n++) {
        const legend = (await page.locator('assessment-view legend').textContent())!.trim();
        const q = structure.assessment.bank.find((b: any) => tx.assessment.blocks[b.id].prompt === legend);
        const order = await page.getByRole('group', { name: legend, exact: true }).locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
        for (const option of order.filter((o) => q.correct.includes(o))) await choose(page, tx.assessment.blocks[q.id].options[option].label, findings);
        if (n === structure.assessment.draw) break;
        await pressButton(page, tx.ui.assessment.nextQuestion, findings);
        // Focus goes to "Question n of total", so the next Tab reaches the new options.
        await expect.poll(async () => (await focused(page))?.text).toBe(tx.ui.assessment.questionOf.replace('{{n}}', String(n + 1)).replace('{{total}}', String(structure.assessment.draw)));
        await focusAfter(`final test, question ${n + 1}`);
      }
      await pressButton(page, tx.ui.assessment.submit, findings);
      await expect(page.getByText(tx.ui.result.passed, { exact: true })).toBeVisible();
      await expect.poll(async () => (await focused(page))?.tag).toBe('h1');
      await expect(page.locator('course-certificate')).toBeVisible();
      await zoomed('result with certificate');
      await pressButton(page, tx.ui.menu, findings);
      await pressButton(page, tx.ui.screens.sources, findings);
      await expect.poll(async () => (await focused(page))?.text).toBe(tx.ui.screens.sources);
      await zoomed('sources');
      expect([...findings.problems]).toEqual([]);
    });
  }
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
