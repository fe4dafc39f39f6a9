// `npm run pilot`: make a pilot booklet for one reader, and record their answer sheet
// (issue #22; method in lessons/pilot/README.md).
//
//   npm run pilot -- booklet <course> naive <seed>
//   npm run pilot -- booklet <course> trained <seed> [--route <department>] [--bank-only] [--only <ref,ref>]
//       writes pilot-booklets/<course>-<panel>-<seed>.md (the reader's booklet) and .key.json
//   npm run pilot -- record <course> <booklet .key.json> <answer sheet> --reader <id> --kind human|ai --method "<who, what they saw>"
//       adds the reader to lessons/pilot/<course>.yaml, each answer with the item's fingerprint
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { loadContent } from '../builder/content.mjs';
import { importPlayerModule } from '../builder/player-module.mjs';
import { makeBooklet, readAnswerSheet } from '../builder/pilot/booklet.mjs';
import { PilotFile, READER_KINDS, pilotFile } from '../builder/pilot/pilot-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { route: { type: 'string' }, reader: { type: 'string' }, kind: { type: 'string' }, method: { type: 'string' }, date: { type: 'string' }, 'bank-only': { type: 'boolean' }, only: { type: 'string' } },
});
const [command, courseId, ...rest] = positionals;
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const course = loadContent(root).courses.find((c) => c.id === courseId) ?? fail(`pilot: no course "${courseId}"`);
const lang = course.languages[0];

if (command === 'booklet') {
  const [panel, seedText] = rest;
  if (!['naive', 'trained'].includes(panel)) fail('pilot booklet: the panel is naive or trained');
  const seed = Number(seedText);
  if (!Number.isInteger(seed)) fail('pilot booklet: give a whole number as the seed');
  let pages;
  if (panel === 'trained') {
    const { route } = await importPlayerModule(root, 'src/progress/screens.ts');
    if (values.route && !course.departments?.includes(values.route)) fail(`pilot booklet: ${courseId} has no department "${values.route}"`);
    pages = route(course, values.route).filter((s) => s.kind === 'page');
  }
  const only = values.only?.split(',').map((ref) => ref.trim());
  const { text, key } = makeBooklet(course, { panel, seed, lang, pages, bankOnly: values['bank-only'], only });
  if (only && key.length !== only.length) fail(`pilot booklet: --only names ${only.length} items, ${key.length} found on this route`);
  const dir = join(root, 'pilot-booklets');
  mkdirSync(dir, { recursive: true });
  const name = `${courseId}-${panel}${values.route ? `-${values.route}` : ''}-${seed}`;
  writeFileSync(join(dir, `${name}.md`), text);
  writeFileSync(join(dir, `${name}.key.json`), JSON.stringify({ course: courseId, panel, seed, route: values.route, language: lang, key }, null, 1));
  console.log(`pilot: ${key.length} items; booklet pilot-booklets/${name}.md, key pilot-booklets/${name}.key.json`);
} else if (command === 'record') {
  const [keyFile, sheetFile] = rest;
  if (!keyFile || !sheetFile || !values.reader || !values.method) fail('pilot record: <course> <key.json> <answer sheet> --reader <id> --kind human|ai --method "<text>"');
  // who answered is data the catalogue shows administrators: never assumed
  if (!READER_KINDS.includes(values.kind)) fail(`pilot record: --kind says who answered: ${READER_KINDS.join(' or ')}`);
  const booklet = JSON.parse(readFileSync(keyFile, 'utf8'));
  if (booklet.course !== courseId) fail(`pilot record: ${keyFile} is a booklet of ${booklet.course}`);
  let answers;
  try {
    answers = readAnswerSheet(readFileSync(sheetFile, 'utf8'), booklet.key, sheetFile);
  } catch (error) {
    fail(error.message);
  }
  const file = pilotFile(root, courseId);
  const data = existsSync(file) ? parse(readFileSync(file, 'utf8')) : { course: courseId, language: lang, readers: [] };
  data.readers = data.readers.filter((r) => r.id !== values.reader);
  const reader = { id: values.reader, panel: booklet.panel, kind: values.kind, ...(booklet.route ? { route: booklet.route } : {}), method: values.method, date: values.date ?? new Date().toISOString().slice(0, 10), booklet: booklet.seed, answers };
  data.readers.push(reader);
  const checked = PilotFile.safeParse(data);
  if (!checked.success) fail(`pilot record: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  mkdirSync(join(root, 'lessons', 'pilot'), { recursive: true });
  writeFileSync(file, `# Pilot answers of the ${courseId} course's items: see lessons/pilot/README.md. Written by npm run pilot -- record.\n${stringify(data, { lineWidth: 0 })}`);
  console.log(`pilot: ${values.reader} (${booklet.panel}) answered ${Object.keys(answers).length} items; lessons/pilot/${courseId}.yaml`);
} else {
  fail('pilot: booklet | record (see scripts/pilot.mjs)');
}
