// The claims register (lessons/claims.yaml) against the texts, in both directions:
// - every law article and phone number a course's texts cite (any language) must be covered by a
//   claim that lists it and names that place under usedIn.<course>; the problem says what to add;
// - every place a claim names must still exist in that course and, for a claim that lists
//   articles or phones, still cite one of them there: a stale usage fails too.
// Problems are "<file>: <field>: <reason>", collected like every other lesson problem.
import { articlesIn, courseTexts, phoneKey, phonesIn } from './claims-scan.mjs';

export const CLAIMS_FILE = 'lessons/claims.yaml';

/**
 * @param {any[]} courses as loadContent() builds them
 * @param {{ claims: any[] }} register lessons/claims.yaml as the schema outputs it
 * @param {Record<string, unknown>} sources lessons/sources.yaml
 * @param {string[]} problems
 */
export function checkClaims(courses, register, sources, problems) {
  const claims = register.claims;
  const at = (i) => `${CLAIMS_FILE}: claims[${i}]`;
  const seen = new Set();
  claims.forEach((c, i) => {
    if (seen.has(c.id)) problems.push(`${at(i)}.id: "${c.id}" is used by an earlier claim`);
    seen.add(c.id);
    (c.sources ?? []).forEach((ref, j) => {
      if (!sources[ref]) problems.push(`${at(i)}.sources[${j}]: source "${ref}" is not in lessons/sources.yaml`);
    });
    for (const course of Object.keys(c.usedIn)) {
      if (!courses.some((k) => k.id === course)) problems.push(`${at(i)}.usedIn.${course}: "${course}" is not a course (${courses.map((k) => k.id).join(', ')})`);
    }
  });

  for (const course of courses) {
    const texts = courseTexts(course);
    /** place → Set of refs cited there (articles "273f Sr", phones as digits) */
    const cited = new Map();
    for (const t of texts) {
      const refs = cited.get(t.place) ?? new Set();
      for (const r of referencesIn(t.text)) refs.add(r.ref);
      cited.set(t.place, refs);
    }
    checkCovered(course, texts, claims, problems);
    claims.forEach((c, i) => {
      const listed = claimRefs(c);
      (c.usedIn[course.id] ?? []).forEach((place, j) => {
        const field = `${at(i)}.usedIn.${course.id}[${j}]`;
        if (!cited.has(place)) {
          problems.push(`${field}: "${place}" is not a place in course ${course.id} (a lesson/block or course/<key> that no longer exists?): remove it or fix the id (claim "${c.id}")`);
        } else if (listed.length && !listed.some((ref) => cited.get(place).has(ref))) {
          problems.push(`${field}: "${place}" no longer cites ${written(c)} in any language: remove it from usedIn.${course.id} of claim "${c.id}"`);
        }
      });
    });
  }
}

/** Every cited article or phone number in the course's texts needs a claim listing it at that place. */
function checkCovered(course, texts, claims, problems) {
  const reported = new Set();
  for (const t of texts) {
    for (const r of referencesIn(t.text)) {
      const covering = claims.filter((c) => claimRefs(c).includes(r.ref));
      if (covering.some((c) => c.usedIn[course.id]?.includes(t.place))) continue;
      const key = `${t.file} ${t.field} ${r.ref}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const what = r.kind === 'article' ? `article ${r.ref} ("${r.written}")` : `phone number ${r.written}`;
      const fix = covering.length
        ? `add "${t.place}" to usedIn.${course.id} of claim ${covering.map((c) => `"${c.id}"`).join(' or ')}`
        : `add a claim with ${r.kind === 'article' ? `articles: ["${r.ref}"]` : `phones: ["${r.written}"]`} and usedIn: { ${course.id}: [${t.place}] }`;
      problems.push(`${t.file}: ${t.field}: cites ${what}, but ${CLAIMS_FILE} has no claim for it used in ${course.id} at ${t.place}: ${fix}`);
    }
  }
}

/** @returns {{ ref: string, written: string, kind: 'article' | 'phone' }[]} */
export function referencesIn(text) {
  return [...articlesIn(text).map((a) => ({ ...a, kind: 'article' })), ...phonesIn(text).map((p) => ({ ...p, kind: 'phone' }))];
}

/** The refs a claim lists, normalised as the scanner writes them. */
const claimRefs = (c) => [...(c.articles ?? []), ...(c.phones ?? []).map(phoneKey)];
/** The claim's articles and phones as its author wrote them: "article 273f Sr or phone 0800-2000". */
const written = (c) => [...(c.articles ?? []).map((a) => `article ${a}`), ...(c.phones ?? []).map((p) => `phone ${p}`)].join(' or ');

/** The claims a course uses, with the places in that course, for the review export. */
export function claimsOf(register, courseId) {
  return register.claims.filter((c) => c.usedIn[courseId]).map((c) => ({ ...c, places: c.usedIn[courseId] }));
}
