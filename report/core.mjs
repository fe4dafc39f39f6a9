// The report's one core, shared by both front doors: `npm run report` (report.mjs reads the files
// from disk) and the results page (page/results-page.mjs reads what the administrator drops).
// It takes file contents, never paths: names (for messages) and bytes. Pure: no file system,
// no network; the spreadsheet library is handed in by the caller.
import { ExportError } from './errors.mjs';
import { readTable } from './read-table.mjs';
import { exportKind, readExport } from './moodle-exports.mjs';
import { buildChamiloActivity, chamiloKind, readChamilo } from './chamilo-exports.mjs';
import { checkNamedKind, groupMoodle } from './group.mjs';
import { buildActivity } from './activity.mjs';
import { certificates, certification, itemAnalysis, learnerList, objectives, overview, scenarioDecisions } from './statistics.mjs';

/** Organisation columns tried in this order when none is named: Moodle's institution, Chamilo's company profile field. */
export const ORG_COLUMNS = ['institution', 'organisation', 'organization', 'company'];
export const DEPT_COLUMNS = ['department', 'afdeling'];

/**
 * @param {{ name: string, bytes: Uint8Array }[]} files
 * @param {{ courses: any[], org?: string, dept?: string, mastery?: number,
 *   spreadsheet?: (bytes: Uint8Array, file: string) => any }} options
 *   courses: course indexes (course-index.mjs); spreadsheet: the .xlsx/.ods reader (sheet-rows.mjs)
 */
export function analyseFiles(files, options) {
  if (!files.length) throw new ExportError('(no files)', 'noFiles');
  const moodle = [];
  const chamilo = [];
  for (const { name, bytes } of files) {
    const table = readTable(bytes, name, { spreadsheet: options.spreadsheet });
    // Chamilo first: its learner list has "First name" and "Last name" too, like Moodle's gradebook.
    const kind = chamiloKind(table.rows);
    if (kind) {
      chamilo.push(readChamilo({ file: name, ...table }, kind));
      continue;
    }
    if (exportKind(table.rows[0])) {
      const record = readExport({ file: name, ...table });
      checkNamedKind(record);
      moodle.push(record);
      continue;
    }
    throw new ExportError(name, 'notAnExport', {}, { row: 1 });
  }
  const activities = groupMoodle(moodle).map((group) => buildActivity(group, options.courses, options));
  const ignored = chamilo.filter((r) => r.kind === 'chamilo-ignored');
  if (chamilo.length > ignored.length) activities.push(buildChamiloActivity(chamilo, options.courses, options));
  const identity = new Set(activities.flatMap((a) => [...a.identityColumns]));
  const org = options.org ?? ORG_COLUMNS.find((c) => identity.has(c));
  const dept = options.dept ?? (org ? DEPT_COLUMNS.find((c) => identity.has(c)) : undefined);
  const results = activities.map((a) => figures(a, org, dept));
  if (options.org && results.every((a) => a.certification.missing)) {
    throw new ExportError(files.map((f) => f.name).join(', '), 'orgColumnMissing', { org: options.org, columns: [...identity] });
  }
  return {
    activities: results,
    ignored: ignored.map((r) => ({ file: r.file, why: r.why })), // why: a key of notUsed in strings.mjs
    files: files.map((f) => f.name),
    options: { org, dept, mastery: options.mastery, orgFrom: options.org ? 'option' : org ? 'found' : 'none' },
  };
}

function figures(activity, org, dept) {
  const items = itemAnalysis(activity);
  return {
    activity,
    overview: overview(activity),
    items,
    scenarios: scenarioDecisions(activity, items),
    objectives: objectives(activity, items),
    certification: certification(activity, org, dept),
    certificates: certificates(activity, org),
    learners: learnerList(activity, org, dept),
  };
}
