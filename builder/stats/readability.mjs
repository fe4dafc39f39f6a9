// Words, sentences, syllables and reading ease of a text.
//
// Reading ease (higher is easier; 60–70 is plain language, below 30 is academic), for nl and en only:
//   nl, Flesch-Douma (Douma 1960):  206.84 − 0.93 × words/sentence − 77 × syllables/word
//   en, Flesch (1948):              206.835 − 1.015 × words/sentence − 84.6 × syllables/word
// Syllables are counted by rule, not from a dictionary (good to about one syllable in ten words):
//   - a syllable is a group of consecutive vowels (a e i o u y, also with accents); Dutch "ij"
//     is one group because j is no vowel; a vowel with a diaeresis (ë ï ö ü) starts a new one
//     (ko-ö-pe-ra-tie, be-ïn-vloe-den);
//   - en: a silent final "e" ("make", not "little"), and "-ed" after a letter other than t or d
//     ("asked", not "wanted"), do not count;
//   - every word has at least one syllable; a number counts as one word of one syllable per digit
//     group ("112" is read as one unit here, which undercounts spoken syllables slightly).
// Sentences end at . ! ? or … followed by space, and at the end of every separate text (a title,
// a list item, an option label reads as a sentence of its own).

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export const wordsOf = (text) => text.match(WORD) ?? [];

export function sentencesOf(text) {
  return text.split(/(?<=[.!?…]["'”’)]?)\s+/).filter((s) => wordsOf(s).length > 0);
}

const VOWELS = 'aeiouyáéíóúàèìòùâêîôûäëïöü';
const DIAERESIS = 'äëïöü';

export function syllables(word, lang) {
  const w = word.toLowerCase();
  if (/^[\p{N}'’\-]+$/u.test(w)) return 1;
  let count = 0;
  let inGroup = false;
  for (const ch of w) {
    const vowel = VOWELS.includes(ch);
    if (vowel && (!inGroup || DIAERESIS.includes(ch))) count++;
    inGroup = vowel;
  }
  if (lang === 'en' && count > 1) {
    if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count--;
    else if (/[^aeiouytd]ed$/.test(w)) count--;
  }
  return Math.max(1, count);
}

// Only languages with a validated formula get a score: an English or Dutch formula says nothing
// about Polish text (review 7), so Polish B1 is left to a native reviewer.
const FORMULAS = {
  nl: { name: 'Flesch-Douma', ease: (wps, spw) => 206.84 - 0.93 * wps - 77 * spw },
  en: { name: 'Flesch', ease: (wps, spw) => 206.835 - 1.015 * wps - 84.6 * spw },
};

/** The score as shown in a report: rounded, or a dash where the language has no formula. */
export const scoreText = ({ score }) => (score === undefined ? '–' : score.toFixed(0));

/** @param {string[]} texts separate texts (each ends a sentence); score is undefined without a formula for lang */
export function readability(texts, lang) {
  let words = 0;
  let sentences = 0;
  let syl = 0;
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      const w = wordsOf(sentence);
      sentences++;
      words += w.length;
      syl += w.reduce((n, word) => n + syllables(word, lang), 0);
    }
  }
  const wps = words / (sentences || 1);
  const spw = syl / (words || 1);
  const formula = FORMULAS[lang];
  const score = formula ? formula.ease(wps, spw) : undefined;
  return { words, sentences, syllables: syl, wordsPerSentence: wps, syllablesPerWord: spw, score, formula: formula?.name };
}
