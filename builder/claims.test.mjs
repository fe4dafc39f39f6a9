// The claims register against the texts, on small hand-made fixtures: a cited article or phone
// number without a claim fails naming the file, the field, the reference and what to add; a
// claim's usage that no longer exists or no longer cites it fails as stale.
import { describe, expect, it } from 'vitest';
import { articlesIn, phonesIn } from './claims-scan.mjs';
import { checkClaims } from './claims.mjs';
import { Claims } from './claims-schema.mjs';

describe('finding references in a text', () => {
  it.each([
    ['Dan is het mensenhandel (artikel 273f Sr).', ['273f Sr']],
    ['Volgens art. 438 Sr houdt het hotel een register bij.', ['438 Sr']],
    ['strafbaar (273g Sr, sinds 2022)', ['273g Sr']],
    ['under Article 273f of the Dutch Criminal Code', ['273f Sr']],
    ['(art. 273g holenderskiego kodeksu karnego)', ['273g Sr']],
    ['zgodnie z artykułem 273f kodeksu', ['273f Sr']],
    ['de artikelen 273f en 273g', ['273f Sr', '273g Sr']],
    ['vroeger artikel 248a–c', ['248a Sr', '248b Sr', '248c Sr']],
    ['artikel 6 AVG', ['6 AVG']],
    ['Geen artikelnummer, wel 2.900 slachtoffers.', []],
  ])('%s', (text, refs) => {
    expect(articlesIn(text).map((a) => a.ref)).toEqual(refs);
  });

  it.each([
    ['Bel 112.', ['112']],
    ['Politie: 0900-8844 (betaald). Anoniem: 0800-7000.', ['09008844', '08007000']],
    ['Helpwanted 020-261 52 75', ['0202615275']],
    ['Helpwanted 020-2615275', ['0202615275']],
    ['dzwonisz pod 112 albo 0800 2000', ['112', '08002000']],
    ['1.112 chats, 112,5 euro, 2.900 mensen, in 2022', []],
  ])('%s', (text, refs) => {
    expect(phonesIn(text).map((p) => p.ref)).toEqual(refs);
  });
});

/** A course as loadContent() builds it, with just what the checker reads. */
const course = (texts) => ({
  id: 'hotel',
  languages: ['nl', 'en'],
  lessons: [{ id: 'les', text: { nl: { title: 'Les', pages: { p1: 'Pagina' }, blocks: texts.nl }, en: { title: 'Lesson', pages: { p1: 'Page' }, blocks: texts.en } } }],
  assessment: undefined,
  text: { nl: { title: 'Cursus', help: { alarm: { name: '112', description: 'Bel 112.' } } }, en: { title: 'Course', help: { alarm: { name: '112', description: 'Call 112.' } } } },
  help: [{ id: 'alarm', phone: '112' }],
});
const sources = { S000: {}, W163: {} };
const claim = (over) => ({
  id: 'art-273f',
  kind: 'law',
  claim: 'Trafficking',
  usedIn: { hotel: ['les/uitleg'] },
  articles: ['273f Sr'],
  law: { bwb: 'BWBR0001854', article: '273f', version: 'not-checked' },
  sources: ['S000'],
  verified: 'secondary',
  note: 'checked on the seed',
  ...over,
});
const alarm = claim({ id: 'tel-112', kind: 'phone', articles: undefined, law: undefined, phones: ['112'], usedIn: { hotel: ['course/help.alarm'] } });
const texts = {
  nl: { uitleg: { paragraphs: ['Dat is mensenhandel (artikel 273f Sr).'] }, vraag: { prompt: 'Wat doe je?', options: { a: { label: 'Ik bel 112.', feedback: 'Ja.' } } } },
  en: { uitleg: { paragraphs: ['That is trafficking (article 273f of the Criminal Code).'] }, vraag: { prompt: 'What do you do?', options: { a: { label: 'I call 112.', feedback: 'Yes.' } } } },
};
const problemsOf = (claims, t = texts) => {
  const problems = [];
  checkClaims([course(t)], { claims }, sources, problems);
  return problems;
};

describe('every cited article and phone number needs a claim for that course and place', () => {
  it('passes when each is covered', () => {
    expect(problemsOf([claim(), { ...alarm, usedIn: { hotel: ['course/help.alarm', 'les/vraag'] } }])).toEqual([]);
  });

  it('names the file, the field, the number and the claim to extend when a place is missing', () => {
    const problems = problemsOf([claim(), alarm]);
    expect(problems).toEqual([
      'lessons/les/nl.yaml: blocks.vraag.options.a.label: cites phone number 112, but lessons/claims.yaml has no claim for it used in hotel at les/vraag: add "les/vraag" to usedIn.hotel of claim "tel-112"',
      'lessons/les/en.yaml: blocks.vraag.options.a.label: cites phone number 112, but lessons/claims.yaml has no claim for it used in hotel at les/vraag: add "les/vraag" to usedIn.hotel of claim "tel-112"',
    ]);
  });

  it('says which claim to add when no claim lists the article', () => {
    const problems = problemsOf([{ ...alarm, usedIn: { hotel: ['course/help.alarm', 'les/vraag'] } }]);
    expect(problems).toContain(
      'lessons/les/nl.yaml: blocks.uitleg.paragraphs[0]: cites article 273f Sr ("artikel 273f"), but lessons/claims.yaml has no claim for it used in hotel at les/uitleg: add a claim with articles: ["273f Sr"] and usedIn: { hotel: [les/uitleg] }',
    );
    expect(problems.some((p) => p.startsWith('lessons/les/en.yaml: blocks.uitleg.paragraphs[0]: cites article 273f Sr ("article 273f")'))).toBe(true);
  });

  it('checks the phone numbers of the help resources in the course file', () => {
    const problems = problemsOf([claim(), { ...alarm, usedIn: { hotel: ['les/vraag'] } }]);
    expect(problems).toContain(
      'lessons/courses/hotel.course.yaml: help[0].phone: cites phone number 112, but lessons/claims.yaml has no claim for it used in hotel at course/help.alarm: add "course/help.alarm" to usedIn.hotel of claim "tel-112"',
    );
  });
});

describe('a claim whose usage went stale fails', () => {
  const covered = [claim(), { ...alarm, usedIn: { hotel: ['course/help.alarm', 'les/vraag'] } }];

  it('when the place no longer exists', () => {
    const problems = problemsOf([claim({ usedIn: { hotel: ['les/uitleg', 'les/weg'] } }), covered[1]]);
    expect(problems).toEqual([
      'lessons/claims.yaml: claims[0].usedIn.hotel[1]: "les/weg" is not a place in course hotel (a lesson/block or course/<key> that no longer exists?): remove it or fix the id (claim "art-273f")',
    ]);
  });

  it('when the place no longer cites the article in any language', () => {
    const rewritten = structuredClone(texts);
    rewritten.nl.uitleg.paragraphs = ['Dat is mensenhandel.'];
    rewritten.en.uitleg.paragraphs = ['That is trafficking.'];
    expect(problemsOf(covered, rewritten)).toEqual([
      'lessons/claims.yaml: claims[0].usedIn.hotel[0]: "les/uitleg" no longer cites article 273f Sr in any language: remove it from usedIn.hotel of claim "art-273f"',
    ]);
  });

  it('when it names a course that does not exist, or a source not in sources.yaml', () => {
    const problems = problemsOf([claim({ usedIn: { hotel: ['les/uitleg'], hotal: ['les/uitleg'] }, sources: ['W999'] }), covered[1]]);
    expect(problems).toContain('lessons/claims.yaml: claims[0].sources[0]: source "W999" is not in lessons/sources.yaml');
    expect(problems).toContain('lessons/claims.yaml: claims[0].usedIn.hotal: "hotal" is not a course (hotel)');
  });
});

describe('the schema of claims.yaml', () => {
  const issues = (c) => {
    const r = Claims.safeParse({ claims: [c] });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts a complete claim', () => expect(issues(claim())).toEqual([]));
  it('needs a source or a url', () => expect(issues(claim({ sources: undefined }))).toEqual(['claims.0.sources: give sources (ids from lessons/sources.yaml) or urls']));
  it('needs the law for a cited article', () => expect(issues(claim({ law: undefined }))).toEqual(['claims.0.law: a claim that cites an article needs law: { bwb, article, version }']));
  it('needs the version read for a primary law claim', () =>
    expect(issues(claim({ verified: 'primary' }))).toEqual(['claims.0.law.version: verified: primary needs the version of the law text that was read (law.version as YYYY-MM-DD)']));
  it('refuses an unknown verified value, a bad place and a bad article', () => {
    expect(issues(claim({ verified: 'yes', usedIn: { hotel: ['uitleg'] }, articles: ['artikel 273f'] })).map((i) => i.split(':')[0]).sort()).toEqual([
      'claims.0.articles.0',
      'claims.0.usedIn.hotel.0',
      'claims.0.verified',
    ]);
  });
});
