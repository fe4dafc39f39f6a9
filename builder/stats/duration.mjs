// The course's durationMinutes comes from npm run stats, never from a typed number: it goes into
// the LOM metadata, catalogue.json and every course text that says {{minutes}} (the welcome text).

/** Courses with `durationMinutes` set and {{minutes}} filled in their own texts. */
export function withDuration(courses, stats) {
  return courses.map((course) => {
    const minutes = stats.find((s) => s.course === course.id)?.durationMinutes;
    if (!minutes) throw new Error(`${course.id}: no reading-time statistics to take durationMinutes from`);
    const text = Object.fromEntries(course.languages.map((lang) => [lang, fillMinutes(course.text[lang], minutes)]));
    return { ...course, durationMinutes: minutes, text };
  });
}

function fillMinutes(value, minutes) {
  if (typeof value === 'string') return value.replaceAll('{{minutes}}', String(minutes));
  if (Array.isArray(value)) return value.map((v) => fillMinutes(v, minutes));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillMinutes(v, minutes)]));
  return value;
}
