// `npm run validate [project-root]`: checks every file in lessons/ and prints each problem as
// file: field: reason, then the validity report of the questions (builder/validity/). Exits 1
// when a file has a problem or a question breaks a hard validity rule (VALIDITY=warn: warns).
import { ContentError } from './content.mjs';
import { ValidityError } from './validity/index.mjs';
import { validateLessons } from './validate.mjs';
import { fileURLToPath } from 'node:url';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
try {
  const { courses, report, warnings } = validateLessons(root);
  for (const c of courses) console.log(`ok  ${c.id}: ${c.lessons.length} lessons${c.assessment ? `, bank of ${c.assessment.bank.length}` : ''}`);
  console.log(`\nValidity of the questions (issue #14; see builder/validity/):\n\n${report}\n`);
  for (const warning of warnings) console.log(warning);
} catch (error) {
  if (!(error instanceof ContentError || error instanceof ValidityError)) throw error;
  console.error(error.message);
  process.exit(1);
}
