// The results page and the sector page, written by `npm run build` into the catalogue folder
// (dist/catalogue/, next to the catalogue's pages, which link to results.html):
//   results.html, results.en.html   drop the LMS's exports, get the report in the page (report/page/results-page.mjs)
//   sector.html, sector.en.html     drop organisations' summaries, see the sector's picture (report/page/sector-page.mjs)
//   results.js, sector.js           each page's script: ONE classic script (rollup iife), because
//                                    Chromium refuses module scripts and import() on file://
//   results-courses.js              the courses' questions, options and keys, read from the built zips
//   xlsx-reader.js                  SheetJS (@e965/xlsx, mini build: .xlsx and .ods), loaded only
//                                    when a spreadsheet is dropped, so the page itself stays small
//   results.css                     the only style sheet (the report's own style, plus the page's)
// The CSP allows scripts and styles from the folder itself and nothing else: no connect-src, so
// nothing the page reads can leave the computer.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { packageFromZip } from '../report/package-zip.mjs';
import { serialiseCourse } from '../report/course-index.mjs';
import { STYLE } from '../report/render.mjs';
import { spreadsheetReaderPath } from '../report/spreadsheet-node.mjs';

export const RESULTS_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

const PAGE_STYLE = `
.intro { max-width: 48rem; }
.private { background: #e8f1f8; border-left: 4px solid #2f5f8a; padding: 0.5rem 1rem; }
.dropzone { border: 3px dashed #2f5f8a; border-radius: 0.5rem; padding: 1.25rem; margin: 1rem 0; background: #f7fafc; }
.dropzone.over { background: #dbe9f5; }
.dropzone label { font-weight: 600; display: block; margin-bottom: 0.5rem; }
.controls { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: end; margin: 1rem 0; }
.controls label { display: block; font-weight: 600; }
input, select, button { font: inherit; }
input[type=file] { max-width: 100%; }
button { padding: 0.4rem 0.9rem; border: 2px solid #1a4f7a; background: #1a4f7a; color: #fff; border-radius: 0.3rem; cursor: pointer; }
button.secondary { background: #fff; color: #1a4f7a; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #8a5a00; outline-offset: 2px; }
.problem { background: #fdecec; border-left: 4px solid #8a1c1c; padding: 0.5rem 1rem; }
#files-list { font-family: ui-monospace, monospace; font-size: 0.9rem; }
[hidden] { display: none !important; }
`;

const WORDS = {
  nl: {
    title: 'Resultaten lezen',
    back: 'Terug naar de catalogus',
    backHref: 'index.html',
    intro: 'Kies de exportbestanden van je leeromgeving (Moodle of Chamilo), of sleep ze hierheen. De pagina maakt er het rapport van: wie geslaagd is, per organisatie de 60 %-regel, en welke vragen vaak fout gaan.',
    private: 'Niets verlaat deze computer. De pagina leest de bestanden hier in je browser en mag niets versturen: de beveiligingsregels van de pagina (Content Security Policy) staan geen enkele verbinding toe. Je kunt de pagina ook zonder internet openen, vanaf je eigen schijf.',
    which: 'Welke bestanden? Moodle: het Basisrapport, het Interactierapport en het Doelenrapport van de SCORM-activiteit (tekst, Excel of ODS) en de export van het cijferboek. Chamilo: de lijst van deelnemers (met het profielveld Organisation), de export van de leerroutes en per deelnemer de details. Bestandsnamen maken niet uit.',
    guide: 'guide.html',
    guideLink: 'Handleiding voor beheerders',
    pick: 'Exportbestanden kiezen (.txt, .csv, .xlsx, .ods; eventueel het cursuspakket .zip)',
    drop: 'of sleep de bestanden in dit vak.',
    given: 'Gekozen bestanden',
    clear: 'Opnieuw beginnen',
    lang: 'Taal van het rapport',
    mastery: 'Slaaggrens in je leeromgeving, als die niet 80 % is (Moodle 4.5 met SCORM 2004: 100)',
    actions: 'Opslaan',
    saveReport: 'Rapport opslaan (HTML)',
    saveSummary: 'Samenvatting voor de catalogus opslaan (JSON, zonder namen)',
    summaryNote: 'De samenvatting bevat per organisatie en cursus alleen aantallen en percentages: geen namen, e-mailadressen of id’s uit de leeromgeving; elk getal over minder dan 5 deelnemers is weggelaten. Stuur dit bestand naar de catalogus; daar komt het op de sectorpagina.',
    filters: 'Deelnemerslijst filteren',
    org: 'Organisatie',
    dept: 'Afdeling',
    other: 'results.en.html',
    otherLang: 'English',
    sectorTitle: 'Resultaten van de sector',
    sectorIntro: 'Kies de samenvattingen (JSON) die organisaties vanaf hun resultatenpagina opsloegen. De pagina telt ze op: welke organisaties de 60 %-regel halen, het slagingspercentage per cursus en per doel, en de vragen die vaak fout gaan.',
    sectorPrivate: 'Ook deze pagina leest de bestanden alleen hier in je browser en verstuurt niets.',
    sectorPick: 'Samenvattingen kiezen (.json)',
    sectorOther: 'sector.en.html',
  },
  en: {
    title: 'Read the results',
    back: 'Back to the catalogue',
    backHref: 'index.en.html',
    intro: 'Choose the export files of your LMS (Moodle or Chamilo), or drop them here. The page turns them into the report: who passed, the 60 % rule per organisation, and which questions are often got wrong.',
    private: 'Nothing leaves this computer. The page reads the files here in your browser and may not send anything: its security rules (Content Security Policy) allow no connection at all. You can also open it without internet, from disk.',
    which: 'Which files? Moodle: the SCORM activity’s Basic, Interactions and Objectives reports (text, Excel or ODS) and the gradebook export. Chamilo: the learner list (with the profile field Organisation), the learning paths export and each learner’s details. File names do not matter.',
    guide: 'guide.en.html',
    guideLink: 'Administrator’s guide',
    pick: 'Choose export files (.txt, .csv, .xlsx, .ods; optionally the course package .zip)',
    drop: 'or drop the files in this box.',
    given: 'Files chosen',
    clear: 'Start again',
    lang: 'Language of the report',
    mastery: 'Pass mark in the LMS, if not 80 % (Moodle 4.5 with SCORM 2004: 100)',
    actions: 'Save',
    saveReport: 'Save the report (HTML)',
    saveSummary: 'Save the summary for the catalogue (JSON, no names)',
    summaryNote: 'The summary holds only counts and percentages per organisation and course: no names, e-mail addresses or LMS ids; every figure about fewer than 5 learners is left out. Send this file to the catalogue, which shows it on its sector page.',
    filters: 'Filter the learner list',
    org: 'Organisation',
    dept: 'Department',
    other: 'results.html',
    otherLang: 'Nederlands',
    sectorTitle: 'Results of the sector',
    sectorIntro: 'Choose the summaries (JSON) organisations saved from their results page. The page adds them up: which organisations meet the 60 % rule, the pass rate per course and objective, and the questions often got wrong.',
    sectorPrivate: 'This page too reads the files only here in your browser and sends nothing.',
    sectorPick: 'Choose summaries (.json)',
    sectorOther: 'sector.html',
  },
};

const head = (lang, title, script) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${RESULTS_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="results.css">
${script}
</head>`;

function resultsPage(lang) {
  const w = WORDS[lang];
  return `${head(lang, w.title, '<script src="results-courses.js" defer></script>\n<script src="results.js" defer></script>')}
<body data-state="empty">
<header>
<p><a href="${w.backHref}">${w.back}</a> · <a href="${w.other}" hreflang="${lang === 'nl' ? 'en' : 'nl'}" lang="${lang === 'nl' ? 'en' : 'nl'}">${w.otherLang}</a></p>
<h1>${w.title}</h1>
<p class="intro">${w.intro}</p>
<p class="private" id="private">${w.private}</p>
<p class="intro">${w.which} <a href="${w.guide}">${w.guideLink}</a></p>
</header>
<main>
<div class="dropzone" id="dropzone">
<label for="files">${w.pick}</label>
<input type="file" id="files" multiple accept=".txt,.csv,.tsv,.xlsx,.ods,.xls,.zip">
<p>${w.drop}</p>
</div>
<h2 class="visually-hidden">${w.given}</h2>
<ul id="files-list" aria-label="${w.given}"></ul>
<button type="button" id="clear" class="secondary" hidden>${w.clear}</button>
<div class="controls">
<div><label for="report-lang">${w.lang}</label><select id="report-lang"><option value="nl"${lang === 'nl' ? ' selected' : ''}>Nederlands</option><option value="en"${lang === 'en' ? ' selected' : ''}>English</option></select></div>
<div><label for="mastery">${w.mastery}</label><input type="number" id="mastery" min="0" max="100" step="1" inputmode="numeric"></div>
</div>
<div id="problem" class="problem" role="alert" hidden></div>
<section id="actions" aria-labelledby="actions-h" hidden>
<h2 id="actions-h">${w.actions}</h2>
<p><button type="button" id="save-report">${w.saveReport}</button> <button type="button" id="save-summary">${w.saveSummary}</button></p>
<p>${w.summaryNote}</p>
<div id="filters" hidden>
<h2>${w.filters}</h2>
<div class="controls">
<div><label for="filter-org">${w.org}</label><select id="filter-org"></select></div>
<div><label for="filter-dept">${w.dept}</label><select id="filter-dept"></select></div>
<p id="filter-count" role="status"></p>
</div>
</div>
</section>
<div id="report"></div>
</main>
</body>
</html>
`;
}

function sectorPage(lang) {
  const w = WORDS[lang];
  return `${head(lang, w.sectorTitle, '<script src="sector.js" defer></script>')}
<body data-state="empty">
<header>
<p><a href="${w.backHref}">${w.back}</a> · <a href="${w.sectorOther}" hreflang="${lang === 'nl' ? 'en' : 'nl'}" lang="${lang === 'nl' ? 'en' : 'nl'}">${w.otherLang}</a></p>
<h1>${w.sectorTitle}</h1>
<p class="intro">${w.sectorIntro}</p>
<p class="private">${w.sectorPrivate}</p>
</header>
<main>
<div class="dropzone" id="dropzone">
<label for="files">${w.sectorPick}</label>
<input type="file" id="files" multiple accept=".json,application/json">
<p>${w.drop}</p>
</div>
<ul id="files-list" aria-label="${w.given}"></ul>
<div id="problem" class="problem" role="alert" hidden></div>
<div id="sector"></div>
</main>
</body>
</html>
`;
}

async function bundle(input) {
  const build = await rollup({ input, plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false }, compress: { passes: 2 } })] });
  const { output } = await build.generate({ format: 'iife', inlineDynamicImports: true });
  await build.close();
  return output[0].code;
}

/**
 * @param {string} dir where to write (dist/catalogue)
 * @param {string} dist the folder holding the built zips
 */
export async function writeResultsPages(dir, dist) {
  mkdirSync(dir, { recursive: true });
  const root = new URL('..', import.meta.url);
  const [results, sector] = await Promise.all([bundle(new URL('report/page/results-page.mjs', root).pathname), bundle(new URL('report/page/sector-page.mjs', root).pathname)]);
  writeFileSync(join(dir, 'results.js'), results);
  writeFileSync(join(dir, 'sector.js'), sector);
  // One package per course is enough: both SCORM versions carry the same course.json and locales.
  const zips = readdirSync(dist).filter((f) => /-scorm12\.zip$/.test(f)).sort();
  const courses = zips.map((f) => serialiseCourse(packageFromZip(f, readFileSync(join(dist, f)))));
  writeFileSync(join(dir, 'results-courses.js'), `// The courses' questions, options and keys for the results page (from ${zips.join(', ')}).\nwindow.RESULTS_COURSES = ${JSON.stringify(courses)};\n`);
  copyFileSync(spreadsheetReaderPath(), join(dir, 'xlsx-reader.js'));
  writeFileSync(join(dir, 'results.css'), STYLE + PAGE_STYLE);
  writeFileSync(join(dir, 'results.html'), resultsPage('nl'));
  writeFileSync(join(dir, 'results.en.html'), resultsPage('en'));
  writeFileSync(join(dir, 'sector.html'), sectorPage('nl'));
  writeFileSync(join(dir, 'sector.en.html'), sectorPage('en'));
  return { bytes: { results: results.length, sector: sector.length, courses: readFileSync(join(dir, 'results-courses.js')).length } };
}
