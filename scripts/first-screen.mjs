// What a learner's browser fetches before the first screen is painted: the launch page and every
// resource requested before the player marks "course:first-screen" (src/main.ts sets the mark
// once the first screen has rendered, and only then fetches the lessons' texts). Shared by
// npm run bench and e2e/package.spec.ts, so the printed and the asserted figures are the same.
import { gzipSync } from 'node:zlib';

/** Paths inside the package, in request order, e.g. ["index.html", "page.css", "app.js", …]. */
export async function firstScreenFiles(page, launchUrl) {
  await page.goto(launchUrl);
  await page.waitForFunction(() => performance.getEntriesByName('course:first-screen').length > 0, null, { timeout: 20_000 });
  // A resource timing entry appears only once its response is complete: wait for the network to
  // settle, then keep what was requested (startTime) before the mark.
  await page.waitForLoadState('networkidle');
  const paths = await page.evaluate(() => {
    const at = performance.getEntriesByName('course:first-screen')[0].startTime;
    const early = performance.getEntriesByType('resource').filter((e) => e.startTime <= at);
    return [location.href, ...early.map((e) => e.name)].map((url) => new URL(url).pathname);
  });
  const base = new URL(page.url()).pathname.replace(/[^/]*$/, '');
  // Only the package's own files: the browser's own /favicon.ico request is not the course's.
  return paths.filter((p) => p.startsWith(base)).map((p) => p.slice(base.length));
}

/** gzip -9 bytes of each fetched file, from the package's own files. */
export function gzippedSizes(names, files) {
  return names.map((name) => {
    if (!files[name]) throw new Error(`fetched ${name} before the first screen, which is not in the package`);
    return { name, gz: gzipSync(files[name], { level: 9 }).length };
  });
}
