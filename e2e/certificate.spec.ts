// The certificate prints on one A4 page with the LMS learner's name, and only after a pass.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { packageData, takeAssessment } from './helpers';

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
