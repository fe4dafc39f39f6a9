// Validity of the courses' questions (issue #14): the report `npm run validate` prints and the
// hard rules `npm run build` enforces. VALIDITY=warn turns the hard rules into warnings, for
// the lead only, while the content is being rewritten; the default is strict.
import { formatReport, hardRuleFailures, pilotNotices, validityReport } from './report.mjs';

export class ValidityError extends Error {
  /** @param {string[]} failures */
  constructor(failures) {
    super(`The questions fail ${failures.length} validity rule${failures.length === 1 ? '' : 's'} (VALIDITY=warn to build anyway):\n  ` + failures.join('\n  '));
    this.failures = failures;
  }
}

export const validityMode = (env = process.env) => (env.VALIDITY === 'warn' ? 'warn' : 'strict');

/**
 * Every course in every language: the reports, and the hard-rule failures of all of them.
 * @param {Map<string, any>} [pilots] per course its pilot (builder/pilot/pilot-data.mjs); the
 *   build always passes them, so an unpiloted item fails it
 */
export function checkValidity(courses, pilots) {
  const reports = courses.flatMap((course) => course.languages.map((lang) => validityReport(course, lang, pilots?.get(course.id))));
  return { reports, failures: reports.flatMap(hardRuleFailures), notices: reports.flatMap(pilotNotices), text: reports.map(formatReport).join('\n\n') };
}

/** Throws a ValidityError on failures in strict mode; returns the warnings in warn mode. */
export function enforceValidity(failures, mode = validityMode()) {
  if (failures.length && mode === 'strict') throw new ValidityError(failures);
  return failures.map((f) => `warning (VALIDITY=warn): ${f}`);
}
