// A language ships in two files (see localeFiles in build.mjs): locales/<lang>.json for the first
// screen and locales/<lang>.rest.json for the lessons and the final test. Tools that read a
// package (tests, bench, the results report) join them back into what the player holds.

/** Deep merge of the two parts; the rest wins where both have a value (lesson titles). */
export function joinLocale(first, rest) {
  if (!rest) return first;
  if (!first || typeof first !== 'object' || typeof rest !== 'object' || Array.isArray(first)) return rest ?? first;
  const keys = new Set([...Object.keys(first), ...Object.keys(rest)]);
  return Object.fromEntries([...keys].map((k) => [k, k in rest ? joinLocale(first[k], rest[k]) : first[k]]));
}
