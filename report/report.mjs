// From files to figures: read every export, group them by activity, join with the course
// packages and compute each activity's figures. The command line (cli.mjs), the tests and the
// bench all start here.
import { readFileSync } from 'node:fs';
import { ExportError } from './errors.mjs';
import { isSpreadsheet, readTable } from './read-table.mjs';
import { readExport } from './moodle-exports.mjs';
import { loadPackage } from './course-content.mjs';
import { activityKey, buildActivity } from './activity.mjs';
import { certificates, certification, itemAnalysis, objectives, overview, scenarioDecisions } from './statistics.mjs';

/**
 * @param {string[]} files export files
 * @param {{ packages: string[], org?: string, dept?: string, mastery?: number, read?: (file: string) => Uint8Array }} options
 */
export function analyse(files, options) {
  if (!files.length) throw new ExportError('(command line)', 'name at least one export file');
  const read = options.read ?? ((file) => readFileSync(file));
  const packages = options.packages.map(loadPackage);
  const groups = new Map();
  const contents = files.map((file) => {
    try {
      return { file, bytes: read(file) };
    } catch (error) {
      throw new ExportError(file, `cannot be read (${error.code ?? error.message})`);
    }
  });
  // Spreadsheet downloads (.xlsx, .ods) are not read; next to text downloads they are skipped and
  // listed, alone they stop the run with an explanation (readTable says what to download instead).
  const text = contents.filter((c) => !isSpreadsheet(c.bytes));
  const skipped = text.length ? contents.filter((c) => isSpreadsheet(c.bytes)).map((c) => c.file) : [];
  for (const { file, bytes } of text.length ? text : contents) {
    const table = readTable(bytes, file);
    const record = readExport({ file, ...table });
    const key = activityKey(file);
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const activities = [...groups].map(([key, exports]) => figures(buildActivity(key, exports, packages, options), options));
  if (options.org && activities.every((a) => a.certification.missing)) {
    const columns = [...new Set(activities.flatMap((a) => [...a.activity.identityColumns]))];
    throw new ExportError(files.join(', '), `--org ${options.org}: no export has this column; columns with learner details: ${columns.join(', ') || 'none (add the gradebook export)'}`);
  }
  return { activities, skipped, options: { org: options.org, dept: options.dept, mastery: options.mastery }, packages };
}

function figures(activity, options) {
  const items = itemAnalysis(activity);
  return {
    activity,
    overview: overview(activity),
    items,
    scenarios: scenarioDecisions(activity, items),
    objectives: objectives(activity, items),
    certification: certification(activity, options.org, options.dept),
    certificates: certificates(activity, options.org),
  };
}
