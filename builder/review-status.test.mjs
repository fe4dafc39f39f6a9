// A language is reviewed only with a recorded sign-off; the sentence the LMS metadata carries
// says so in each language.
import { expect, it } from 'vitest';
import { languageStatus, signoffsFor, statusSentence } from './review-status.mjs';

const signoff = { language: 'nl', name: 'A. Jansen', role: 'trainer seksuele uitbuiting', date: '2026-03-01', scope: 'alle lessen en de eindtoets', commit: 'a'.repeat(40) };

it('is needs-review for every language without a sign-off', () => {
  expect(languageStatus({ languages: ['nl', 'en', 'pl'] })).toEqual({ nl: 'needs-review', en: 'needs-review', pl: 'needs-review' });
  expect(languageStatus({ languages: ['nl', 'en'], signoffs: [] })).toEqual({ nl: 'needs-review', en: 'needs-review' });
});

it('is reviewed only for the language a sign-off names', () => {
  expect(languageStatus({ languages: ['nl', 'en'], signoffs: [signoff] })).toEqual({ nl: 'reviewed', en: 'needs-review' });
  expect(signoffsFor({ languages: ['nl'], signoffs: [{ ...signoff, date: '2026-04-01' }, signoff] }, 'nl').map((s) => s.date)).toEqual(['2026-03-01', '2026-04-01']);
});

it('states every language in the metadata sentence, with who signed and the commit', () => {
  expect(statusSentence({ languages: ['nl', 'en'] }, 'en')).toBe('Domain review per language: nl needs-review; en needs-review. needs-review: no domain reviewer has signed it off yet.');
  expect(statusSentence({ languages: ['nl', 'en'], signoffs: [signoff] }, 'nl')).toBe(
    'Inhoudelijke review per taal: nl reviewed (A. Jansen, trainer seksuele uitbuiting, 2026-03-01, commit aaaaaaaaaaaa); en needs-review. needs-review: nog niet getekend door een vakinhoudelijke reviewer.',
  );
  expect(statusSentence({ languages: ['nl'], signoffs: [signoff] }, 'pl')).toBe('Recenzja merytoryczna według języka: nl reviewed (A. Jansen, trainer seksuele uitbuiting, 2026-03-01, commit aaaaaaaaaaaa).');
});
