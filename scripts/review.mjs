// `npm run review`: dist/review/<course>.<lang>.html, one self-contained review copy per course
// and language (builder/review/render.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent, ContentError } from '../builder/content.mjs';
import { computeStats } from '../builder/stats/index.mjs';
import { withDuration } from '../builder/stats/duration.mjs';
import { renderReview } from '../builder/review/render.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const { courses: loaded, sources } = loadContent(root);
  const stats = await computeStats(root, loaded);
  const out = join(root, 'dist', 'review');
  mkdirSync(out, { recursive: true });
  for (const course of withDuration(loaded, stats)) {
    for (const lang of course.languages) {
      const file = join(out, `${course.id}.${lang}.html`);
      writeFileSync(file, renderReview({ course, sources, stats: stats.find((s) => s.course === course.id), lang }));
      console.log(`  dist/review/${course.id}.${lang}.html`);
    }
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
