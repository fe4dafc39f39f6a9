// Drives the preview LMS (preview/host.js) and the course inside its iframe, the way a learner
// and an LMS would. Correct answers are read from the package's own course.json, never hard-coded.
import type { BrowserContext, FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { joinLocale } from '../builder/locale-parts.mjs';

export type Version = 'scorm12' | 'scorm2004';
export const COURSES = ['hotel', 'jeugdhulp'] as const;
export const VERSIONS: Version[] = ['scorm12', 'scorm2004'];

export function unpack(course: string, version: Version): Record<string, string> {
  const files = unzipSync(readFileSync(`dist/${course}-${version}.zip`));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export function packageData(course: string, version: Version) {
  const files = unpack(course, version);
  const structure = JSON.parse(files['course.json']);
  return { structure, text: Object.fromEntries(structure.languages.map((l: string) => [l, localeOf(files, l)])) as Record<string, any> };
}

/** A language's texts as the player holds them once both parts are in (first screen + the rest). */
function localeOf(files: Record<string, string>, language: string) {
  return joinLocale(JSON.parse(files[`locales/${language}.json`]), JSON.parse(files[`locales/${language}.rest.json`]));
}

export interface LmsView {
  /** every API call, with the LMS page's clock (ms) when it arrived */
  calls: { name: string; args: string[]; result: string; error: string; at: number }[];
  errors: { name: string; args: string[]; result: string; error: string }[];
  commits: number;
  committed: Record<string, string> | null;
  /** the API the LMS offered: the package's own, or the other when the profile has only that */
  api: Version;
  /** seconds the LMS stores as total time */
  totalSeconds: number;
  /** bytes of the saves sent while the course unloaded, and those refused for passing the beacon budget */
  beaconBytes: number;
  beaconRefused: number;
  /** every save that arrived: the course's (`course`) or the LMS's own on leaving (`xhr`, `beacon`), with the session time it carried */
  saves: { how: 'course' | 'xhr' | 'beacon'; at: number; sessionTime?: string }[];
  /** saves made after the LMS page had gone (Chamilo's profile): they reached no server */
  lostSaves: { how: string; at: number }[];
}

/** Browser contexts in which the preview LMS has run (and may have stored a learner's data). */
const launched = new WeakSet<BrowserContext>();

export async function launch(page: Page, opts: { course: string; version: Version; lang?: string; name?: string; mastery?: number; fresh?: boolean; extra?: string }) {
  // The package is always served under a strict Content-Security-Policy (see fixtures.ts).
  const q = new URLSearchParams({ course: opts.course, version: opts.version, csp: '1' });
  if (opts.lang) q.set('lang', opts.lang);
  if (opts.name) q.set('name', opts.name);
  if (opts.mastery !== undefined) q.set('mastery', String(opts.mastery));
  // The LMS page at desktop size, as an administrator's LMS shows it: course frame and inspector
  // both fit, so no click needs the host page to scroll. Phone sizes are tested standalone.
  await page.setViewportSize({ width: 1280, height: 800 });
  // A fresh launch forgets what the preview LMS stored; a context's first launch has nothing to forget.
  if (opts.fresh !== false && launched.has(page.context())) {
    await page.goto('/courses.json');
    await page.evaluate(() => localStorage.clear());
  }
  launched.add(page.context());
  await page.goto(`/?${q}${opts.extra ?? ''}`);
  const frame = page.frameLocator('#course');
  await expect(frame.locator('course-app h1, course-app main h1').first()).toBeVisible({ timeout: 20_000 });
  return frame;
}

export const lms = (page: Page) => page.evaluate(() => (window as any).lms as LmsView);

/**
 * The learner leaves by the LMS's navigation, in the order the profile's LMS unloads (Chamilo's
 * page goes first, with its own leaving saves; otherwise the course frame navigates away and its
 * pagehide saves). Waits for the course's last call.
 */
export async function leave(page: Page, is12Api: boolean) {
  await page.evaluate(() => (window as any).leaveCourse());
  const terminate = is12Api ? 'LMSFinish' : 'Terminate';
  await expect.poll(async () => (await lms(page)).calls.some((c) => c.name === terminate)).toBe(true);
}

/** The cmi value the LMS holds after the last successful commit. */
export async function committed(page: Page, element: string): Promise<string | undefined> {
  return (await lms(page)).committed?.[element];
}

/**
 * How a play gives its answers. `keys`: focus an option and press Space, focus a button and press
 * Enter, as a keyboard user does. `pointer`: mouse clicks, each after Playwright has checked that
 * the target is visible, still, enabled and not covered. Both are real input through the browser;
 * keys costs the browser about a third as much per step, so the long plays use it, and the
 * pointer plays (polish.spec.ts, faults.spec.ts) keep every control tested under the mouse too.
 */
export type Input = 'keys' | 'pointer';

const choose = (option: Locator, input: Input) => (input === 'keys' ? option.press('Space') : option.check());
const press = (button: Locator, input: Input) => (input === 'keys' ? button.press('Enter') : button.click());

/** Answers every knowledge check and scenario on the current page, right or wrong. */
async function playPage(frame: FrameLocator, structure: any, text: any, lessonIndex: number, pageIndex: number, right: boolean, input: Input) {
  const lesson = structure.lessons[lessonIndex];
  const page = lesson.pages[pageIndex];
  const t = text.lessons[lesson.id].blocks;
  for (const block of page.blocks) {
    if (block.type === 'question') {
      const chosen = right ? block.correct : block.options.filter((o: string) => !block.correct.includes(o)).slice(0, 1);
      const scope = frame.locator('question-block', { has: frame.getByRole('group', { name: t[block.id].prompt, exact: true }) });
      for (const option of chosen) await choose(scope.getByLabel(t[block.id].options[option].label, { exact: true }), input);
      await press(scope.getByRole('button', { name: text.ui.check, exact: true }), input);
      await scope.getByText(right ? text.ui.right : text.ui.notRight, { exact: true }).waitFor();
    }
    if (block.type === 'scenario') {
      const scope = frame.locator('scenario-block', { has: frame.getByRole('heading', { name: t[block.id].title, exact: true }) });
      for (let at = block.start; !block.endings.includes(at); ) {
        const step = block.steps[at];
        const option = step.options.find((o: any) => !!o.correct === right) ?? step.options[0];
        await choose(scope.getByLabel(t[block.id].steps[at].options[option.id].label, { exact: true }), input);
        await press(scope.getByRole('button', { name: text.ui.scenario.decide, exact: true }), input);
        at = option.next;
      }
      await scope.getByText(text.ui.scenario.ending, { exact: true }).waitFor();
    }
  }
}

/** The lesson page on screen ("lesson.page"), or null when the screen is not a lesson page. */
async function currentPage(frame: FrameLocator): Promise<string | null> {
  return frame.locator('page-view').evaluateAll((views) => views[0]?.getAttribute('data-screen') ?? null);
}

/**
 * Plays from the welcome screen through the lesson pages of the route, answering every check and
 * scenario; stops at the assessment (or result), or after the first page for which `until` holds.
 * Returns the page keys played.
 */
export async function playLessons(
  frame: FrameLocator,
  structure: any,
  text: any,
  opts: { right?: boolean; department?: string; until?: (played: string[]) => boolean; input?: Input } = {},
): Promise<string[]> {
  const input = opts.input ?? 'keys';
  if (structure.departments && opts.department) {
    await choose(frame.getByLabel(text.course.departments[opts.department], { exact: true }), input);
  }
  await press(frame.getByRole('button', { name: text.ui.start, exact: true }), input);
  // The first screen after the welcome is a lesson page (its texts may still be on their way).
  await expect(frame.locator('page-view')).toBeVisible();
  const played: string[] = [];
  for (let key = await currentPage(frame); key; key = await currentPage(frame)) {
    expect(played, 'each Next shows a new page').not.toContain(key);
    const [lesson, page] = key.split('.').map(Number);
    await playPage(frame, structure, text, lesson, page, opts.right ?? true, input);
    played.push(key);
    if (opts.until?.(played)) break;
    await press(frame.getByRole('button', { name: text.ui.next, exact: true }), input);
    await frame.locator(`page-view[data-screen="${key}"]`).waitFor({ state: 'detached' });
  }
  return played;
}

/** Opens the final test from the course menu, wherever the learner is. */
export async function openAssessment(frame: FrameLocator, text: any) {
  await frame.getByRole('button', { name: text.ui.menu, exact: true }).click();
  await frame.getByRole('button', { name: text.ui.screens.assessment, exact: true }).click();
}

/**
 * Answers the drawn questions one screen at a time: `rightCount` of them correctly, the rest
 * wrongly; `given` collects the choices by question id, in the order answered. `think` ms are
 * spent on a question before answering it (by its index), as a learner who reads.
 */
export async function takeAssessment(
  frame: FrameLocator | Page,
  structure: any,
  text: any,
  rightCount: number,
  given?: Map<string, string[]>,
  input: Input = 'keys',
  think: (index: number) => number = () => 0,
) {
  await expect(frame.getByRole('heading', { name: text.ui.assessment.title, level: 1 })).toBeVisible();
  const ui = text.ui.assessment;
  let answered = 0;
  for (;;) {
    const legend = (await frame.locator('assessment-view legend').textContent())!.trim();
    const q = structure.assessment.bank.find((b: any) => text.assessment.blocks[b.id].prompt === legend);
    if (!q) throw new Error(`no bank question "${legend}"`);
    const chosen = answered < rightCount ? q.correct : q.options.filter((o: string) => !q.correct.includes(o)).slice(0, 1);
    const pause = think(answered);
    if (pause) await new Promise((done) => setTimeout(done, pause));
    answered++;
    given?.set(q.id, chosen);
    const group = frame.getByRole('group', { name: legend, exact: true });
    for (const option of chosen) await choose(group.getByLabel(text.assessment.blocks[q.id].options[option].label, { exact: true }), input);
    const next = frame.getByRole('button', { name: ui.nextQuestion, exact: true });
    if (!(await next.count())) break;
    await press(next, input);
    await frame.locator('assessment-view legend', { hasNotText: legend }).waitFor();
  }
  await press(frame.getByRole('button', { name: ui.submit, exact: true }), input);
  await expect(frame.getByRole('heading', { name: text.ui.result.title, level: 1 })).toBeVisible();
  return answered;
}
