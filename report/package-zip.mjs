// A course package zip's bytes → the course index. Pure (fflate, no file system): the command line
// reads the zip from disk, the results page from a zip the administrator drops.
import { strFromU8, unzipSync } from 'fflate';
import { ExportError } from './errors.mjs';
import { packageIndex } from './course-index.mjs';

/** A package zip's bytes (also what the results page does with a dropped zip). */
export function packageFromZip(name, bytes) {
  let files;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'course.json' || f.name.startsWith('locales/') });
  } catch (error) {
    throw new ExportError(name, 'packageNotZip', { detail: error.message });
  }
  return indexOr(name, (file) => (files[file] ? strFromU8(files[file]) : undefined), 'zip');
}

/** @param {'zip'|'folder'} where the package was read from, for the message when it is incomplete */
export function indexOr(name, read, where) {
  try {
    return packageIndex(read, name);
  } catch (error) {
    throw new ExportError(name, 'packageIncomplete', { missing: error.missing, detail: error.message, in: where });
  }
}
