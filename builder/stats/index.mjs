// Course statistics computed with the player's own route (src/progress/screens.ts).
import { importPlayerModule } from '../player-module.mjs';
import { allStats } from './stats.mjs';

export async function computeStats(root, courses) {
  const { route } = await importPlayerModule(root, 'src/progress/screens.ts');
  return allStats(courses, route);
}
