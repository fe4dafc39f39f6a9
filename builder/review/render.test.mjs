// The review copy of each real course: self-contained, every question and option with its key
// and feedback, every scenario link pointing at a step or ending that is in the file.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../content.mjs';
import { computeStats } from '../stats/index.mjs';
import { withDuration } from '../stats/duration.mjs';
import { esc, renderReview, scenarioOrder } from './render.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { courses: loaded, sources, claims } = loadContent(root);
const stats = await computeStats(root, loaded);
const courses = withDuration(loaded, stats);

describe.each(courses.flatMap((course) => course.languages.map((lang) => ({ course, lang, id: `${course.id} (${lang})` }))))('review copy of $id', ({ course, lang }) => {
  const html = renderReview({ course, sources, claims, stats: stats.find((s) => s.course === course.id), lang });

  it('loads nothing: no script, stylesheet link, image, frame or url()', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|\bsrc=|url\(/i);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('holds every page title, every question with its key marked and every feedback', () => {
    for (const lesson of course.lessons) {
      for (const page of lesson.pages) expect(html).toContain(esc(lesson.text[lang].pages[page.id]));
    }
    const bankText = course.assessment.text[lang].blocks;
    for (const q of course.assessment.bank) {
      expect(html).toContain(esc(bankText[q.id].prompt));
      for (const o of q.options) {
        const label = esc(bankText[q.id].options[o].label);
        const mark = q.correct.includes(o) ? 'class="key"><span class="mark">✓' : 'class="wrong"><span class="mark">✗';
        expect(html).toMatch(new RegExp(`${escapeRegExp(mark)}[^<]*</span> ${escapeRegExp(label)}<p class="feedback">`));
        expect(html).toContain(esc(bankText[q.id].options[o].feedback));
      }
    }
  });

  it('shows where every scenario option leads, with a link to a step or ending in the file', () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(ids, `#${link}`).toContain(link);
    for (const lesson of course.lessons) {
      for (const block of lesson.pages.flatMap((p) => p.blocks).filter((b) => b.type === 'scenario')) {
        expect(scenarioOrder(block)).toHaveLength(Object.keys(block.steps).length);
        for (const step of Object.values(block.steps)) {
          for (const o of step.options) expect(ids).toContain(`sc-${lesson.id}-${block.id}-${o.next}`);
        }
      }
    }
  });

  it('fills the computed duration and cites sources by title', () => {
    expect(html).not.toContain('{{minutes}}');
    const welcome = course.text[lang].welcome.paragraphs.join(' ');
    expect(welcome).toMatch(new RegExp(`\\b${course.durationMinutes} (minuten|minutes|minut)`));
    for (const p of course.text[lang].welcome.paragraphs) expect(html).toContain(`<p>${esc(p)}</p>`);
    expect(html).toContain(esc(sources.S004.title));
  });
});

it('escapes text', () => {
  expect(esc(`<b>"Ja" & 'nee'</b>`)).toBe('&lt;b&gt;&quot;Ja&quot; &amp; &#39;nee&#39;&lt;/b&gt;');
});

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
