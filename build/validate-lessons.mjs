// `npm run validate [project-root]`: checks every file in lessons/ and prints each problem as
// file: field: reason. Exits 1 when there is any.
import { loadContent, ContentError } from './content.mjs';
import { fileURLToPath } from 'node:url';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
try {
  const { courses } = loadContent(root);
  for (const c of courses) console.log(`ok  ${c.id}: ${c.lessons.length} lessons${c.assessment ? `, bank of ${c.assessment.bank.length}` : ''}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
