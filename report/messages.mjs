// Every message the report gives an administrator when it stops on a file (errors.mjs carries the
// message's key and its data: file, row, column, values), in Dutch and English. The words are
// chosen by the page's language or the command line's --lang; the data stay the same. Dutch: B1,
// "je", the catalogue's words (leeromgeving, slaaggrens, cijferboek, controlecode).

const q = (s) => `"${s}"`;
const list = (items) => items.map(q).join(', ');

/** Each message: (params, words) → text; words are the language's names for kinds of file. */
const nl = {
  where: { row: 'rij {row}', column: 'kolom "{column}"' },
  kinds: { basic: 'een SCORM-basisrapport (Basic report)', interactions: 'een SCORM-interactierapport (Interactions report)', objectives: 'een SCORM-doelenrapport (Objectives report)', gradebook: 'een export van het cijferboek', other: 'iets anders' },
  messages: {
    noFiles: () => 'kies minstens één exportbestand.',
    noFilesCli: () => 'noem minstens één exportbestand.',
    cannotRead: (p) => `dit bestand kan niet worden gelezen (${p.detail}).`,
    notAnExport: () => 'dit is geen export van een leeromgeving die dit rapport kan lezen. De eerste rij moet kolommen noemen zoals "Name", "Attempt", "Score" (SCORM-rapporten van Moodle), "First name", "Last name" (cijferboek van Moodle) of "Login", "Progress", "Score" (Chamilo). Download opnieuw met de taal van de leeromgeving op Engels.',
    notMoodle: (p) => `dit is geen SCORM-rapport en geen cijferboek van Moodle. De eerste rij moet kolommen noemen zoals ${list(p.columns)} (SCORM-rapporten) of "First name", "Last name" (cijferboek). Download opnieuw met je taal in Moodle op Engels.`,
    orgColumnMissing: (p) => `--org ${p.org}: geen enkele export heeft deze kolom. Kolommen met gegevens van deelnemers: ${p.columns.length ? list(p.columns) : 'geen (voeg de export van het cijferboek toe)'}.`,
    // Reading text and spreadsheets
    spreadsheetNoReader: () => 'dit is een spreadsheet (.xlsx, .ods of .xls), maar er is geen lezer voor spreadsheets.',
    spreadsheetUnreadable: (p) => `deze spreadsheet kan niet worden gelezen (${p.detail}). Is de download helemaal klaar? Download hem opnieuw.`,
    spreadsheetNoSheet: () => 'deze spreadsheet heeft geen blad.',
    spreadsheetEmpty: () => 'deze spreadsheet is leeg.',
    empty: () => 'het bestand is leeg.',
    badUtf8: () => 'het bestand begint als UTF-8 (met BOM), maar is geen geldige UTF-8.',
    noDelimiter: () => 'in de eerste regel staat geen tab, komma of puntkomma tussen de kolomnamen. Is dit een export van een leeromgeving?',
    unclosedQuote: () => 'een cel met aanhalingstekens wordt nooit gesloten (er mist een ").',
    // Rows cut short or too long
    tooManyCells: (p) => `deze rij heeft ${p.have} cellen, maar de kopregel noemt ${p.columns} kolommen (een scheidingsteken in een cel zonder aanhalingstekens?).`,
    endsMidRow: (p) => `het bestand stopt midden in deze rij (na ${p.have} van de ${p.columns} kolommen; vanaf "${p.missing}" ontbreekt alles). De download is afgebroken. Uit dit bestand is niets geteld: download het opnieuw.`,
    rowCut: (p) => `deze rij heeft ${p.have} cellen, maar de kopregel noemt ${p.columns} kolommen (vanaf "${p.missing}" ontbreekt alles). Het bestand is afgebroken of bewerkt. Uit dit bestand is niets geteld: download het opnieuw.`,
    interactionCut: (p) => `deze rij stopt midden in de interactie "${p.column}" (de vier kolommen Question, Response, Right answer en Result zijn er niet allemaal). Het bestand is afgebroken of bewerkt. Uit dit bestand is niets geteld: download het opnieuw.`,
    // Moodle columns and cells
    columnMissing: (p) => `de kolom "${p.column}" ontbreekt in dit SCORM-rapport.`,
    noScoColumn: (p) => `na "${p.after}" staat geen kolom met de titel van de SCO.`,
    noGradeColumn: () => 'er is geen SCORM-cijferkolom ("SCORM package: <activiteit> (Real)"). Exporteer het cijferonderdeel met weergave Real of Percentage.',
    noName: () => 'de naam van de deelnemer ontbreekt.',
    notAttempt: (p) => `"${p.value}" is geen nummer van een poging.`,
    notScore: (p) => `"${p.value}" is geen score van 0 tot 100.`,
    notScoreOrStatus: (p) => `"${p.value}" is geen score en ook niet een van ${p.allowed.join(', ')}.`,
    answerWithoutId: () => 'er staat een antwoord zonder id van de interactie.',
    notResult: (p) => `"${p.value}" is geen SCORM-resultaat (${p.allowed.join(', ')}).`,
    notDate: (p) => `"${p.value}" is geen datum zoals "${p.example}".`,
    // Chamilo
    notPercentage: (p) => `"${p.value}" is geen percentage van 0 tot 100.`,
    notFraction: (p) => `"${p.value}" is geen score zoals "70/100".`,
    notTime: (p) => `"${p.value}" is geen tijd zoals "00:00:19".`,
    noLearnerRows: () => 'er staat een kopregel in, maar geen rijen met deelnemers.',
    noLogin: () => 'de login ontbreekt.',
    noUsername: () => 'de gebruikersnaam ontbreekt.',
    noInformationName: () => 'onder "Information" staat geen naam van een deelnemer.',
    noPathsTable: () => 'er staat geen tabel "Learning paths" in. Is dit de volledige export met details van de deelnemer?',
    notStatus: (p) => `"${p.value}" is geen SCORM-status (${p.allowed.join(', ')}).`,
    // Files that do not fit together
    wrongKind: (p, w) => `de naam zegt ${w.kinds[p.named]}, maar het bestand bevat ${w.kinds[p.holds] ?? w.kinds.other}. Uit dit bestand is niets geteld. Kijk of je de goede download hebt gekozen.`,
    missingAttempts: (p) => `dit bestand noemt ${p.have} van de ${p.of} pogingen die ${p.other} noemt voor dezelfde activiteit. Ontbreekt: ${p.missing.map((m) => `${m.name} (poging ${m.attempt}, rij ${m.row ?? '?'})`).join('; ')}${p.more ? ` en nog ${p.more}` : ''}. De download is afgebroken of op een ander moment gemaakt. Uit dit bestand is niets geteld: download alle rapporten van de activiteit opnieuw, vlak na elkaar.`,
    differentDuplicate: (p, w) => `dit is ${w.kinds[p.kind]} van dezelfde activiteit als ${p.other}, maar met andere waarden. Geef er maar één van: er is niets geteld.`,
    gradebookAhead: (p) => `hier ontbreekt een poging van deelnemers die in het cijferboek ${p.gradebook} een cijfer hebben: ${p.missing.map((m) => `${m.name} (rij ${m.row} in het cijferboek, cijfer ${m.grade})`).join('; ')}. Het rapport is afgebroken of gemaakt voordat zij de training deden. Er is niets geteld: download de rapporten opnieuw.`,
    // Course packages
    packageNotFound: () => 'het cursuspakket is niet gevonden.',
    packageNotZip: (p) => `dit is geen leesbare zip (${p.detail}).`,
    packageIncomplete: (p) => `${p.missing ? `${p.missing} ontbreekt` : `dit pakket kan niet worden gelezen (${p.detail})`}. ${p.in === 'folder' ? 'Is dit een uitgepakt cursuspakket?' : 'Is dit een pakket van npm run build?'}`,
    noPackagesBuilt: () => 'er zijn geen cursuspakketten. Voer eerst npm run build uit, of noem met --package de zip die je in de leeromgeving zette.',
    // Summaries for the sector page
    summaryNotJson: () => 'dit is geen JSON. Kies het samenvattingsbestand dat de resultatenpagina opsloeg (resultaten-samenvatting-….json).',
    summaryWrongFormat: (p) => `dit is geen samenvatting van resultaten (het veld "format" moet "${p.format}" zijn).`,
    summaryWrongVersion: (p) => `dit is een samenvatting van versie ${p.version}; deze pagina leest versie ${p.reads}.`,
    summaryNoEntries: () => 'de lijst "entries" ontbreekt.',
    summaryNoOrganisation: (p) => `bij regel ${p.entry} in "entries" staat geen organisatie.`,
    summaryNoCourse: (p) => `bij regel ${p.entry} in "entries" staat geen cursus.`,
    // Command line options
    badLang: (p) => `"${p.value}": kies nl of en.`,
    deptNeedsOrg: () => 'werkt alleen samen met --org.',
    badMastery: (p) => `"${p.value}" is geen percentage van 0 tot 100.`,
    unexpected: (p) => `er ging iets mis dat dit rapport niet verwachtte (${p.detail}). Meld dit aan de makers van de training.`,
  },
};

const en = {
  where: { row: 'row {row}', column: 'column "{column}"' },
  kinds: { basic: 'a SCORM Basic report', interactions: 'a SCORM Interactions report', objectives: 'a SCORM Objectives report', gradebook: 'a gradebook export', other: 'something else' },
  messages: {
    noFiles: () => 'give at least one export file',
    noFilesCli: () => 'name at least one export file',
    cannotRead: (p) => `cannot be read (${p.detail})`,
    notAnExport: () => 'not an LMS export this report reads: the first row should name columns such as "Name", "Attempt", "Score" (Moodle SCORM reports), "First name", "Last name" (Moodle gradebook) or "Login", "Progress", "Score" (Chamilo). Download with the LMS language set to English.',
    notMoodle: (p) => `not a Moodle SCORM report or gradebook export: the first row should name columns such as ${list(p.columns)} (SCORM reports) or "First name", "Last name" (gradebook). Download with your Moodle language set to English.`,
    orgColumnMissing: (p) => `--org ${p.org}: no export has this column; columns with learner details: ${p.columns.length ? list(p.columns) : 'none (add the gradebook export)'}`,
    spreadsheetNoReader: () => 'this is a spreadsheet (.xlsx, .ods or .xls) and no spreadsheet reader was given',
    spreadsheetUnreadable: (p) => `this spreadsheet cannot be read (${p.detail}); is the download complete?`,
    spreadsheetNoSheet: () => 'this spreadsheet has no sheet',
    spreadsheetEmpty: () => 'the spreadsheet is empty',
    empty: () => 'the file is empty',
    badUtf8: () => 'starts with a UTF-8 byte order mark but is not valid UTF-8',
    noDelimiter: () => 'the first line has no tab, comma or semicolon between column names; is this an LMS export?',
    unclosedQuote: () => 'a quoted cell is never closed (a missing ")',
    tooManyCells: (p) => `this row has ${p.have} cells but the header names ${p.columns} columns (a delimiter inside an unquoted cell?)`,
    endsMidRow: (p) => `the file ends in the middle of this row (after ${p.have} of ${p.columns} columns, missing "${p.missing}" onwards): the download was cut short. Nothing from this file was counted; download it again.`,
    rowCut: (p) => `this row has ${p.have} cells but the header names ${p.columns} columns (missing "${p.missing}" onwards): the file was cut or edited. Nothing from this file was counted; download it again.`,
    interactionCut: (p) => `this row stops inside the interaction "${p.column}" (its four columns Question, Response, Right answer, Result are not all there): the file was cut or edited. Nothing from this file was counted; download it again.`,
    columnMissing: (p) => `the column "${p.column}" is missing from this SCORM report`,
    noScoColumn: (p) => `no column with the SCO's title after "${p.after}"`,
    noGradeColumn: () => 'no SCORM grade column ("SCORM package: <activity> (Real)"); export the grade item with display type Real or Percentage',
    noName: () => 'no learner name',
    notAttempt: (p) => `"${p.value}" is not an attempt number`,
    notScore: (p) => `"${p.value}" is not a score from 0 to 100`,
    notScoreOrStatus: (p) => `"${p.value}" is neither a score nor one of ${p.allowed.join(', ')}`,
    answerWithoutId: () => 'an answer without an interaction id',
    notResult: (p) => `"${p.value}" is not a SCORM result (${p.allowed.join(', ')})`,
    notDate: (p) => `"${p.value}" is not a date such as "${p.example}"`,
    notPercentage: (p) => `"${p.value}" is not a percentage from 0 to 100`,
    notFraction: (p) => `"${p.value}" is not a score such as "70/100"`,
    notTime: (p) => `"${p.value}" is not a time such as "00:00:19"`,
    noLearnerRows: () => 'has a header but no learner rows',
    noLogin: () => 'no login',
    noUsername: () => 'no user name',
    noInformationName: () => 'no learner name under "Information"',
    noPathsTable: () => 'no "Learning paths" table: is this the complete learner details export?',
    notStatus: (p) => `"${p.value}" is not a SCORM status (${p.allowed.join(', ')})`,
    wrongKind: (p, w) => `the name says ${w.kinds[p.named]}, but the file holds ${w.kinds[p.holds] ?? w.kinds.other}. Nothing from it was counted; check that you picked the right download.`,
    missingAttempts: (p) => `lists ${p.have} of the ${p.of} attempts that ${p.other} lists for the same activity; missing: ${p.missing.map((m) => `${m.name} (attempt ${m.attempt}, row ${m.row ?? '?'})`).join('; ')}${p.more ? ` and ${p.more} more` : ''}. The download was cut short or made at another moment. Nothing from this file was counted; download all reports of the activity again, one after the other.`,
    differentDuplicate: (p, w) => `is ${w.kinds[p.kind]} of the same activity as ${p.other}, but with other values. Give one of them: nothing was counted.`,
    gradebookAhead: (p) => `has no attempt for learners the gradebook ${p.gradebook} gives a grade: ${p.missing.map((m) => `${m.name} (gradebook row ${m.row}, grade ${m.grade})`).join('; ')}. The report was cut short or made before they played. Nothing was counted; download the reports again.`,
    packageNotFound: () => 'course package not found',
    packageNotZip: (p) => `not a readable zip: ${p.detail}`,
    packageIncomplete: (p) => `${p.detail} ${p.in === 'folder' ? 'in this folder; is it an unpacked course package?' : 'in this zip; is it a package built by npm run build?'}`,
    noPackagesBuilt: () => 'no course packages: run npm run build first, or name the zip you uploaded with --package',
    summaryNotJson: () => 'is not JSON: choose the summary file the results page saved (resultaten-samenvatting-….json)',
    summaryWrongFormat: (p) => `is not a results summary (its "format" should be "${p.format}")`,
    summaryWrongVersion: (p) => `is a summary of version ${p.version}; this page reads version ${p.reads}`,
    summaryNoEntries: () => 'has no "entries" list',
    summaryNoOrganisation: (p) => `entry ${p.entry} has no organisation`,
    summaryNoCourse: (p) => `entry ${p.entry} has no course`,
    badLang: (p) => `"${p.value}": choose nl or en`,
    deptNeedsOrg: () => 'needs --org as well',
    badMastery: (p) => `"${p.value}" is not a percentage from 0 to 100`,
    unexpected: (p) => `something went wrong that this report did not expect (${p.detail}). Please tell the course's makers.`,
  },
};

export const MESSAGES = { nl, en };

/** "file, row 5, column "Score"": where the problem is, in the language's words. */
export function where(lang, { file, row, column }) {
  const w = (MESSAGES[lang] ?? nl).where;
  return [file, row !== undefined ? w.row.replace('{row}', String(row)) : '', column !== undefined ? w.column.replace('{column}', column) : ''].filter(Boolean).join(', ');
}

/** The message for a key and its data, without the place. */
export function reason(lang, key, params = {}) {
  const words = MESSAGES[lang] ?? nl;
  const message = words.messages[key];
  if (!message) throw new Error(`report message missing: ${lang}.${key}`);
  return message(params, words);
}
