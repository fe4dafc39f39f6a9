// The results report (npm run report) on the real Moodle exports in report/fixtures: the HTML
// file opens from disk in Chromium, fetches nothing, passes axe (WCAG 2.2 A/AA) in both
// languages, and prints. Figures themselves are checked in report/report.test.ts.
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const real = 'report/fixtures/moodle-4.5';
// The three real activities (hotel-scorm12 with the synthesised certificate codes in its
// Interactions report, and its Basic report as .xlsx), as text, Excel and ODS downloads.
const exports = [
  ...readdirSync(real).filter((f) => /\.(txt|csv)$/.test(f) && !/^hotel-scorm12\.(interactions|basic)/.test(f)).map((f) => join(real, f)),
  join(real, 'hotel-scorm12.basic.xlsx'),
  'report/fixtures/synthesised/hotel-scorm12-certificates.interactions.txt',
];

function writeReport(lang: 'nl' | 'en'): string {
  const out = join(mkdtempSync(join(tmpdir(), 'report-')), `report-${lang}.html`);
  execFileSync(process.execPath, ['report/cli.mjs', ...exports, '--lang', lang, '--org', 'institution', '--dept', 'department', '--out', out], { stdio: 'pipe' });
  return out;
}

for (const lang of ['nl', 'en'] as const) {
  test(`report (${lang}) opens from disk, loads nothing else and is axe-clean`, async ({ page }) => {
    const file = writeReport(lang);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'nl' ? 'Resultaten en certificering' : 'Results and certification');
    // One section per activity (grouped by what the files hold), and the definitions.
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(4);
    await expect(page.getByRole('img')).not.toHaveCount(0);
    // The code in the learner list and in the certificate lookup.
    await expect(page.getByRole('cell', { name: 'HOT-20261202-90-1W5X2J' })).toHaveCount(2);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);

    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
}

test('dist/catalogue.json documents the interaction-id scheme the report reads', () => {
  const { interactionIds } = JSON.parse(readFileSync('dist/catalogue.json', 'utf8'));
  expect(Object.keys(interactionIds.patterns)).toEqual(['<lesson>.<question>', '<lesson>.<scenario>.<step>', 'assessment.<question>.try<k>', 'certificate']);
  expect(interactionIds.matching).toContain("'-' written as '_'");
});
