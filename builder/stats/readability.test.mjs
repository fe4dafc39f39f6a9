import { describe, expect, it } from 'vitest';
import { readability, sentencesOf, syllables, wordsOf } from './readability.mjs';

describe('syllables', () => {
  it('counts Dutch vowel groups, ij as one, a diaeresis as a new syllable', () => {
    const nl = (w) => syllables(w, 'nl');
    expect(['de', 'gast', 'kamer', 'leidinggevende', 'uitbuiting', 'politie', 'bijvoorbeeld'].map(nl)).toEqual([1, 1, 2, 5, 3, 3, 3]);
    expect(nl('beïnvloeden')).toBe(4);
    expect(nl('coöperatie')).toBe(5);
  });
  it('counts English vowel groups without a silent e or a silent -ed', () => {
    const en = (w) => syllables(w, 'en');
    expect(['make', 'little', 'asked', 'wanted', 'guest', 'manager', 'police', 'the'].map(en)).toEqual([1, 2, 1, 2, 1, 3, 2, 1]);
  });
  it('gives every word, and a number, at least one', () => {
    expect(syllables('112', 'nl')).toBe(1);
    expect(syllables('s', 'en')).toBe(1);
  });
});

it('splits words and sentences', () => {
  expect(wordsOf("Bel 112. Een collega's hulp, 16-jarige!")).toEqual(['Bel', '112', 'Een', "collega's", 'hulp', '16-jarige']);
  expect(sentencesOf('Bel 112. Wacht niet! "Zeker?" Ja… Klaar')).toEqual(['Bel 112.', 'Wacht niet!', '"Zeker?"', 'Ja…', 'Klaar']);
});

it('applies Flesch-Douma for nl and Flesch for en', () => {
  // 4 words, 1 sentence; syllables de 1, gast 1, be-taalt 2, con-tant 2
  const nl = readability(['De gast betaalt contant.'], 'nl');
  expect(nl).toMatchObject({ words: 4, sentences: 1, syllables: 6 });
  expect(nl.score).toBeCloseTo(206.84 - 0.93 * 4 - 77 * (6 / 4), 10);
  const en = readability(['The guest pays cash.', 'Tell the manager.'], 'en');
  expect(en).toMatchObject({ words: 7, sentences: 2, syllables: 9 });
  expect(en.score).toBeCloseTo(206.835 - 1.015 * 3.5 - 84.6 * (9 / 7), 10);
});

it('gives no score for a language without a validated formula (Polish), only the counts', () => {
  const pl = readability(['Gość płaci gotówką.'], 'pl');
  expect(pl).toMatchObject({ words: 3, sentences: 1, score: undefined, formula: undefined });
});
