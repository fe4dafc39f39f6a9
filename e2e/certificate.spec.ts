// The certificate prints on one A4 page with the LMS learner's name, and only after a pass; its
// date, score and code are those of the pass, whenever and in whichever language it is reopened.
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { committed, launch, packageData, takeAssessment } from './helpers';

const { structure, text } = packageData('hotel', 'scorm2004');
// Dutch and, where the course offers it, Polish: a longer language must still fit one page.
for (const lang of ['nl', 'pl'].filter((l) => structure.languages.includes(l))) test(`prints on exactly one A4 page with the learner name and the pictogram (${lang})`, async ({ page }) => {
  // A bare LMS in the course window itself, so the course's own document is what prints.
  const lms = readFileSync('node_modules/scorm-again/dist/scorm2004.min.js', 'utf8');
  await page.addInitScript(
    `${lms};window.API_1484_11=new Scorm2004API({logLevel:5});` +
      `Object.assign(window.API_1484_11.cmi,{learner_name:'Jansen, Eva',learner_id:'e.jansen'});` +
      `window.API_1484_11.cmi.learner_preference.language='${lang}';`,
  );
  await page.goto('/pkg/hotel-scorm2004/index.html');
  const nl = text[lang];
  await page.getByRole('button', { name: nl.ui.start, exact: true }).click();
  await page.getByRole('button', { name: nl.ui.menu, exact: true }).click();
  await page.getByRole('button', { name: nl.ui.screens.assessment, exact: true }).click();
  await takeAssessment(page, structure, nl, Infinity);
  await expect(page.locator('course-certificate')).toContainText('Eva Jansen');
  // The hotel course follows the NPST model but does not award its certificate, and says so.
  await expect(page.locator('course-certificate')).toContainText(nl.course.certificate.note);
  // The decorative pictogram is on the certificate, loaded, and hidden from assistive technology.
  const icon = page.locator('course-certificate img.pictogram');
  await expect(icon).toHaveAttribute('aria-hidden', 'true');
  await expect.poll(() => icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', printBackground: true });
  await test.info().attach(`certificate-${lang}.pdf`, { body: bytes, contentType: 'application/pdf' });
  const pdf = bytes.toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

/** Moves this page's clock (every frame) to `iso` and lets it run from there. */
async function clockAt(page: Page, iso: string) {
  await page.addInitScript((target) => {
    const Real = Date;
    const offset = new Real(target).getTime() - Real.now();
    class Shifted extends Real {
      constructor(...args: any[]) {
        if (args.length) super(...(args as [any]));
        else super(Real.now() + offset);
      }
      static override now() {
        return Real.now() + offset;
      }
    }
    (globalThis as any).Date = Shifted;
  }, iso);
}

test('reopened on another day, the certificate shows the date, score and code of the pass', async ({ page, context }) => {
  const { structure, text } = packageData('hotel', 'scorm2004');
  const nl = text.nl;
  await clockAt(page, '2026-12-02T10:00:00');
  // An LMS pass mark of 50 % lets the learner pass without the lessons, so the attempt stays open to reopen.
  const frame = await launch(page, { course: 'hotel', version: 'scorm2004', lang: 'nl-NL', mastery: 50 });
  await frame.getByRole('button', { name: nl.ui.start, exact: true }).click();
  await frame.getByRole('button', { name: nl.ui.menu, exact: true }).click();
  await frame.getByRole('button', { name: nl.ui.screens.assessment, exact: true }).click();
  await takeAssessment(frame, structure, nl, structure.assessment.draw - 1);
  const facts = frame.locator('course-certificate dd');
  await expect(facts.nth(0)).toHaveText('2 december 2026');
  const score = await facts.nth(1).textContent();
  const code = (await facts.nth(2).textContent())!;
  expect(code).toMatch(new RegExp(`^HOT-20261202-${score!.replace('%', '')}-[0-9A-HJKMNP-TV-Z]{6}$`));
  await expect.poll(() => committed(page, 'cmi.suspend_data')).toContain('20261202');

  const later = await context.newPage();
  await clockAt(later, '2026-12-05T09:00:00');
  const again = await launch(later, { course: 'hotel', version: 'scorm2004', lang: 'nl-NL', mastery: 50, fresh: false });
  const reopened = again.locator('course-certificate dd');
  await expect(reopened.nth(0)).toHaveText('2 december 2026');
  await expect(reopened.nth(1)).toHaveText(score!);
  await expect(reopened.nth(2)).toHaveText(code);
});
