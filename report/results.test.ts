// The report core as both front doors use it (issue 24): files grouped by what they hold,
// truncated and wrong files refused with the file named, Chamilo exports, the learner list, and
// the anonymised summary checked against its JSON Schema.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyse } from './report.mjs';
import { analyseFiles } from './core.mjs';
import { renderReport } from './render.mjs';
import { loadPackage } from './course-content.mjs';
import { readSpreadsheet } from './spreadsheet-node.mjs';
import { MIN_CELL, readSummary, summarise } from './summary.mjs';
import { combineSummaries, renderSector } from './sector.mjs';
import { scaleUp } from './synthesise.mjs';
import { ExportError, describeError } from './errors.mjs';
import { MESSAGES } from './messages.mjs';
import { STRINGS } from './strings.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const moodle = (name: string) => here(`fixtures/moodle-4.5/${name}`);
const chamiloDir = here('fixtures/chamilo-1.11');
const PACKAGES = [here('fixtures/hotel-package')];
const courses = PACKAGES.map(loadPackage);
const run = (files: Record<string, string | Uint8Array>, options: any = {}) =>
  analyseFiles(Object.entries(files).map(([name, content]) => ({ name, bytes: typeof content === 'string' ? Buffer.from(content) : content })), { courses, spreadsheet: readSpreadsheet, ...options });
const text = (name: string) => readFileSync(moodle(name), 'utf8');
const schema = z.fromJSONSchema(JSON.parse(readFileSync(here('summary.schema.json'), 'utf8')));

describe('one activity, whatever the browser called the files', () => {
  it('Moodle’s downloads saved as "… .txt", "… (1).txt", ".xlsx": one activity, the same figures as the named text files', () => {
    const name = 'HOTEL-12 Geen plek voor seksuele uitbuiting in ons hotel (SCORM 1.2)';
    const saved = run({
      [`${name}-20261202_0320-tab_separated.txt`]: readFileSync(moodle('hotel-scorm12.basic.txt')),
      [`${name}-20261202_0320-tab_separated (1).txt`]: readFileSync(moodle('hotel-scorm12.objectives.txt')),
      [`${name}.xlsx`]: readFileSync(moodle('hotel-scorm12.interactions.xlsx')),
      'HOTEL-12 Grades-20261202_0320-comma_separated.csv': readFileSync(moodle('hotel-scorm12.gradebook.csv')),
    });
    const named = analyse(['basic.txt', 'interactions.txt', 'objectives.txt', 'gradebook.csv'].map((k) => moodle(`hotel-scorm12.${k}`)), { packages: PACKAGES });
    expect(saved.activities).toHaveLength(1);
    const [a] = saved.activities;
    expect(Object.keys(a.activity.files).sort()).toEqual(['basic', 'gradebook', 'interactions', 'objectives']);
    expect(a.activity.scorm.version).toBe('1.2');
    expect(a.overview).toEqual(named.activities[0].overview);
    expect(a.certification.rows).toEqual(named.activities[0].certification.rows);
    expect(a.learners).toEqual(named.activities[0].learners);
  });

  it('the same download given twice is counted once and listed', () => {
    const basic = readFileSync(moodle('hotel-scorm12.basic.txt'));
    const r = run({ 'a.txt': basic, 'a (1).txt': basic });
    expect(r.activities).toHaveLength(1);
    expect(r.activities[0].activity.duplicates).toEqual([{ file: 'a (1).txt', sameAs: 'a.txt' }]);
    expect(r.activities[0].overview.learners).toBe(12);
  });
});

describe('a truncated or mismatched file is refused, naming the file, the row and what is missing', () => {
  const interactions = text('hotel-scorm12.interactions.txt');

  it('an Interactions report cut in the middle of a row', () => {
    const cut = interactions.slice(0, Math.floor(interactions.length * 0.45));
    expect(() => run({ 'cut.txt': cut })).toThrow(/^cut\.txt, row \d+: the file ends in the middle of this row .*download it again/);
  });

  it('an Interactions report cut at a line break: the Basic report of the same activity shows what is missing', () => {
    const lines = interactions.split('\n');
    const cut = lines.slice(0, 6).join('\n') + '\n';
    expect(() => run({ 'basic.txt': text('hotel-scorm12.basic.txt'), 'inter.txt': cut })).toThrow(/^inter\.txt: lists \d of the 10 attempts that basic\.txt lists .*missing: Learner \d\d \(attempt \d, row \d+\)/);
  });

  it('a cut report with only the gradebook beside it: the gradebook’s grades show what is missing', () => {
    const lines = interactions.split('\n');
    const cut = lines.slice(0, 4).join('\n') + '\n';
    expect(() => run({ 'inter.txt': cut, 'grades.csv': text('hotel-scorm12.gradebook.csv') })).toThrow(/^inter\.txt: has no attempt for learners the gradebook grades\.csv gives a grade: Learner/);
  });

  it('a gradebook given as the Interactions report', () => {
    expect(() => run({ 'hotel-scorm12.interactions.txt': text('hotel-scorm12.gradebook.csv') })).toThrow('hotel-scorm12.interactions.txt: the name says a SCORM Interactions report, but the file holds a gradebook export');
  });

  it('a file that is no LMS export at all', () => {
    expect(() => run({ 'notes.csv': 'Dag;Wat\nma;koffie\n' })).toThrow(/^notes\.csv, row 1: not an LMS export this report reads/);
  });

  it('a broken spreadsheet', () => {
    const xlsx = readFileSync(moodle('hotel-scorm12.interactions.xlsx'));
    expect(() => run({ 'half.xlsx': xlsx.subarray(0, 4000) })).toThrow(/^half\.xlsx: this spreadsheet cannot be read/);
  });
});

describe('every message the report gives is in the page’s or --lang’s language, with its data kept', () => {
  const interactions = text('hotel-scorm12.interactions.txt');
  const caught = (files: Record<string, string>) => {
    try {
      run(files);
    } catch (error) {
      return error as ExportError;
    }
    throw new Error('no error');
  };

  it('a truncated file: one ExportError with file, row and the missing column; Dutch and English words', () => {
    const error = caught({ 'cut.txt': interactions.slice(0, Math.floor(interactions.length * 0.45)) });
    expect(error).toBeInstanceOf(ExportError);
    expect(error.key).toBe('endsMidRow');
    expect(error.file).toBe('cut.txt');
    expect(error.row).toBeGreaterThan(1);
    expect(error.params.missing).toMatch(/^(Question|Response|Right answer|Result) \d+$/);
    expect(error.describe('nl')).toMatch(new RegExp(`^cut\\.txt, rij ${error.row}: het bestand stopt midden in deze rij .*download het opnieuw\\.$`));
    expect(error.describe('en')).toBe(error.message);
    expect(error.describe('en')).toMatch(new RegExp(`^cut\\.txt, row ${error.row}: the file ends in the middle of this row`));
  });

  it('a missing-attempts list and a wrong file, in both languages', () => {
    const cut = interactions.split('\n').slice(0, 6).join('\n') + '\n';
    const missing = caught({ 'basic.txt': text('hotel-scorm12.basic.txt'), 'inter.txt': cut });
    expect(missing.params.missing[0]).toEqual({ name: expect.stringMatching(/^Learner \d\d$/), attempt: expect.any(Number), row: expect.any(Number) });
    expect(missing.describe('nl')).toMatch(/^inter\.txt: dit bestand noemt \d van de 10 pogingen die basic\.txt noemt .*Ontbreekt: Learner \d\d \(poging \d, rij \d+\)/);
    const wrong = caught({ 'hotel.interactions.txt': text('hotel-scorm12.gradebook.csv') });
    expect(wrong.params).toEqual({ named: 'interactions', holds: 'gradebook' });
    expect(describeError(wrong, 'nl')).toBe('hotel.interactions.txt: de naam zegt een SCORM-interactierapport (Interactions report), maar het bestand bevat een export van het cijferboek. Uit dit bestand is niets geteld. Kijk of je de goede download hebt gekozen.');
    expect(describeError(wrong, 'en')).toBe('hotel.interactions.txt: the name says a SCORM Interactions report, but the file holds a gradebook export. Nothing from it was counted; check that you picked the right download.');
  });

  it('a bad cell names its column in both languages; an unexpected error is named as such', () => {
    const error = caught({ 'b.txt': text('hotel-scorm12.basic.txt').replace('\t90\t90/100', '\tsixty\t90/100') });
    expect(error.column).toBeTruthy();
    expect(error.describe('nl')).toContain(`kolom "${error.column}": "sixty" is geen score van 0 tot 100.`);
    expect(describeError(new TypeError('x is undefined'), 'nl')).toMatch(/^er ging iets mis .*\(x is undefined\)/);
  });

  it('both languages have every message, every kind of file and every reason a file is not used', () => {
    expect(Object.keys(MESSAGES.nl.messages).sort()).toEqual(Object.keys(MESSAGES.en.messages).sort());
    expect(Object.keys(MESSAGES.nl.kinds).sort()).toEqual(Object.keys(MESSAGES.en.kinds).sort());
    expect(Object.keys(STRINGS.nl.notUsed).sort()).toEqual(Object.keys(STRINGS.en.notUsed).sort());
    const keys = (o: any, at = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${at}${k}.`) : [`${at}${k}`]));
    expect(keys(STRINGS.nl).sort()).toEqual(keys(STRINGS.en).sort());
  });

  it('a Chamilo download that is not used says why, in the report’s language', () => {
    const tools = 'course-reporting_course-tools.csv';
    const r = analyseFiles([{ name: tools, bytes: readFileSync(`${chamiloDir}/${tools}`) }], { courses: [] });
    expect(r.ignored.length).toBe(1);
    expect(renderReport(r, { lang: 'nl' })).toMatch(/Herkend maar niet gebruikt:.*in Chamilo/s);
    expect(renderReport(r, { lang: 'en' })).toMatch(/Recognised but not used:.*Chamilo’s/s);
  });
});

describe('Chamilo 1.11 exports (real, fixtures/chamilo-1.11)', () => {
  const files = readdirSync(chamiloDir).filter((f) => /\.(csv|xlsx)$/.test(f));
  const r = run(Object.fromEntries(files.map((f) => [f, readFileSync(`${chamiloDir}/${f}`)])));
  const [a] = r.activities;

  it('six learners with status, score and organisation (status from the learning-path details)', () => {
    expect(r.activities).toHaveLength(1);
    expect(a.activity.lms).toBe('chamilo');
    expect(a.activity.course.id).toBe('hotel');
    const list = Object.fromEntries(a.learners.map((l: any) => [l.login, [l.organisation, l.status, l.score, l.statusFrom]]));
    expect(list).toEqual({
      deelnemer01: ['Hotel Haven', 'passed', 100, 'lms'],
      deelnemer02: ['Hotel Haven', 'passed', 90, 'lms'],
      deelnemer03: ['Hotel Haven', 'failed', 70, 'lms'],
      deelnemer04: ['Camping De Vlier', 'passed', 100, 'lms'],
      deelnemer05: ['Camping De Vlier', 'failed', 0, 'lms'],
      deelnemer06: ['Camping De Vlier', 'incomplete', null, 'lms'],
    });
    expect(a.learners.find((l: any) => l.login === 'deelnemer01').email).toBe('deelnemer01@example.invalid');
  });

  it('pass rates and the 60 % roll-up per organisation', () => {
    expect(a.overview).toMatchObject({ learners: 6, started: 6, completed: 5, passed: 3, attempts: null });
    const rows = Object.fromEntries(a.certification.rows.map((x: any) => [x.name, [x.passed, x.staff, x.reaches]]));
    expect(rows).toEqual({ 'Hotel Haven': [2, 3, true], 'Camping De Vlier': [1, 3, false] });
  });

  it('without the learning-path details the status is derived from progress and score, and the same', () => {
    const without = run(Object.fromEntries(files.filter((f) => !f.startsWith('learning-path-details')).map((f) => [f, readFileSync(`${chamiloDir}/${f}`)])));
    expect(without.activities[0].learners.map((l: any) => [l.login, l.status, l.statusFrom])).toEqual(a.learners.map((l: any) => [l.login, l.status, 'derived']));
  });

  it('says what Chamilo does not export, and lists the downloads it does not use', () => {
    const html = renderReport(r, { lang: 'nl' });
    expect(html).toContain('Chamilo exporteert geen antwoorden (interacties)');
    expect(html).toContain('Chamilo exporteert geen certificaatcodes');
    expect(r.ignored.map((x: any) => x.file).sort()).toEqual(['course-reporting_course-tools.csv', 'course-reporting_resources.csv', 'course-reporting_resources.xlsx', 'course-reporting_tests.xlsx']);
  });
});

describe('the learner list and the organisation roll-up', () => {
  const basic = text('hotel-scorm12.basic.txt');

  it('a learner with no institution is "no organisation recorded", outside the 60 % roll-up', () => {
    const r = run({ 'b.txt': basic.replace('"Learner 01"\tlearner01@example.invalid\t"Hotel Noord"', '"Learner 01"\tlearner01@example.invalid\t') });
    const c = r.activities[0].certification;
    expect(c.rows.map((x: any) => x.name)).toEqual(['Hotel Centrum', 'Hotel Noord', 'Vakantiepark Duin']);
    expect(c.rows.find((x: any) => x.name === 'Hotel Noord')).toMatchObject({ staff: 3, passed: 2 });
    expect(c.unrecorded).toMatchObject({ name: '', staff: 1, passed: 1 });
    const html = renderReport(r, { lang: 'nl' });
    expect(html).toContain('Geen organisatie vastgelegd');
    expect(html).not.toContain('(leeg)');
  });

  it('status, score, attempts, tries to pass, date and code per learner', () => {
    const r = analyse(['interactions.txt', 'gradebook.csv'].map((k) => here(`fixtures/synthesised/hotel-scorm12-certificates.${k}`)), { packages: PACKAGES });
    const byName = Object.fromEntries(r.activities[0].learners.map((l: any) => [l.name, l]));
    expect(byName['Learner 04']).toMatchObject({ status: 'passed', score: 90, attempts: 1, attemptsToPass: 2, organisation: 'Hotel Noord', department: 'Night' });
    expect(byName['Learner 05']).toMatchObject({ status: 'passed', attempts: 2, attemptsToPass: 2, certificate: 'HOT-20261202-100-Q87WDV' });
    expect(byName['Learner 10']).toMatchObject({ status: 'failed', score: 60, attemptsToPass: null });
    expect(byName['Learner 09'].status).toBe('incomplete');
    expect(byName['Learner 02'].status).toBe('notStarted');
  });

  it('shows the ids as the LMS wrote them, so a search for t_minderjarig finds the question', () => {
    const r = run({ 'i.txt': text('hotel-scorm12.interactions.txt').replace(/assessment\.t-minderjarig\.try/g, 'assessment.t_minderjarig.try') });
    const html = renderReport(r, { lang: 'en' });
    expect(html).toContain('assessment.t_minderjarig.try1, assessment.t_minderjarig.try2');
  });

  it('names, organisations and responses holding markup are text in the saved report', () => {
    const evil = basic.replace('"Learner 07"', '"<img src=x onerror=alert(1)>"').replace('"Hotel Centrum"', '"<script>alert(2)</script>"');
    const html = renderReport(run({ 'b.txt': evil }), { lang: 'nl' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
  });

  it('says plainly what the time between saves is, and uses plain Dutch', () => {
    const html = renderReport(analyse([moodle('hotel-scorm12.basic.txt')], { packages: PACKAGES }), { lang: 'nl' });
    expect(html).toContain('geen leertijd');
    expect(html).not.toMatch(/ondergrens|leerling/i);
  });
});

describe('the anonymised summary for the catalogue', () => {
  // 60 learners in three hotels (20 each), made from the real rows; one summary per hotel, as each would send it.
  const reports = Object.fromEntries(['basic', 'interactions', 'gradebook'].map((k) => [k, text(`hotel-scorm12.${k}.${k === 'gradebook' ? 'csv' : 'txt'}`)]));
  const big = scaleUp(reports, 60, 3);
  const r = run({ 'b.txt': big.basic, 'i.txt': big.interactions, 'g.csv': big.gradebook });
  const summary = summarise(r, { now: new Date('2026-12-07T10:00:00Z') });

  it('validates against summary.schema.json; anything else does not', () => {
    expect(schema.safeParse(summary).success).toBe(true);
    expect(schema.safeParse({ ...summary, version: 2 }).success).toBe(false);
    expect(schema.safeParse({ ...summary, entries: [{ ...summary.entries[0], name: 'Learner 01' }] }).success).toBe(false);
  });

  it('holds no name, e-mail or login, only figures per organisation and course', () => {
    const json = JSON.stringify(summary);
    expect(json).not.toMatch(/Learner|@|example\.invalid/);
    expect(summary.entries.map((e: any) => [e.organisation, e.learners, e.course.id])).toEqual([['Hotel 001', 20, 'hotel'], ['Hotel 002', 20, 'hotel'], ['Hotel 003', 20, 'hotel']]);
    const e1 = summary.entries[0];
    expect(e1.items.length).toBeGreaterThan(0);
    expect(e1.objectives.map((o: any) => o.id).sort()).toEqual(['next-steps', 'signals', 'victim-blaming']);
  });

  it('suppresses every count under 5 learners, and every count whose complement is under 5', () => {
    for (const e of summary.entries) {
      for (const field of ['started', 'completed', 'passed'] as const) {
        if (e[field] === null) expect(e.suppressed).toContain(field);
        else {
          expect(e[field]).toBeGreaterThanOrEqual(MIN_CELL);
          expect(e.learners - e[field] === 0 || e.learners - e[field] >= MIN_CELL).toBe(true);
        }
      }
    }
    const small = summarise(analyse(['basic.txt', 'gradebook.csv'].map((k) => moodle(`hotel-scorm12.${k}`)), { packages: PACKAGES }));
    expect(schema.safeParse(small).success).toBe(true);
    expect(small.entries.every((e: any) => e.learners === null && e.passed === null && e.items.length === 0)).toBe(true);
  });

  it('the sector page adds three organisations’ summaries together', () => {
    const files = summary.entries.map((entry: any, i: number) => ({ file: `org${i + 1}.json`, data: readSummary(JSON.stringify({ ...summary, entries: [entry] }), `org${i + 1}.json`) }));
    const sector = combineSummaries(files);
    expect(sector.courses).toHaveLength(1);
    const [c] = sector.courses;
    expect(c.organisations.map((o: any) => o.organisation)).toEqual(['Hotel 001', 'Hotel 002', 'Hotel 003']);
    expect(c.learners).toBe(60);
    expect(c.meeting60 + c.notMeeting60).toBe(3);
    expect(renderSector(sector, 'en')).toContain('Hotel 003');
    expect(() => readSummary('{"format":"x"}', 'x.json')).toThrow('x.json: is not a results summary');
  });
});
