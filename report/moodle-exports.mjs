// Moodle's export files → plain records. Knows each report's columns (Moodle 4.5, site language
// English): the SCORM Basic, Interactions and Objectives reports (one row per learner per attempt)
// and the gradebook's plain text export (one row per learner). Every cell that cannot be read
// stops the run with the file, row and column.
import { ExportError } from './errors.mjs';

const NAME = 'Name';
const EMAIL = 'Email address';
const ATTEMPT = 'Attempt';
const STARTED = 'Started on';
const LAST = 'Last accessed on';
const SCORE = 'Score';
const STATUS_WORDS = ['Not attempted', 'Incomplete', 'Completed', 'Passed', 'Failed', 'Browsed'];
const RESULTS = ['correct', 'wrong', 'incorrect', 'unanticipated', 'neutral'];
const QUESTION_COLUMN = /^Question (\d+)$/;
const OBJECTIVE_COLUMN = /^(.+) (status|score)$/;
const SCORM_GRADE = /^SCORM package: (.+) \((Real|Percentage)\)$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * What kind of export a header row is, or undefined.
 * @param {string[]} header
 * @returns {'basic' | 'interactions' | 'objectives' | 'gradebook' | undefined}
 */
export function exportKind(header) {
  const has = (name) => header.includes(name);
  if (has('First name') && has('Last name')) return 'gradebook';
  if (!(has(NAME) && has(ATTEMPT) && has(SCORE))) return undefined;
  if (header.some((h) => QUESTION_COLUMN.test(h))) return 'interactions';
  if (header.some((h) => / status$/.test(h))) return 'objectives';
  return 'basic';
}

/**
 * @param {{ file: string, rows: string[][], lines: number[] }} table
 */
export function readExport(table) {
  const [header] = table.rows;
  const kind = exportKind(header);
  if (!kind) {
    throw new ExportError(table.file, 'notMoodle', { columns: [NAME, ATTEMPT, SCORE] }, { row: 1 });
  }
  return kind === 'gradebook' ? readGradebook(table) : readScormReport(table, kind);
}

/** A cell reader for one row that names file, row and column when a value is wrong. */
function cells(table, index, r) {
  const row = table.rows[r];
  const at = (column) => ({ row: table.lines[r], column });
  return {
    get: (column) => {
      const i = index.get(column);
      return i === undefined ? '' : unescapeHtml((row[i] ?? '').trim());
    },
    fail: (column, key, params) => {
      throw new ExportError(table.file, key, params, at(column));
    },
  };
}

const columnIndex = (header) => new Map(header.map((h, i) => [h, i]));

/**
 * Too many cells: a delimiter inside an unquoted cell. Too few, in a text download whose rows Moodle
 * always writes in full (Basic, Interactions, gradebook): the row was cut, and the last row of a
 * file that does not end with a line break is a download cut short. (Spreadsheets leave empty cells
 * out at the end of a row, and the Objectives report's rows are short by a Moodle bug: `least` is
 * then the cells every row has.)
 */
function checkWidth(table, header, r, least = header.length) {
  const have = table.rows[r].length;
  if (have > header.length) {
    throw new ExportError(table.file, 'tooManyCells', { have, columns: header.length }, { row: table.lines[r] });
  }
  const isText = table.delimiter !== 'spreadsheet';
  const last = r === table.rows.length - 1;
  if (last && table.endsMidRow && (have < header.length || !isText)) {
    throw new ExportError(table.file, 'endsMidRow', { have, columns: header.length, missing: header[have] ?? header.at(-1) }, { row: table.lines[r] });
  }
  if (have < (isText ? least : Math.min(least, 1))) {
    throw new ExportError(table.file, 'rowCut', { have, columns: header.length, missing: header[have] }, { row: table.lines[r] });
  }
}

function readScormReport(table, kind) {
  const [header, ...body] = table.rows;
  const need = [NAME, ATTEMPT, STARTED, LAST, SCORE];
  for (const column of need) if (!header.includes(column)) throw new ExportError(table.file, 'columnMissing', { column }, { row: 1 });
  const scoreAt = header.indexOf(SCORE);
  const scoColumn = header[scoreAt + 1];
  if (!scoColumn || QUESTION_COLUMN.test(scoColumn) || OBJECTIVE_COLUMN.test(scoColumn)) {
    throw new ExportError(table.file, 'noScoColumn', { after: SCORE }, { row: 1 });
  }
  const identityColumns = header.slice(header.indexOf(NAME) + 1, header.indexOf(ATTEMPT)).filter((h) => h !== EMAIL);
  const positions = header.map((h) => QUESTION_COLUMN.exec(h)?.[1]).filter((n) => n !== undefined).map(Number);
  const objectiveIds = [...new Set(header.slice(scoreAt + 2).map((h) => OBJECTIVE_COLUMN.exec(h)?.[1]).filter(Boolean))];

  const index = columnIndex(header);
  const firstQuestionAt = header.findIndex((h) => QUESTION_COLUMN.test(h));
  const attempts = body.map((_, i) => {
    const r = i + 1;
    // Objectives rows are short by a Moodle bug; an Interactions row may end after any whole
    // group of four interaction columns, never inside one.
    checkWidth(table, header, r, kind === 'objectives' ? scoreAt + 2 : kind === 'interactions' ? firstQuestionAt : header.length);
    const extra = table.rows[r].length - firstQuestionAt;
    if (kind === 'interactions' && extra > 0 && extra % 4 && table.delimiter !== 'spreadsheet') {
      throw new ExportError(table.file, 'interactionCut', { column: header[table.rows[r].length - 1] }, { row: table.lines[r] });
    }
    const c = cells(table, index, r);
    const name = c.get(NAME);
    if (!name) c.fail(NAME, 'noName');
    const attemptText = c.get(ATTEMPT);
    const started = attemptText !== '-';
    const record = {
      file: table.file,
      row: table.lines[r],
      name,
      email: c.get(EMAIL),
      identity: Object.fromEntries(identityColumns.map((h) => [h, c.get(h)])),
      attempt: started ? positiveInteger(c, ATTEMPT, attemptText) : null,
      startedOn: started ? moodleDate(c, STARTED) : null,
      lastAccessedOn: started ? moodleDate(c, LAST) : null,
      score: started ? percent(c, SCORE, c.get(SCORE)) : null,
      sco: scoCell(c, scoColumn),
    };
    if (kind === 'interactions') record.interactions = positions.flatMap((n) => interaction(c, n));
    if (kind === 'objectives') record.objectives = objectiveIds.flatMap((id) => objective(c, id));
    return record;
  });
  return { kind, file: table.file, scoTitle: scoColumn, identityColumns, attempts };
}

function readGradebook(table) {
  const [header, ...body] = table.rows;
  const gradeColumns = header.filter((h) => SCORM_GRADE.test(h));
  if (!gradeColumns.length) {
    throw new ExportError(table.file, 'noGradeColumn', {}, { row: 1 });
  }
  const known = new Set(['First name', 'Last name', EMAIL, 'Course total (Real)', 'Course total (Percentage)', 'Last downloaded from this course', ...gradeColumns]);
  const identityColumns = header.filter((h) => !known.has(h) && !/\((Real|Percentage|Letter)\)$/.test(h));
  const gradeColumn = gradeColumns[0];
  const index = columnIndex(header);
  const learners = body.map((_, i) => {
    const r = i + 1;
    checkWidth(table, header, r);
    const c = cells(table, index, r);
    const name = `${c.get('First name')} ${c.get('Last name')}`.trim();
    if (!name) c.fail('First name', 'noName');
    const grade = c.get(gradeColumn);
    return {
      file: table.file,
      row: table.lines[r],
      name,
      email: c.get(EMAIL),
      identity: Object.fromEntries(identityColumns.map((h) => [h, c.get(h)])),
      grade: grade === '-' || grade === '' ? null : percent(c, gradeColumn, grade.replace(/\s*%$/, '')),
    };
  });
  return { kind: 'gradebook', file: table.file, activity: SCORM_GRADE.exec(gradeColumn)[1], gradeColumn, otherGradeColumns: gradeColumns.slice(1), identityColumns, learners };
}

function positiveInteger(c, column, text) {
  if (!/^\d+$/.test(text) || Number(text) < 1) c.fail(column, 'notAttempt', { value: text });
  return Number(text);
}

function percent(c, column, text) {
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || n < 0 || n > 100) c.fail(column, 'notScore', { value: text });
  return n;
}

/** The SCO column holds the score ("90/100" in the Basic report, "90" in the others) or, without a score, a status word. */
function scoCell(c, column) {
  const text = c.get(column);
  const fraction = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(text);
  if (fraction) return { score: (Number(fraction[1]) / Number(fraction[2])) * 100, status: null };
  if (/^\d+(\.\d+)?$/.test(text)) return { score: percent(c, column, text), status: null };
  const status = STATUS_WORDS.find((w) => w.toLowerCase() === text.toLowerCase());
  if (!status) c.fail(column, 'notScoreOrStatus', { value: text, allowed: STATUS_WORDS });
  return { score: null, status };
}

function interaction(c, n) {
  const id = c.get(`Question ${n}`);
  const response = c.get(`Response ${n}`);
  const right = c.get(`Right answer ${n}`);
  const result = c.get(`Result ${n}`).toLowerCase();
  if (!id) {
    if (response || right || result) c.fail(`Question ${n}`, 'answerWithoutId');
    return [];
  }
  if (result && !RESULTS.includes(result) && !/^-?\d+(\.\d+)?$/.test(result)) c.fail(`Result ${n}`, 'notResult', { value: result, allowed: RESULTS });
  return [{ position: n, id, response, right, result }];
}

function objective(c, id) {
  const status = c.get(`${id} status`);
  const score = c.get(`${id} score`);
  if (!status && !score) return [];
  return [{ id, status, score: score === '' ? null : percent(c, `${id} score`, score) }];
}

/** "Wednesday, 2 December 2026, 3:14 AM" (.txt) or "2 December 2026, 3:14 AM": local time, no zone given. */
function moodleDate(c, column) {
  const text = c.get(column);
  const m = /(\d{1,2}) ([A-Za-z]+) (\d{4}),? (\d{1,2}):(\d{2})(?: ?([AP]M))?$/i.exec(text);
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
  if (!m || month < 0) c.fail(column, 'notDate', { value: text, example: 'Wednesday, 2 December 2026, 3:14 AM' });
  let hour = Number(m[4]) % (m[6] ? 12 : 24);
  if (m[6]?.toUpperCase() === 'PM') hour += 12;
  return new Date(Date.UTC(Number(m[3]), month, Number(m[1]), hour, Number(m[5])));
}

/** Moodle runs values through htmlspecialchars even in downloads. */
function unescapeHtml(text) {
  return text.includes('&') ? text.replace(/&(amp|lt|gt|quot|#0?39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#039': "'", '#39': "'" })[e]) : text;
}
