// The catalogue site, dist/catalogue/, written by `npm run build` after the zips and catalogue.json:
//   index.html, guide.html, <course>.html   Dutch pages; the same names with .en.html in English
//   catalogue.css                            the only style sheet (no inline style: strict CSP)
//   catalogue.json                           a copy of dist/catalogue.json, which the pages are made from
//   downloads/<course>-scorm*.zip            the packages, byte for byte
//   try/<course>/                            the SCORM 2004 package unpacked, to try without an LMS
//   results.html, sector.html (and .en.html) the results and sector pages (builder/results-pages.mjs writes them)
// The folder is self-contained: publish it as is, or open index.html from disk.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { coursePage, guidePage, indexPage } from './pages.mjs';
import { pageFile } from './html.mjs';
import nl from './strings/nl.mjs';
import en from './strings/en.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const STRINGS = { nl, en };
/** The package the "try it" link opens: 2004, whose standalone mode is the same as 1.2's. */
const TRY_VERSION = 'scorm2004';

/** The launch file of the package's SCO, as its manifest names it. */
export function launchHref(manifest) {
  const resource = [...manifest.matchAll(/<resource\b[^>]*>/g)].map((m) => m[0]).find((tag) => /adlcp:scorm[tT]ype="sco"/.test(tag));
  const href = resource?.match(/\bhref="([^"]+)"/)?.[1];
  if (!href) throw new Error('imsmanifest.xml: no <resource> with adlcp:scormType="sco" and an href');
  return decodeURI(href);
}

/**
 * A classic (non-module) script put into the try copy's launch page: Chromium refuses module
 * scripts and fetch() from file://, so a copy opened from disk would stay blank. This one still
 * runs there and says why. Over http(s) it does nothing.
 */
function diskNoticeScript() {
  const text = JSON.stringify({ nl: nl.diskNotice, en: en.diskNotice });
  return `// The catalogue's try copy opened from disk: the course cannot run from file:// (see builder/catalogue/index.mjs).
if (location.protocol === 'file:') {
  var texts = ${text};
  var box = document.createElement('p');
  box.id = 'disk-notice';
  box.setAttribute('role', 'alert');
  // Set through the CSSOM, which a CSP allows; this runs only from disk, where the launch page has no CSP anyway.
  box.style.cssText = 'font: 1.1rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 1rem; padding: 0.75rem 1rem; background: #fff4d6; border-left: 4px solid #8a6100; color: #1b1f24';
  for (var lang in texts) { var line = document.createElement('span'); line.lang = lang; line.textContent = texts[lang]; box.appendChild(line); box.appendChild(document.createElement('br')); }
  (document.body || document.documentElement).appendChild(box);
}
`;
}

function unpackTryCopy(zipBytes, target) {
  const files = unzipSync(zipBytes);
  for (const [path, bytes] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), bytes);
  }
  const launch = launchHref(new TextDecoder().decode(files['imsmanifest.xml']));
  const page = join(target, launch);
  const html = readFileSync(page, 'utf8');
  if (!html.includes('</body>')) throw new Error(`${launch}: no </body> to put the file:// notice before`);
  writeFileSync(join(dirname(page), 'opened-from-disk.js'), diskNoticeScript());
  writeFileSync(page, html.replace('</body>', '<script src="opened-from-disk.js"></script>\n</body>'));
  return launch;
}

/**
 * @param {string} dist the build's output folder, holding the zips and catalogue.json
 * @param {object} catalogue the object written to dist/catalogue.json
 * @param {object[]} courses the built courses (for the test's draw and bank, departments and the certificate note)
 */
export function writeCatalogue(dist, catalogue, courses) {
  const out = join(dist, 'catalogue');
  mkdirSync(join(out, 'downloads'), { recursive: true });
  copyFileSync(join(dist, 'catalogue.json'), join(out, 'catalogue.json'));
  copyFileSync(join(here, 'catalogue.css'), join(out, 'catalogue.css'));
  const models = catalogue.courses.map((entry) => {
    for (const p of entry.packages) copyFileSync(join(dist, p.file), join(out, 'downloads', p.file));
    const tried = entry.packages.find((p) => p.file === `${entry.id}-${TRY_VERSION}.zip`);
    if (!tried) throw new Error(`catalogue: ${entry.id} has no ${TRY_VERSION} package to try`);
    const launch = unpackTryCopy(readFileSync(join(dist, tried.file)), join(out, 'try', entry.id));
    const built = courses.find((c) => c.id === entry.id);
    const perLanguage = (pick) => Object.fromEntries(built.languages.map((l) => [l, pick(built.text[l])]).filter(([, v]) => v));
    return {
      entry,
      tryHref: `try/${entry.id}/${launch.split('/').map(encodeURIComponent).join('/')}`,
      assessment: built.assessment && { draw: built.assessment.draw, bank: built.assessment.bank.length, minPerObjective: built.assessment.minPerObjective, pilot: built.pilot },
      departments: built.departments && perLanguage((text) => text.departments),
      certificateNote: built.certificateNote ? perLanguage((text) => text.certificate?.note) : undefined,
    };
  });
  const version = models.map((m) => `${m.entry.id} ${m.entry.version}`).join(', ');
  const pages = [];
  for (const [lang, t] of Object.entries(STRINGS)) {
    const other = lang === 'nl' ? en : nl;
    pages.push([pageFile('index', lang), indexPage({ t, other, courses: models, version })]);
    pages.push([pageFile('guide', lang), guidePage({ t, other, courses: models, version })]);
    for (const course of models) pages.push([pageFile(course.entry.id, lang), coursePage({ t, other, course, version })]);
  }
  for (const [file, html] of pages) writeFileSync(join(out, file), html);
  return { folder: out, pages: pages.map(([file]) => file) };
}
