// The catalogue's pieces without a browser: the strings of both languages have the same shape,
// the launch file comes from the SCO resource, a language's status is read in one place, and a
// page escapes course text and carries no script or inline style.
import { describe, expect, it } from 'vitest';
import { launchHref } from './index.mjs';
import { languageStatus } from './language-status.mjs';
import { coursePage } from './pages.mjs';
import nl from './strings/nl.mjs';
import en from './strings/en.mjs';

const shape = (o, prefix = '') =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? shape(v, `${prefix}${k}.`) : [`${prefix}${k}:${Array.isArray(v) ? `list${v.length}` : typeof v}`]));

describe('catalogue', () => {
  it('has the same strings, lists and functions in nl and en', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  it('tells who the pilot readers were, and never writes a chance above zero as 0 %', () => {
    const status = { met: true, naivePass: 0.0004, trainedPass: 1, kinds: { human: 0, ai: 84 } };
    expect(nl.course.pilot(status)).toContain('< 0,1 %');
    expect(en.course.pilot(status)).toContain('< 0.1 %');
    expect(nl.course.pilot(status)).toContain('AI-sessies');
    expect(en.course.pilot({ ...status, kinds: { human: 12, ai: 84 } })).toContain('12 people and 84 AI sessions');
  });

  it('takes the launch file from the SCO resource, not from another resource', () => {
    const manifest = '<resources><resource identifier="a" type="webcontent" adlcp:scormType="asset" href="other.html"/><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="start%20here.html"></resource></resources>';
    expect(launchHref(manifest)).toBe('start here.html');
    expect(() => launchHref('<resources></resources>')).toThrow(/no <resource> with adlcp:scormType="sco"/);
  });

  it('reads a language as reviewed only when the data says so', () => {
    const entry = { languageStatus: { nl: 'reviewed', en: 'needs-review', pl: { status: 'reviewed', by: 'a reviewer' } } };
    expect(['nl', 'en', 'pl', 'de'].map((l) => languageStatus(entry, l))).toEqual(['reviewed', 'needs-review', 'reviewed', 'needs-review']);
  });

  it('escapes course text and writes no script or inline style', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const course = {
      entry: {
        id: 'x', version: '1.0.0', title: { nl: evil }, description: { nl: `${evil}. Meer.` }, languages: ['nl'], languageStatus: { nl: 'needs-review' },
        durationMinutes: 5, objectives: ['signals'], lessons: [{ id: 'l', title: { nl: evil } }], masteryScore: 80,
        packages: [{ file: 'x-scorm12.zip', scormVersion: '1.2', bytes: 2048, sha256: 'ab' }],
      },
      assessment: { draw: 2, bank: 4, minPerObjective: 1 },
      tryHref: 'try/x/index.html',
    };
    const html = coursePage({ t: nl, other: en, course, version: 'x 1.0.0' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
    expect(html).toContain('nog niet nagelezen');
  });
});
