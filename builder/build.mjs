// `npm run build`: lessons/ + src/ → dist/<course>-scorm12.zip and dist/<course>-scorm2004.zip.
// Steps: validate every lesson file, check UI strings in every language, bundle the player once,
// then for each course and SCORM version write course.json, locales, launch page and manifest,
// and zip them with imsmanifest.xml at the root.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { zipSync, strToU8 } from 'fflate';
import { LANGUAGES, OBJECTIVES } from '../src/course/vocabulary.mjs';
import { ContentError } from './content.mjs';
import { manifestScorm12, manifestScorm2004 } from './manifest.mjs';
import { launchPage } from './launch-page.mjs';
import { assetFiles } from './assets.mjs';
import { ValidityError } from './validity/index.mjs';
import { validateLessons } from './validate.mjs';
import { pilotStatus } from './validity/pilot.mjs';
import { computeStats } from './stats/index.mjs';
import { withDuration } from './stats/duration.mjs';
import { statusSentence } from './review-status.mjs';
import { writeCatalogue } from './catalogue/index.mjs';
import { writeResultsPages } from './results-pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
export const VERSIONS = /** @type {const} */ (['scorm12', 'scorm2004']);

export async function build({ quiet = false } = {}) {
  const started = performance.now();
  const log = quiet ? () => {} : (m) => console.log(m);
  const loaded = validateLessons(root);
  const { sources } = loaded;
  for (const warning of loaded.warnings) log(warning);
  const courses = withDuration(loaded.courses, await computeStats(root, loaded.courses)).map((c) => ({ ...c, pilot: pilotStatus(c, loaded.pilots.get(c.id)) }));
  const ui = loadUiStrings();
  const player = await bundle();

  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const packages = [];
  for (const course of courses) {
    const files = courseFiles(course, sources, ui, player);
    for (const version of VERSIONS) {
      const pkg = packageFor(course, version, files);
      const zip = zipSync(pkg.entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
      const name = `${course.id}-${version}.zip`;
      writeFileSync(join(dist, name), zip);
      packages.push({ course: course.id, version, file: name, bytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex') });
      log(`  ${name}  ${(zip.length / 1024).toFixed(1)} KB`);
    }
  }
  const listing = catalogue(courses, packages);
  writeFileSync(join(dist, 'catalogue.json'), JSON.stringify(listing, null, 2) + '\n');
  const site = writeCatalogue(dist, listing, courses);
  log(`  catalogue/: ${site.pages.length} pages, the zips and a try copy of each course`);
  // The results and sector pages, next to the catalogue's pages in dist/catalogue/.
  const results = await writeResultsPages(join(dist, 'catalogue'), dist);
  log(`  catalogue/results.html: page script ${(results.bytes.results / 1024).toFixed(1)} KB, course data ${(results.bytes.courses / 1024).toFixed(1)} KB`);
  // The top-level imsmanifest.xml is a reference copy of one shipped manifest (hotel, SCORM 2004),
  // so a reviewer can read it without unzipping; e2e checks it matches the zip.
  const shown = courses.find((c) => c.id === 'hotel') ?? courses[0];
  const reference = packageFor(shown, 'scorm2004', courseFiles(shown, sources, ui, player));
  writeFileSync(join(root, 'imsmanifest.xml'), reference.entries['imsmanifest.xml']);
  log(`built ${packages.length} packages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { courses, packages };
}

/** How answers are named in cmi.interactions, for catalogues and report tools (report/ reads them this way). */
const INTERACTION_IDS = {
  patterns: {
    '<lesson>.<question>': 'a knowledge check in a lesson',
    '<lesson>.<scenario>.<step>': 'one decision in a branching scenario',
    'assessment.<question>.try<k>': 'a final-test question, k-th try of the test within one LMS attempt (a new LMS attempt starts at try1 again)',
    certificate: 'type fill-in, result neutral; the response is the certificate verification code <COURSE3>-<YYYYMMDD>-<score>-<6 base32 characters>',
  },
  matching: "identifiers sent to the LMS may have every '-' written as '_' (content ids keep '-'): compare after mapping '-' to '_' on both sides",
  responses: { '1.2': "option letters a, b, c … in the authored option order, several joined by ','", 2004: "option ids joined by '[,]'" },
  stability: 'an id is never renamed once a course is in use; a changed question gets a new id, so an unknown id belongs to another course version',
};

/** dist/catalogue.json: what a catalogue such as the Mensenhandel Academy needs to list each course. */
function catalogue(courses, packages) {
  return {
    generated: 'by npm run build',
    interactionIds: INTERACTION_IDS,
    courses: courses.map((c) => {
      const perLanguage = (pick) => Object.fromEntries(c.languages.map((l) => [l, pick(l)]));
      return {
      id: c.id,
      version: c.version,
      title: perLanguage((l) => c.text[l].title),
      description: perLanguage((l) => c.text[l].description),
      keywords: perLanguage((l) => c.text[l].keywords),
      audience: { role: c.role, context: c.context },
      durationMinutes: c.durationMinutes,
      languages: c.languages,
      languageStatus: c.languageStatus,
      signoffs: c.signoffs,
      objectives: [...OBJECTIVES],
      lessons: c.lessons.map((lesson) => ({ id: lesson.id, title: perLanguage((l) => lesson.text[l].title) })),
      masteryScore: c.assessment?.masteryScore ?? null,
      // whether the final test's items meet the pilot rules (lessons/pilot/README.md)
      testPilot: c.pilot ?? null,
      packages: packages
        .filter((p) => p.course === c.id)
        .map((p) => ({ file: p.file, scormVersion: p.version === 'scorm12' ? '1.2' : '2004 4th Edition', bytes: p.bytes, sha256: p.sha256 })),
      };
    }),
  };
}

/** UI strings live in src/i18n/<lang>.json; every language must have the same keys. */
function loadUiStrings() {
  const strings = Object.fromEntries(LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(join(root, 'src/i18n', `${lang}.json`), 'utf8'))]));
  // Plural forms differ per language (Polish has one/few/many/other): compare the base key.
  const keys = (obj, prefix = '') =>
    Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`]));
  const problems = [];
  const [first, ...others] = LANGUAGES;
  for (const lang of others) {
    const a = new Set(keys(strings[first]));
    const b = new Set(keys(strings[lang]));
    for (const k of a) if (!b.has(k)) problems.push(`src/i18n/${lang}.json: ${k}: missing translation (present in ${first})`);
    for (const k of b) if (!a.has(k)) problems.push(`src/i18n/${first}.json: ${k}: missing translation (present in ${lang})`);
  }
  if (problems.length) throw new ContentError(problems);
  return strings;
}

/** The player's chunks by file name: app.js (the entry, what the first screen needs) and the chunks it imports later. */
async function bundle() {
  const { default: config } = await import(join(root, 'rollup.config.mjs'));
  const result = await rollup({ ...config, onwarn: config.onwarn });
  const { output } = await result.generate(config.output);
  await result.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const entries = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  if (entries.join() !== 'app.js') throw new Error(`expected one entry chunk, app.js; got ${entries.join(', ')}`);
  if (chunks.length !== output.length) throw new Error(`the bundle emitted files that are not chunks: ${output.filter((o) => o.type !== 'chunk').map((o) => o.fileName).join(', ')}`);
  return Object.fromEntries(chunks.map((c) => [c.fileName, c.code]));
}

/** The files of a course that are the same in both SCORM versions. */
function courseFiles(course, sources, ui, player) {
  const structure = {
    id: course.id,
    version: course.version,
    lessons: course.lessons.map(({ id, pages }) => ({ id, pages })),
    assessment: course.assessment && {
      draw: course.assessment.draw,
      masteryScore: course.assessment.masteryScore,
      minPerObjective: course.assessment.minPerObjective,
      bank: course.assessment.bank,
    },
    departments: course.departments,
    help: course.help,
    icon: course.icon,
    departmentIcons: course.departmentIcons,
    certificateNote: course.certificateNote,
  };
  // Pictures are not structure: adding one must not make saved progress look foreign.
  const withoutPictures = JSON.stringify(structure, (key, value) => (key === 'icon' || key === 'departmentIcons' || value?.type === 'picture' ? undefined : value));
  structure.fingerprint = createHash('sha256').update(withoutPictures).digest('base64url').slice(0, 6);
  structure.languages = course.languages;
  // Only the sources the course cites travel with it (ids are quoted strings in the structure),
  // in a file of their own: no first screen cites one, so they load with the lessons' texts.
  const json = JSON.stringify(structure);
  const cited = Object.fromEntries(Object.entries(sources).filter(([id]) => json.includes(`"${id}"`)));
  const files = {
    ...player,
    'page.css': readFileSync(join(root, 'src/page.css'), 'utf8'),
    'course.json': json,
    'sources.json': JSON.stringify(cited),
  };
  for (const lang of course.languages) Object.assign(files, localeFiles(course, ui, lang));
  Object.assign(files, assetFiles(root, course.assets));
  return files;
}

/**
 * Each language in two parts, so the first screen waits only for what it shows:
 * locales/<lang>.json     player strings, course texts and lesson titles (welcome, menu, help);
 * locales/<lang>.rest.json the lessons and the final test, fetched once the first screen is up.
 */
function localeFiles(course, ui, lang) {
  const titles = Object.fromEntries(course.lessons.map((l) => [l.id, { title: l.text[lang].title }]));
  const first = { ui: ui[lang], course: course.text[lang], lessons: titles };
  const rest = {
    lessons: Object.fromEntries(course.lessons.map((l) => [l.id, l.text[lang]])),
    assessment: course.assessment?.text[lang] ?? {},
  };
  return { [`locales/${lang}.json`]: JSON.stringify(first), [`locales/${lang}.rest.json`]: JSON.stringify(rest) };
}

function packageFor(course, version, files) {
  const withLaunch = { 'index.html': launchPage(course, version), ...files };
  const pkg = {
    id: course.id,
    version: course.version,
    titles: Object.fromEntries(course.languages.map((l) => [l, course.text[l].title])),
    descriptions: Object.fromEntries(course.languages.map((l) => [l, course.text[l].description])),
    keywords: Object.fromEntries(course.languages.map((l) => [l, course.text[l].keywords])),
    languages: course.languages,
    reviewStatus: Object.fromEntries(course.languages.map((l) => [l, statusSentence(course, l)])),
    durationMinutes: course.durationMinutes,
    role: course.role,
    context: course.context,
    masteryScore: course.assessment?.masteryScore,
    rights: {
      nl: 'Vrij te gebruiken voor training binnen de eigen organisatie. Niet verkopen.',
      en: 'Free to use for training within your own organisation. Not for sale.',
      pl: 'Można bezpłatnie wykorzystywać do szkoleń we własnej organizacji. Nie na sprzedaż.',
    },
    files: Object.keys(withLaunch),
    launch: 'index.html',
  };
  const manifest = version === 'scorm12' ? manifestScorm12(pkg) : manifestScorm2004(pkg);
  const entries = { 'imsmanifest.xml': strToU8(manifest) };
  for (const [path, text] of Object.entries(withLaunch)) entries[path] = strToU8(text);
  return { entries, pkg };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build().catch((error) => {
    console.error(error instanceof ContentError || error instanceof ValidityError ? error.message : error);
    process.exit(1);
  });
}
