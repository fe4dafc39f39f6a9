// Each course in each SCORM version, inside the scorm-again preview LMS: a reload resumes where
// the learner stopped. Full plays to a pass are in reporting.spec.ts (a failed then passed
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
