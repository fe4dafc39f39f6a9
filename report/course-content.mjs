// A built package on disk (a zip from dist/ or an unpacked folder) → the course index
// (course-index.mjs). Reading the package rather than lessons/ means the report joins with exactly
// what learners were given, so an administrator points it at the zip they uploaded to the LMS.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExportError } from './errors.mjs';
import { indexOr, packageFromZip } from './package-zip.mjs';

export { joinKey, LANGS } from './course-index.mjs';
export { packageFromZip };

/** @param {string} path a .zip or a folder holding course.json and locales/ */
export function loadPackage(path) {
  if (!existsSync(path)) throw new ExportError(path, 'packageNotFound');
  if (statSync(path).isDirectory()) {
    return indexOr(path, (name) => {
      const file = join(path, name);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    }, 'folder');
  }
  return packageFromZip(path, readFileSync(path));
}

