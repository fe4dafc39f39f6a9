// Writes the review copies of every course in every one of its languages:
// <out>/<course>.<lang>.html (render.mjs). Used by `npm run review` and its test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../content.mjs';
import { computeStats } from '../stats/index.mjs';
import { withDuration } from '../stats/duration.mjs';
import { loadPilots } from '../pilot/pilot-data.mjs';
import { pilotOf } from '../validity/pilot.mjs';
import { renderReview } from './render.mjs';

/**
 * @param {string} root project root
 * @param {string} out folder to write into (created when missing)
 * @returns {Promise<{ course: string, lang: string, file: string }[]>} what was written
 */
export async function writeReviews(root, out) {
  const { courses: loaded, sources, claims } = loadContent(root);
  const stats = await computeStats(root, loaded);
  const pilots = loadPilots(root, loaded, []);
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const course of withDuration(loaded, stats)) {
    for (const lang of course.languages) {
      const file = join(out, `${course.id}.${lang}.html`);
      const pilot = pilotOf(course, pilots.get(course.id));
      writeFileSync(file, renderReview({ course, sources, claims, pilot, stats: stats.find((s) => s.course === course.id), lang }));
      written.push({ course: course.id, lang, file });
    }
  }
  return written;
}
