// `npm run report -- FILE… [--out report.html] [--lang nl|en] [--org COLUMN [--dept COLUMN]]
//                         [--package ZIP…] [--mastery PERCENT]`
// Reads LMS exports and writes one self-contained HTML report. Bad input stops with one line
// naming the file, row and column, and exit code 1.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ExportError } from './errors.mjs';
import { analyse } from './report.mjs';
import { renderReport } from './render.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `usage: npm run report -- FILE… [--out report.html] [--lang nl|en] [--org COLUMN [--dept COLUMN]] [--package ZIP…] [--mastery PERCENT]`;

export function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'report.html' },
      lang: { type: 'string', default: 'nl' },
      org: { type: 'string' },
      dept: { type: 'string' },
      package: { type: 'string', multiple: true },
      mastery: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  if (!['nl', 'en'].includes(values.lang)) throw new ExportError('--lang', `"${values.lang}": choose nl or en`);
  if (values.dept && !values.org) throw new ExportError('--dept', 'needs --org as well');
  const mastery = values.mastery === undefined ? undefined : Number(values.mastery);
  if (mastery !== undefined && !(mastery >= 0 && mastery <= 100)) throw new ExportError('--mastery', `"${values.mastery}" is not a percentage from 0 to 100`);
  const packages = values.package ?? builtPackages();
  const started = performance.now();
  const report = analyse(positionals, { packages, org: values.org, dept: values.dept, mastery });
  for (const { file, why } of report.ignored) console.warn(`report: not used: ${file}: ${why}`);
  const html = renderReport(report, { lang: values.lang });
  const out = resolve(values.out);
  writeFileSync(out, html);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`report: ${report.activities.length} activit${report.activities.length === 1 ? 'y' : 'ies'} from ${positionals.length} files → ${out} (${seconds} s)`);
}

/** Without --package: every zip npm run build wrote to dist/. */
function builtPackages() {
  const dist = join(root, 'dist');
  let zips = [];
  try {
    zips = readdirSync(dist).filter((f) => f.endsWith('.zip')).map((f) => join(dist, f));
  } catch {
    // handled below
  }
  if (!zips.length) throw new ExportError('dist/', 'no course packages: run npm run build first, or name the zip you uploaded with --package');
  return zips;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ExportError || error?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      console.error(`report: ${error.message}`);
      if (!(error instanceof ExportError)) console.error(USAGE);
      process.exit(1);
    }
    throw error;
  }
}
