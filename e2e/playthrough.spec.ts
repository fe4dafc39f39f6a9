// A learner plays each course in each SCORM version inside the scorm-again preview LMS; the
// test then reads what the LMS holds after the last commit.
import { expect, test } from '@playwright/test';
import { lmsId } from '../src/lms/ids';
import { COURSES, VERSIONS, committed, launch, lms, packageData, playLessons, takeAssessment } from './helpers';

for (const course of COURSES) {
  for (const version of VERSIONS) {
    const is12 = version === 'scorm12';
    test.describe(`${course} in SCORM ${is12 ? '1.2' : '2004'}`, () => {
      const { structure, text } = packageData(course, version);

      test('a full pass is reported as passed, with score, objectives and a certificate', async ({ page }) => {
        const frame = await launch(page, { course, version, lang: 'nl-NL', name: 'Jansen, Eva' });
        const nl = text.nl;
        await playLessons(frame, structure, nl, { right: true, department: structure.departments?.[1] });
        const drawn = await takeAssessment(frame, structure, nl, Infinity);
        expect(drawn).toBe(structure.assessment.draw);
        await expect(frame.getByText(nl.ui.result.passed, { exact: true })).toBeVisible();
        await expect(frame.locator('course-certificate')).toContainText('Eva Jansen'); // the LMS's "Last, First", as a person reads it

        if (is12) {
          await expect.poll(() => committed(page, 'cmi.core.lesson_status')).toBe('passed');
          await expect.poll(() => committed(page, 'cmi.core.score.raw')).toBe('100');
        } else {
          await expect.poll(() => committed(page, 'cmi.completion_status')).toBe('completed');
          await expect.poll(() => committed(page, 'cmi.success_status')).toBe('passed');
          await expect.poll(() => committed(page, 'cmi.score.scaled')).toBe('1');
        }
        const held = (await lms(page)).committed!;
        const objectiveIds = Object.entries(held).filter(([k]) => /^cmi\.objectives\.\d+\.id$/.test(k)).map(([, v]) => v);
        expect(objectiveIds).toEqual(expect.arrayContaining(['signals', 'victim-blaming', 'next-steps', ...structure.lessons.map((l: any) => l.id)].map(lmsId)));
        // Every decision was right, so every competence scores 100.
        for (const id of ['signals', 'victim-blaming', 'next-steps']) {
          const slot = Object.entries(held).find(([k, v]) => /^cmi\.objectives\.\d+\.id$/.test(k) && v === lmsId(id))![0].split('.')[2];
          expect(held[`cmi.objectives.${slot}.score.raw`], id).toBe('100');
        }
        expect((await lms(page)).errors).toEqual([]);
      });

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
