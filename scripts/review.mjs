// `npm run review`: dist/review/<course>.<lang>.html, one self-contained review copy per course
// and language (builder/review/export.mjs, render.mjs).
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../builder/content.mjs';
import { writeReviews } from '../builder/review/export.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  for (const { file } of await writeReviews(root, join(root, 'dist', 'review'))) console.log(`  ${relative(root, file)}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
