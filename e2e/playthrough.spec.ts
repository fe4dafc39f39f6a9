// Each course in each SCORM version, inside the scorm-again preview LMS: a reload resumes where
// the learner stopped; a learner quicker than the network meets the same screens and focus. Full plays to a pass are in reporting.spec.ts (a failed then passed
// attempt, every value the LMS holds) and lms-profiles.spec.ts (Moodle and Chamilo behaviour);
// the scoring behind them is unit-tested in src/progress/.
import { expect, test } from './fixtures';
import { COURSES, VERSIONS, committed, launch, packageData } from './helpers';

for (const course of COURSES) {
  for (const version of VERSIONS) {
    const is12 = version === 'scorm12';
    test.describe(`${course} in SCORM ${is12 ? '1.2' : '2004'}`, () => {
      const { text } = packageData(course, version);

      test('resumes where the learner stopped after a reload', async ({ page }) => {
        const frame = await launch(page, { course, version, lang: 'en-GB' });
        const en = text.en;
        await frame.getByRole('button', { name: en.ui.start, exact: true }).click();
        await frame.getByRole('button', { name: en.ui.next, exact: true }).click();
        const key = await frame.locator('page-view').getAttribute('data-screen');
        const heading = await frame.locator('page-view h1').textContent();
        await expect.poll(async () => committed(page, is12 ? 'cmi.core.lesson_location' : 'cmi.location')).toBe(key);
        await expect.poll(() => committed(page, is12 ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');

        const again = await launch(page, { course, version, lang: 'en-GB', fresh: false });
        await expect(again.locator('page-view')).toHaveAttribute('data-screen', key!);
        await expect(again.locator('page-view h1')).toHaveText(heading!);
      });
    });
  }
}

// The later screens (lesson-screens.js) and the help panel's pictograms load after the first
// screen. Held back here, as on a slow hotel Wi-Fi: help still shows its pictograms, Start shows
// "loading", and once the chunk is in the first page opens with focus on its heading.
test('a learner quicker than the later screens gets help with pictograms, then the first page with focus', async ({ page }) => {
  const { structure, text } = packageData('hotel', 'scorm2004');
  const en = text.en;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/lesson-screens.js', async (route) => {
    await held;
    await route.continue();
  });
  const frame = await launch(page, { course: 'hotel', version: 'scorm2004', lang: 'en-GB' });

  await frame.getByRole('button', { name: en.ui.help.open, exact: true }).first().click();
  const pictograms = frame.locator('help-panel dialog img.pictogram');
  await expect(pictograms).toHaveCount(structure.help.filter((r: { icon?: string }) => r.icon).length);
  for (const img of await pictograms.all()) {
    await expect(img).toHaveAttribute('alt', '');
    await expect(img).toHaveAttribute('aria-hidden', 'true');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(frame.locator('help-panel dialog')).toBeHidden();

  await frame.getByRole('button', { name: en.ui.start, exact: true }).press('Enter');
  await expect(frame.getByRole('status').filter({ hasText: en.ui.loading })).toBeVisible();
  release();
  const heading = frame.locator('page-view h1');
  await expect(heading).toBeVisible();
  await expect.poll(() => heading.evaluate((h) => (h.getRootNode() as ShadowRoot).activeElement === h)).toBe(true);
});
