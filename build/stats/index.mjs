// Course statistics computed with the player's own route (src/progress/screens.ts).
import { join } from 'node:path';
import { importPlayerModule } from '../player-module.mjs';
import { allStats } from './stats.mjs';

export async function computeStats(root, courses) {
  const { route } = await importPlayerModule(join(root, 'src/progress/screens.ts'));
  return allStats(courses, route);
}
