// Polish for hotel staff: chosen from the LMS learner preference in both SCORM versions, played
// through (every lesson in 2004; straight to the final test in 1.2), with the certificate in
// Polish. Jeugdhulp is offered in Dutch and English only.
import { expect, test } from './fixtures';
import { VERSIONS, committed, launch, lms, openAssessment, packageData, playLessons, takeAssessment } from './helpers';

for (const version of VERSIONS) {
  const is12 = version === 'scorm12';
  test(`hotel in SCORM ${is12 ? '1.2' : '2004'}: the LMS preference pl plays the ${is12 ? 'final test' : 'course'} in Polish to a passed certificate`, async ({ page }) => {
    const { structure, text } = packageData('hotel', version);
    const pl = text.pl;
    expect(structure.languages).toEqual(['nl', 'en', 'pl']);
    const frame = await launch(page, { course: 'hotel', version, lang: 'pl-PL', name: 'Kowalska, Anna' });
    await expect(frame.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(frame.getByRole('heading', { name: pl.course.welcome.title, level: 1 })).toBeVisible();
    await expect(frame.getByLabel(pl.ui.language).first()).toHaveValue('pl');
    if (is12) {
      await frame.getByRole('button', { name: pl.ui.start, exact: true }).click();
      await openAssessment(frame, pl);
    } else await playLessons(frame, structure, pl, { right: true, department: 'housekeeping', input: 'pointer' });
    // With the mouse (the other plays mostly answer by keyboard; see helpers.ts).
    await takeAssessment(frame, structure, pl, Infinity, undefined, 'pointer');
    await expect(frame.getByText(pl.ui.result.passed, { exact: true })).toBeVisible();
    const certificate = frame.locator('course-certificate');
    await expect(certificate).toContainText(pl.ui.certificate.title);
    await expect(certificate).toContainText(pl.course.title);
    await expect(certificate).toContainText('Anna Kowalska');
    await expect(certificate.locator('img.pictogram')).toHaveAttribute('alt', '');
    if (is12) expect(await committed(page, 'cmi.core.lesson_status')).toBe('passed');
    else expect(await committed(page, 'cmi.success_status')).toBe('passed');
    expect((await lms(page)).errors).toEqual([]);
  });
}

test('jeugdhulp offers only its own languages: a pl preference falls back, and the picker lists nl and en', async ({ page }) => {
  const { structure } = packageData('jeugdhulp', 'scorm2004');
  expect(structure.languages).toEqual(['nl', 'en']);
  const frame = await launch(page, { course: 'jeugdhulp', version: 'scorm2004', lang: 'pl-PL' });
  await expect(frame.locator('html')).not.toHaveAttribute('lang', 'pl');
  const options = await frame.locator('#welcome-language option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(options).toEqual(['nl', 'en']);
});
