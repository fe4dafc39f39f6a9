// Checks a project's lessons/ as the build does: every file against the schema (file: field:
// reason), then the validity rules of the questions (builder/validity/). Throws ContentError or
// ValidityError; returns the courses, the validity report and any warnings VALIDITY=warn allows.
import { loadContent } from './content.mjs';
import { checkValidity, enforceValidity } from './validity/index.mjs';

export function validateLessons(root, mode) {
  const { courses } = loadContent(root);
  const validity = checkValidity(courses);
  const warnings = enforceValidity(validity.failures, mode);
  return { courses, report: validity.text, warnings };
}
