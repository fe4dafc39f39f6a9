// The review status of each language of a course, decided here and nowhere else: `reviewed`
// only when the course file records a domain reviewer's sign-off for that language (who, role,
// date, scope, the commit they read); otherwise `needs-review`. The catalogue, the review export,
// the LMS metadata and the README all show what this returns.

/** @typedef {{ language: string, name: string, role: string, date: string, scope: string, commit: string }} Signoff */

/**
 * @param {{ languages: string[], signoffs?: Signoff[] }} course as the course file states it
 * @returns {Record<string, 'reviewed' | 'needs-review'>} per language, in the course's order
 */
export function languageStatus(course) {
  return Object.fromEntries(course.languages.map((lang) => [lang, signoffsFor(course, lang).length ? 'reviewed' : 'needs-review']));
}

/** @returns {Signoff[]} the sign-offs of one language, oldest first */
export function signoffsFor(course, lang) {
  return (course.signoffs ?? []).filter((s) => s.language === lang).sort((a, b) => a.date.localeCompare(b.date));
}

/** Sign-offs for a language the course does not offer are a mistake in the course file. */
export function checkSignoffs(course, file, problems) {
  (course.signoffs ?? []).forEach((s, i) => {
    if (!course.languages.includes(s.language)) problems.push(`${file}: signoffs[${i}].language: "${s.language}" is not one of languages (${course.languages.join(', ')})`);
  });
}

const SENTENCES = {
  nl: {
    head: 'Inhoudelijke review per taal',
    reviewed: (s) => `reviewed (${s.name}, ${s.role}, ${s.date}, commit ${s.commit.slice(0, 12)})`,
    meaning: 'needs-review: nog niet getekend door een vakinhoudelijke reviewer.',
  },
  en: {
    head: 'Domain review per language',
    reviewed: (s) => `reviewed (${s.name}, ${s.role}, ${s.date}, commit ${s.commit.slice(0, 12)})`,
    meaning: 'needs-review: no domain reviewer has signed it off yet.',
  },
  pl: {
    head: 'Recenzja merytoryczna według języka',
    reviewed: (s) => `reviewed (${s.name}, ${s.role}, ${s.date}, commit ${s.commit.slice(0, 12)})`,
    meaning: 'needs-review: żaden recenzent merytoryczny jeszcze tego nie zatwierdził.',
  },
};

/**
 * One sentence, in `lang`, stating the status of every language of the course, for metadata
 * an LMS administrator reads (the manifest's LOM description).
 */
export function statusSentence(course, lang) {
  const words = SENTENCES[lang] ?? SENTENCES.en;
  const parts = course.languages.map((l) => {
    const latest = signoffsFor(course, l).at(-1);
    return `${l} ${latest ? words.reviewed(latest) : 'needs-review'}`;
  });
  const anyOpen = Object.values(languageStatus(course)).includes('needs-review');
  return `${words.head}: ${parts.join('; ')}.${anyOpen ? ` ${words.meaning}` : ''}`;
}
