// `npm run review` on the real lessons, into a temporary folder: one file per course and
// language (hotel nl/en/pl, jeugdhulp nl/en), each holding every page, every scenario path,
// every test item with its key and feedback, the pilot figures, the claims register of the course and the stats.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../content.mjs';
import { loadPilots } from '../pilot/pilot-data.mjs';
import { pilotOf } from '../validity/pilot.mjs';
import { computeStats } from '../stats/index.mjs';
import { LANGUAGES } from '../../src/course/vocabulary.mjs';
import { writeReviews } from './export.mjs';
import { LABELS } from './labels.mjs';
import { esc, scenarioOrder } from './render.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'review-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const written = await writeReviews(root, out);
const { courses, claims } = loadContent(root);
const stats = await computeStats(root, courses);

it('writes one file per course and language: hotel nl/en/pl, jeugdhulp nl/en', () => {
  expect(readdirSync(out).sort()).toEqual(['hotel.en.html', 'hotel.nl.html', 'hotel.pl.html', 'jeugdhulp.en.html', 'jeugdhulp.nl.html']);
  expect(written).toHaveLength(5);
});

it('has labels for every language the player knows, with the same keys', () => {
  expect(Object.keys(LABELS).sort()).toEqual([...LANGUAGES].sort());
  for (const lang of LANGUAGES) expect(Object.keys(LABELS[lang]).sort(), lang).toEqual(Object.keys(LABELS.nl).sort());
});

/** Every path through a scenario from its start to an ending, as the list of option ids taken. */
function paths(block, at = block.start, taken = []) {
  if (block.endings.includes(at)) return [[...taken, at]];
  return block.steps[at].options.flatMap((o) => paths(block, o.next, [...taken, o.id]));
}

const cases = courses.flatMap((course) => course.languages.map((lang) => ({ course, lang, id: `${course.id}.${lang}` })));

describe.each(cases)('$id.html', ({ course, lang, id }) => {
  const html = readFileSync(join(out, `${id}.html`), 'utf8');
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));

  it('holds every page of every lesson with its title', () => {
    for (const lesson of course.lessons) {
      for (const page of lesson.pages) {
        expect(ids).toContain(`p-${lesson.id}-${page.id}`);
        expect(html).toContain(esc(lesson.text[lang].pages[page.id]));
      }
    }
  });

  it('holds every scenario path: each step and option with its feedback, linked to where it leads', () => {
    let count = 0;
    for (const lesson of course.lessons) {
      for (const block of lesson.pages.flatMap((p) => p.blocks).filter((b) => b.type === 'scenario')) {
        const text = lesson.text[lang].blocks[block.id];
        expect(scenarioOrder(block)).toHaveLength(Object.keys(block.steps).length);
        for (const path of paths(block)) {
          count++;
          let at = block.start;
          for (const optionId of path.slice(0, -1)) {
            const option = block.steps[at].options.find((o) => o.id === optionId);
            const shown = text.steps[at].options[optionId];
            expect(ids).toContain(`sc-${lesson.id}-${block.id}-${at}`);
            expect(html).toContain(esc(shown.label));
            expect(html).toContain(esc(shown.feedback));
            expect(html).toContain(`href="#sc-${lesson.id}-${block.id}-${option.next}"`);
            at = option.next;
          }
          expect(ids).toContain(`sc-${lesson.id}-${block.id}-${at}`);
          for (const p of text.endings[at]) expect(html).toContain(esc(p));
        }
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('holds every final-test item with its key marked and every feedback', () => {
    const bank = course.assessment.text[lang].blocks;
    for (const q of course.assessment.bank) {
      expect(html).toContain(esc(bank[q.id].prompt));
      for (const o of q.options) {
        const mark = q.correct.includes(o) ? `class="key"><span class="mark">✓ ${esc(LABELS[lang].key)}</span>` : `class="wrong"><span class="mark">✗ ${esc(LABELS[lang].wrong)}</span>`;
        expect(html).toContain(`${mark} ${esc(bank[q.id].options[o].label)}<p class="feedback">`);
        expect(html).toContain(esc(bank[q.id].options[o].feedback));
      }
    }
  });

  it('lists the claims register of the course with source, law version and verified status', () => {
    const used = claims.claims.filter((c) => c.usedIn[course.id]);
    expect(used.length).toBeGreaterThan(0);
    for (const c of used) {
      const row = html.match(new RegExp(`<tr class="claim ${c.verified}" id="claim-${c.id}">([\\s\\S]*?)</tr>`));
      expect(row, c.id).not.toBeNull();
      expect(row[1]).toContain(esc(c.claim));
      expect(row[1]).toContain(esc(LABELS[lang].verifiedText[c.verified]));
      for (const place of c.usedIn[course.id]) expect(row[1]).toContain(esc(place));
      for (const s of c.sources ?? []) expect(row[1]).toContain(`href="#src-${s}"`);
      if (c.law) expect(row[1]).toContain(esc(c.law.version));
    }
    const other = claims.claims.filter((c) => !c.usedIn[course.id]);
    for (const c of other) expect(ids).not.toContain(`claim-${c.id}`);
  });

  it('shows the pilot figures of every item and the pass chance of a drawn test', () => {
    const pilot = pilotOf(course, loadPilots(root, courses, []).get(course.id));
    expect(html).toContain('id="pilot"');
    for (const r of pilot.rows) expect(html, r.ref).toContain(`<span class="id">${esc(r.ref)}</span>`);
    expect(html).toContain(esc(LABELS[lang].pilotPass({ naive: '', trained: '' }).split(':')[0]));
  });

  it('shows the stats figures: every route and every page’s reading ease', () => {
    const s = stats.find((x) => x.course === course.id).perLanguage.find((x) => x.lang === lang);
    for (const r of s.routes) expect(html).toContain(`<td>${r.words}</td><td>${r.answers}</td><td>${r.minutes.toFixed(1)}</td>`);
    for (const p of s.pages) expect(html).toContain(`${esc(p.lesson)}/${esc(p.page)}</span></td><td>${p.score === undefined ? '–' : p.score.toFixed(0)}</td><td>${p.words}</td>`);
  });

  it('states the review status of the language, needs-review without a sign-off', () => {
    expect(html).toContain(`id="status"><h2>${esc(LABELS[lang].status)}: ${course.languageStatus[lang]}</h2>`);
    if (!course.signoffs.some((s) => s.language === lang)) expect(course.languageStatus[lang]).toBe('needs-review');
  });
});
