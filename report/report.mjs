// The command line's and the tests' door to the core (core.mjs): file paths → contents, course
// packages on disk → course indexes, the spreadsheet reader from node_modules. Everything else
// happens in the core, exactly as in the results page.
import { readFileSync } from 'node:fs';
import { ExportError } from './errors.mjs';
import { loadPackage } from './course-content.mjs';
import { readSpreadsheet } from './spreadsheet-node.mjs';
import { analyseFiles } from './core.mjs';

/**
 * @param {string[]} files export files
 * @param {{ packages: string[], org?: string, dept?: string, mastery?: number, read?: (file: string) => Uint8Array }} options
 */
export function analyse(files, options) {
  if (!files.length) throw new ExportError('(command line)', 'noFilesCli');
  const read = options.read ?? ((file) => readFileSync(file));
  const contents = files.map((name) => {
    try {
      return { name, bytes: read(name) };
    } catch (error) {
      throw new ExportError(name, 'cannotRead', { detail: error.code ?? error.message });
    }
  });
  const courses = options.packages.map(loadPackage);
  const report = analyseFiles(contents, { courses, org: options.org, dept: options.dept, mastery: options.mastery, spreadsheet: readSpreadsheet });
  return { ...report, packages: courses };
}
