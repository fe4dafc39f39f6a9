// `npm run report -- FILE… [--out report.html] [--lang nl|en] [--org COLUMN [--dept COLUMN]]
//                         [--package ZIP…] [--mastery PERCENT]`
// Reads LMS exports and writes one self-contained HTML report. Bad input stops with one line
// naming the file, row and column, and exit code 1. Every line it prints is in the --lang language.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ExportError, describeError } from './errors.mjs';
import { analyse } from './report.mjs';
import { renderReport } from './render.mjs';
import { t } from './strings.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** --lang as given (even before the options are parsed, so a wrong option is reported in it); default nl. */
export function cliLang(argv) {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? 'nl' : argv[at].includes('=') ? argv[at].slice(7) : argv[at + 1];
  return value === 'en' ? 'en' : 'nl';
}

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
  const lang = cliLang(argv);
  if (values.help) return console.log(t(lang, 'cli.usage'));
  if (!['nl', 'en'].includes(values.lang)) throw new ExportError('--lang', 'badLang', { value: values.lang });
  if (values.dept && !values.org) throw new ExportError('--dept', 'deptNeedsOrg');
  const mastery = values.mastery === undefined ? undefined : Number(values.mastery);
  if (mastery !== undefined && !(mastery >= 0 && mastery <= 100)) throw new ExportError('--mastery', 'badMastery', { value: values.mastery });
  const packages = values.package ?? builtPackages();
  const started = performance.now();
  const report = analyse(positionals, { packages, org: values.org, dept: values.dept, mastery });
  for (const { file, why } of report.ignored) console.warn(`report: ${t(lang, 'cli.notUsed')}: ${file}: ${t(lang, `notUsed.${why}`)}`);
  const html = renderReport(report, { lang });
  const out = resolve(values.out);
  writeFileSync(out, html);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const count = report.activities.length;
  console.log(`report: ${t(lang, 'cli.done', { count, activities: t(lang, count === 1 ? 'cli.activity' : 'cli.activities'), files: positionals.length, out, seconds })}`);
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
  if (!zips.length) throw new ExportError('dist/', 'noPackagesBuilt');
  return zips;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    const lang = cliLang(process.argv.slice(2));
    if (error instanceof ExportError) {
      console.error(`report: ${describeError(error, lang)}`);
      process.exit(1);
    }
    if (error?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      console.error(`report: ${error.message}`);
      console.error(t(lang, 'cli.usage'));
      process.exit(1);
    }
    throw error;
  }
}
