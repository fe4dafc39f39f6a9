// `npm run stats`: per course and route the words a learner reads and the minutes it takes, and
// the reading ease of every page (builder/stats/). `--json` prints the figures as JSON.
import { fileURLToPath } from 'node:url';
import { loadContent, ContentError } from '../builder/content.mjs';
import { computeStats } from '../builder/stats/index.mjs';
import { formatStats } from '../builder/stats/stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const stats = await computeStats(root, loadContent(root).courses);
  console.log(process.argv.includes('--json') ? JSON.stringify(stats, null, 2) : formatStats(stats));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
