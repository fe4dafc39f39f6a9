// Checks a project's lessons/ as the build does: every file against the schema (file: field:
// reason), the pilot evidence (lessons/pilot/), then the validity rules of the questions
// (builder/validity/). Throws ContentError or ValidityError; returns the content, the validity
// report and any warnings VALIDITY=warn allows.
import { ContentError, loadContent } from './content.mjs';
import { loadPilots } from './pilot/pilot-data.mjs';
import { checkValidity, enforceValidity } from './validity/index.mjs';

export function validateLessons(root, mode) {
  const content = loadContent(root);
  const problems = [];
  const pilots = loadPilots(root, content.courses, problems);
  if (problems.length) throw new ContentError(problems);
  const validity = checkValidity(content.courses, pilots);
  const warnings = [...enforceValidity(validity.failures, mode), ...validity.notices];
  return { ...content, pilots, report: validity.text, warnings };
}
