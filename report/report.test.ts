// Figures asserted against values counted by hand from the fixture files (see
// fixtures/moodle-4.5/README.md for what each learner did). The course text and keys come from
// a frozen copy of the built hotel package, so a content rewrite does not move these numbers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from './report.mjs';
import { renderReport } from './render.mjs';
import { parseCode } from './statistics.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const real = (name: string) => here(`fixtures/moodle-4.5/${name}`);
const PACKAGES = [here('fixtures/hotel-package')];
const HOTEL12 = ['basic.txt', 'interactions.txt', 'objectives.txt', 'gradebook.csv'].map((k) => real(`hotel-scorm12.${k}`));

const hotel12 = () => analyse(HOTEL12, { packages: PACKAGES, org: 'institution', dept: 'department' }).activities[0];
const item = (a: any, id: string) => a.items.items.find((f: any) => f.item.id === id);
const picks = (f: any) => Object.fromEntries(f.picks.map((o: any) => [o.id, o.count]));

describe('hotel, SCORM 1.2, real Moodle 4.5 exports', () => {
  const a = hotel12();

  it('knows the course and the SCORM version from the answers', () => {
    expect(a.activity.course.id).toBe('hotel');
    expect(a.activity.scorm).toEqual({ version: '1.2', evidence: 'results' });
  });

  it('counts learners, attempts, completion and passes (pass mark 80)', () => {
    // 12 enrolled; 02, 06, 08 never started; 09 stopped halfway; 05 has two attempts;
    // passed: 01 (100), 03 (80), 04 (90 after "Try again"), 05 (100 in attempt 2), 07 (90), 11, 12 (100).
    expect(a.overview).toMatchObject({ learners: 12, started: 9, attempts: 10, completed: 8, passed: 7, multipleAttempts: 1 });
    expect(a.overview.scores.histogram.map((b: any) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 1, 2, 4]);
  });

  it('question 1: the knowledge check hotel-signalen.vraag-combinatie', () => {
    // 9 answers (every attempt except Learner 09's); "a" (contant) from 04 and 05's first attempt, "c" from the other 7.
    const f = item(a, 'hotel-signalen.vraag-combinatie');
    expect([f.answers, f.right]).toEqual([9, 7]);
    expect(picks(f)).toEqual({ contant: 2, 'niet-storen': 0, combinatie: 7, 'weinig-bagage': 0 });
    expect(f.flags).toContain('unusedDistractor');
  });

  it('question 2: test question t-minderjarig, both tries of Learner 11 counted', () => {
    // try1 of 07, 10, 11, 12, 01, 03 and try2 of 11: all "a" (altijd), all right.
    const f = item(a, 'assessment.t-minderjarig');
    expect([f.answers, f.right, f.p]).toEqual([7, 7, 1]);
    expect(picks(f)).toEqual({ altijd: 7, 'als-dwang': 0, nooit: 0 });
    expect(f.discrimination).toBeNull(); // nobody got it wrong: no correlation, not a zero
    expect(f.flags).toEqual(['tooEasy', 'unusedDistractor']);
  });

  it('question 3: test question t-groepsapp, with its discrimination', () => {
    // options a contactpersoon (key), b groepsapp, c zelf.
    // 03 try1 a ✓ (rest 7/9), 11 try2 a ✓ (rest 9/9), 05 attempt 2 a ✓ (rest 9/9),
    // 04 try1 b ✗ (rest 0/9), 05 attempt 1 b ✗ (rest 0/9).
    // Rest scores 77.8, 100, 100, 0, 0: mean 55.6, population SD 46.08; M1 92.59, M0 0;
    // r = 92.59 / 46.08 × √(0.6 × 0.4) = 0.984.
    const f = item(a, 'assessment.t-groepsapp');
    expect([f.answers, f.right]).toEqual([5, 3]);
    expect(picks(f)).toEqual({ contactpersoon: 3, groepsapp: 2, zelf: 0 });
    expect(f.discrimination).toBeCloseTo(0.984, 3);
  });

  it('scenario decision: late-gast.aankomst, and where learners go wrong', () => {
    // 10 answers (09 answered this one before stopping): 8 "a" (inchecken), 2 "b" (niets doen: 04, 05 attempt 1).
    // Both who went wrong then reached "later" and chose "b" there too.
    const s = a.scenarios.find((x: any) => x.scenario.id === 'hotel-wat-is-uitbuiting.late-gast');
    const [aankomst] = s.steps;
    expect(aankomst.item.id).toBe('hotel-wat-is-uitbuiting.late-gast.aankomst');
    expect([aankomst.answers, aankomst.right]).toEqual([10, 8]);
    expect(aankomst.picks.map((o: any) => o.count)).toEqual([8, 2, 0]);
    expect(s.worst.item.id).toBe('hotel-wat-is-uitbuiting.late-gast.later');
    expect([s.worst.answers, s.worst.right]).toEqual([2, 0]);
    expect(s.commonWrong.count).toBe(2);
  });

  it('organisation: Hotel Noord 3 of 4 reaches 60 %, Hotel Centrum 2 of 4 does not', () => {
    const rows = Object.fromEntries(a.certification.rows.map((r: any) => [r.name, r]));
    expect(rows['Hotel Noord']).toMatchObject({ staff: 4, passed: 3, reaches: true });
    expect(rows['Hotel Centrum']).toMatchObject({ staff: 4, passed: 2, reaches: false });
    expect(rows['Vakantiepark Duin']).toMatchObject({ staff: 4, passed: 2, reaches: false });
    const noord = Object.fromEntries(rows['Hotel Noord'].departments.map((d: any) => [d.name, d.passed]));
    expect(noord).toEqual({ Bar: 1, 'Front desk': 1, Housekeeping: 0, Night: 1 });
  });

  it('every passed learner is in the lookup; the real export holds no codes yet', () => {
    expect(a.certificates.map((c: any) => c.name)).toEqual(['Learner 01', 'Learner 03', 'Learner 04', 'Learner 05', 'Learner 07', 'Learner 11', 'Learner 12']);
    expect(a.certificates.every((c: any) => c.code === null)).toBe(true);
  });
});

describe('certificate lookup (synthesised codes in a real 1.2 export)', () => {
  const files = ['interactions.txt', 'gradebook.csv'].map((k) => here(`fixtures/synthesised/hotel-scorm12-certificates.${k}`));
  const a = analyse(files, { packages: PACKAGES, org: 'institution' }).activities[0];

  it('finds each passed learner’s code with name, date and score', () => {
    const byName = Object.fromEntries(a.certificates.map((c: any) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['Learner 01', 'Learner 03', 'Learner 04', 'Learner 05', 'Learner 07', 'Learner 11', 'Learner 12']);
    expect(byName['Learner 07']).toMatchObject({ code: 'HOT-20261202-90-1W5X2J', codeDate: '2026-12-02', score: 90, matches: true, organisation: 'Hotel Centrum' });
    expect(byName['Learner 05']).toMatchObject({ code: 'HOT-20261202-100-Q87WDV', score: 100 }); // the code of the passing attempt (2)
  });

  it('the certificate answer is not an unknown question', () => {
    expect(a.items.unknown).toEqual([]);
  });

  it('reads the code format', () => {
    expect(parseCode('HOT-20261202-90-K3F9QX')).toEqual({ course: 'HOT', date: '2026-12-02', score: 90, check: 'K3F9QX' });
    expect(parseCode('HOT-2026-90-K3F9QX')).toBeNull();
  });
});

describe('messy input', () => {
  const text = readFileSync(real('hotel-scorm12.interactions.txt'), 'utf8');
  const one = (bytes: Uint8Array | string, name = 'x/hotel-scorm12.interactions.txt') =>
    analyse([name], { packages: PACKAGES, read: () => (typeof bytes === 'string' ? Buffer.from(bytes) : bytes) }).activities[0];
  const combinatie = (a: any) => item(a, 'hotel-signalen.vraag-combinatie');

  it('joins ids whose "-" the LMS layer wrote as "_"', () => {
    const underscored = text.replace(/(hotel|assessment)[a-z0-9.-]+/g, (id) => id.replace(/-/g, '_'));
    const f = combinatie(one(underscored));
    expect([f.answers, f.right]).toEqual([9, 7]);
  });

  it('reads UTF-16 with a BOM, semicolons and CRLF as the same figures', () => {
    const semicolons = text.replace(/\t/g, ';').replace(/\n/g, '\r\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(semicolons, 'utf16le')]);
    const f = combinatie(one(utf16));
    expect([f.answers, f.right]).toEqual([9, 7]);
  });

  it('an id the course does not have is "not in this course version", not a crash', () => {
    const a = one(text.replace(/hotel-signalen\.vraag-combinatie/g, 'hotel-signalen.oude-vraag'));
    expect(combinatie(a)).toBeUndefined();
    expect(a.items.unknown).toEqual([{ id: 'hotel-signalen.oude-vraag', count: 9 }]);
  });

  it('an answer Moodle refused to store counts as not stored, never as a pick', () => {
    const a = one(text.replace('hotel-signalen.vraag-combinatie\tc\tc\tcorrect', 'hotel-signalen.vraag-combinatie\t\tc\tcorrect'));
    const f = combinatie(a);
    expect([f.answers, f.right, f.withResponse, f.notStored]).toEqual([9, 7, 8, 1]);
  });

  it('bad cells name the file, row and column', () => {
    const lines = text.split('\n');
    lines[4] = lines[4].replace('\t60\t60\t', '\tsixty\t60\t');
    expect(() => one(lines.join('\n'), 'bad.interactions.txt')).toThrow('bad.interactions.txt, row 5, column "Score": "sixty" is not a score from 0 to 100');
    expect(() => one(text.replace('\tcorrect\t', '\tmaybe\t'), 'bad.txt')).toThrow(/bad\.txt, row 2, column "Result \d+": "maybe" is not a SCORM result/);
    expect(() => one('hello world\n', 'notes.txt')).toThrow('notes.txt, row 1: the first line has no tab');
  });

  it('reads the .xlsx and .ods downloads as the same figures as the text downloads', () => {
    const sheets = analyse([real('hotel-scorm12.basic.ods'), real('hotel-scorm12.interactions.xlsx'), real('hotel-scorm12.objectives.ods'), real('hotel-scorm12.gradebook.csv')], { packages: PACKAGES, org: 'institution', dept: 'department' }).activities[0];
    const text = hotel12();
    expect(sheets.overview).toEqual(text.overview);
    expect(sheets.items.items.map((f: any) => [f.item.id, f.answers, f.right])).toEqual(text.items.items.map((f: any) => [f.item.id, f.answers, f.right]));
    expect(sheets.certification.rows).toEqual(text.certification.rows);
  });
});

describe('SCORM 2004 exports', () => {
  const files = ['basic.txt', 'interactions.txt', 'objectives.txt', 'gradebook.csv'].map((k) => real(`hotel-scorm2004.${k}`));

  it('say plainly that answers are missing, and count passes with the LMS pass mark when told', () => {
    const report = analyse(files, { packages: PACKAGES, org: 'institution', mastery: 100 });
    const a = report.activities[0];
    expect(a.activity.scorm.version).toBe('2004');
    expect(a.items.answered).toBe(0);
    // With Moodle's 100 %: passed are 01, 04 (attempt 2), 05, 09.
    expect(a.overview.passed).toBe(4);
    const html = renderReport(report, { lang: 'en', files });
    expect(html).toContain('Moodle 4.5 exports no answers from SCORM 2004 packages');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});

describe('reading text exports', () => {
  it('keeps quoted delimiters, doubled quotes and line breaks, and counts rows by line', async () => {
    const { readTable } = await import('./read-table.mjs');
    const text = 'Name,Note,Score\n"Doe, J","said ""hi""",80\n"Two\nlines",x,90\n\nlast,y,70\n';
    const { rows, lines, delimiter, encoding } = readTable(Buffer.from(text), 't.csv');
    expect([delimiter, encoding]).toEqual(['comma', 'UTF-8']);
    expect(rows).toEqual([['Name', 'Note', 'Score'], ['Doe, J', 'said "hi"', '80'], ['Two\nlines', 'x', '90'], ['last', 'y', '70']]);
    expect(lines).toEqual([1, 2, 3, 6]);
    expect(() => readTable(Buffer.from('a;b\n"open;1\n'), 'u.csv')).toThrow('u.csv, row 2: a quoted cell is never closed');
    expect(readTable(Buffer.from([0x4e, 0xe9, 0x3b, 0x62]), 'w.csv')).toMatchObject({ rows: [['Né', 'b']], encoding: 'Windows-1252' });
  });
});

describe('exports with what Moodle 4.5 leaves out (SCORM 2004 answers, objective data)', () => {
  const title = 'Geen plek voor seksuele uitbuiting in ons hotel';
  const head = ['Name', 'Email address', 'Attempt', 'Started on', 'Last accessed on', 'Score', title];
  const when = '2 December 2026, 3:14 AM';
  const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
  const run = (name: string, text: string) => analyse([name], { packages: PACKAGES, read: () => Buffer.from(text) }).activities[0];

  it('reads 2004 answers (option ids joined by [,], result "incorrect"), ids with "_" for "-"', () => {
    const text = tsv([
      [...head, 'Question 0', 'Response 0', 'Right answer 0', 'Result 0'],
      ['A', 'a@x.invalid', '1', when, when, '90', '90', 'hotel_signalen.vraag_combinatie', 'combinatie', 'combinatie', 'correct'],
      ['B', 'b@x.invalid', '1', when, when, '70', '70', 'hotel_signalen.vraag_combinatie', 'niet_storen', 'combinatie', 'incorrect'],
    ]);
    const a = run('lms/hotel.interactions.txt', text);
    expect(a.activity.scorm).toEqual({ version: '2004', evidence: 'results' });
    const f = item(a, 'hotel-signalen.vraag-combinatie');
    expect([f.answers, f.right]).toEqual([2, 1]);
    expect(picks(f)).toEqual({ contant: 0, 'niet-storen': 1, combinatie: 1, 'weinig-bagage': 0 });
  });

  it('shows objective data when an LMS exports it', () => {
    const text = tsv([
      [...head, 'signals status', 'signals score'],
      ['A', 'a@x.invalid', '1', when, when, '90', '90', 'passed', '75'],
      ['B', 'b@x.invalid', '1', when, when, '70', '70', 'failed', '25'],
    ]);
    const a = run('lms/hotel.objectives.txt', text);
    expect(a.objectives.reported).toEqual([{ id: 'signals', attempts: 2, statuses: { passed: 1, failed: 1 }, scores: [75, 25], meanScore: 50 }]);
  });
});

describe('files and the command line', () => {
  it('groups files by what they hold, not by name: Moodle’s downloads as a browser saves them', () => {
    const moodleName = (course: string, n: number) => `dl/${course} Geen plek voor seksuele uitbuiting in ons hotel-20261202_0320-tab_separated${n ? ` (${n})` : ''}.txt`;
    const files: Record<string, string> = {
      [moodleName('HOTEL', 0)]: real('hotel-scorm12.basic.txt'),
      [moodleName('HOTEL', 1)]: real('hotel-scorm12.interactions.txt'),
      [moodleName('HOTEL', 2)]: real('hotel-scorm12.objectives.txt'),
      [moodleName('HOTEL', 3)]: real('hotel-scorm2004.basic.txt'),
      [moodleName('HOTEL', 4)]: real('hotel-scorm2004.objectives.txt'),
      'dl/HOTEL Grades-20261202_0320-comma_separated.csv': real('hotel-scorm12.gradebook.csv'),
      'dl/HOTEL Grades-20261202_0320-comma_separated (1).csv': real('hotel-scorm2004.gradebook.csv'),
    };
    const report = analyse(Object.keys(files), { packages: PACKAGES, read: (name) => readFileSync(files[name]) });
    expect(report.activities).toHaveLength(2);
    const [v12] = report.activities.filter((a: any) => a.activity.scorm.version === '1.2');
    expect(Object.keys(v12.activity.files).sort()).toEqual(['basic', 'gradebook', 'interactions', 'objectives']);
    expect(v12.overview).toEqual(hotel12().overview);
  });

  it('stops with exit code 1 and one line naming the file, row and column, in the --lang language (default nl)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
    const gradebook = readFileSync(real('hotel-scorm12.gradebook.csv'), 'utf8').replace('Hotel Noord",Bar,learner03@example.invalid,80.00', 'Hotel Noord",Bar,learner03@example.invalid,tachtig');
    writeFileSync(join(dir, 'hotel.gradebook.csv'), gradebook);
    const cli = fileURLToPath(new URL('cli.mjs', import.meta.url));
    const run = (...lang: string[]) => spawnSync(process.execPath, [cli, join(dir, 'hotel.gradebook.csv'), '--package', PACKAGES[0], '--out', join(dir, 'r.html'), ...lang], { encoding: 'utf8' });
    const column = 'SCORM package: Geen plek voor seksuele uitbuiting in ons hotel (SCORM 1.2) (Real)';
    const en = run('--lang', 'en');
    expect(en.status).toBe(1);
    expect(en.stderr.trim()).toBe(`report: ${join(dir, 'hotel.gradebook.csv')}, row 4, column "${column}": "tachtig" is not a score from 0 to 100`);
    const nl = run();
    expect(nl.status).toBe(1);
    expect(nl.stderr.trim()).toBe(`report: ${join(dir, 'hotel.gradebook.csv')}, rij 4, kolom "${column}": "tachtig" is geen score van 0 tot 100.`);
    expect(run('--lang=nl').stderr).toBe(nl.stderr);
  });
});

describe('answers that do not fit this course version', () => {
  it('counts a letter past the last option apart, and says so in the report', () => {
    const text = readFileSync(real('hotel-scorm12.interactions.txt'), 'utf8').replace('hotel-signalen.vraag-combinatie\tc\tc\tcorrect', 'hotel-signalen.vraag-combinatie\tf\tc\twrong');
    const report = analyse(['x/hotel-scorm12.interactions.txt'], { packages: PACKAGES, read: () => Buffer.from(text) });
    const f = item(report.activities[0], 'hotel-signalen.vraag-combinatie');
    expect([f.answers, f.right, f.unknownResponses]).toEqual([9, 6, 1]);
    expect(renderReport(report, { lang: 'en', files: ['x'] })).toContain('1 time(s) an option this course version does not have');
  });
});
