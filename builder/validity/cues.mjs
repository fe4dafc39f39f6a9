// Cue words: a word that appears in at least `minUses` options across a course's keyed items,
// with how often it sits in a right or a wrong option. A word that is nearly always wrong (or
// always right) lets a learner answer without knowing the subject.
import { contentWords } from './words.mjs';
import { isKeyed } from './items.mjs';

/**
 * @returns {{ word: string, uses: number, wrong: number, right: number, predictive: number, marks: 'wrong' | 'right' }[]}
 *   most predictive first; a "use" is one option containing the word (once per option)
 */
export function cueWords(items, lang, minUses = 4) {
  const counts = new Map();
  for (const item of items.filter(isKeyed)) {
    for (const option of item.options) {
      for (const word of contentWords(option.label, lang)) {
        const c = counts.get(word) ?? { word, uses: 0, wrong: 0, right: 0 };
        c.uses++;
        c[option.correct ? 'right' : 'wrong']++;
        counts.set(word, c);
      }
    }
  }
  return [...counts.values()]
    .filter((c) => c.uses >= minUses)
    .map((c) => ({ ...c, predictive: Math.max(c.wrong, c.right) / c.uses, marks: c.wrong >= c.right ? 'wrong' : 'right' }))
    .sort((a, b) => b.predictive - a.predictive || b.uses - a.uses || a.word.localeCompare(b.word));
}
