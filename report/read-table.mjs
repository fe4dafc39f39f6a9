// Bytes of a text export → rows of cells. Finds the encoding (UTF-8 with or without BOM,
// UTF-16 LE/BE, else Windows-1252 as Excel on Windows saves it) and the delimiter (tab, comma,
// semicolon), and parses quotes as PHP's fputcsv and RFC 4180 write them.
import { ExportError } from './errors.mjs';
import { isSpreadsheet } from './sheet-rows.mjs';

export { isSpreadsheet };

const DELIMITERS = ['\t', ',', ';'];
const DELIMITER_NAMES = { '\t': 'tab', ',': 'comma', ';': 'semicolon' };

/**
 * @param {Uint8Array} bytes
 * @param {string} file name used in error messages
 * @param {{ spreadsheet?: (bytes: Uint8Array, file: string) => ReturnType<typeof readTable> }} [readers]
 *   how to read a spreadsheet download (the caller brings the library: see sheet-rows.mjs)
 * @returns {{ rows: string[][], lines: number[], delimiter: string, encoding: string, endsMidRow?: boolean }}
 *   lines[i] is the 1-based line in the file where rows[i] starts; endsMidRow: the text does not end
 *   with a line break (a download cut short ends so; Moodle's and Chamilo's files never do)
 */
export function readTable(bytes, file, readers = {}) {
  if (isSpreadsheet(bytes)) {
    if (!readers.spreadsheet) throw new ExportError(file, 'spreadsheetNoReader');
    return readers.spreadsheet(bytes, file);
  }
  const { text, encoding } = decode(bytes, file);
  if (!text.trim()) throw new ExportError(file, 'empty');
  const delimiter = detectDelimiter(text, file);
  const { rows, lines } = splitRows(text, delimiter, file);
  return { rows, lines, delimiter: DELIMITER_NAMES[delimiter], encoding, endsMidRow: !/[\r\n]$/.test(text) };
}

export function decode(bytes, file) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3), file), encoding: 'UTF-8 with BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  // UTF-16 without a BOM: ASCII text then has a zero in every other byte.
  const sample = bytes.subarray(0, 512);
  const zerosAt = (parity) => sample.filter((b, i) => i % 2 === parity && b === 0).length;
  if (sample.length >= 4 && zerosAt(1) > sample.length / 4) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 LE' };
  if (sample.length >= 4 && zerosAt(0) > sample.length / 4) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

function utf8(bytes, file) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExportError(file, 'badUtf8');
  }
}

/**
 * The delimiter is the one that splits the header line into the most fields (quotes respected).
 * Chamilo's per-learner export starts with a one-word section title ("Information"); then the
 * next few lines decide.
 */
function detectDelimiter(text, file) {
  const lines = text.split(/\r?\n|\r/, 12).filter((l) => l.trim());
  for (const sample of [lines.slice(0, 1), lines]) {
    let best = '';
    let bestCount = 0;
    for (const d of DELIMITERS) {
      const count = Math.max(...sample.map((line) => line.split(d).length));
      if (count > bestCount) [best, bestCount] = [d, count];
    }
    if (bestCount >= 2) return best;
  }
  throw new ExportError(file, 'noDelimiter', {}, { row: 1 });
}

/**
 * Rows of cells with the line each row starts on. Works line by line with indexOf (a 10,000-learner
 * export is tens of megabytes); a quoted cell may hold the delimiter, "" for a quote, and line breaks.
 */
function splitRows(text, delimiter, file) {
  const physical = text.split(/\r?\n|\r/);
  const rows = [];
  const lines = [];
  for (let n = 0; n < physical.length; n++) {
    const startLine = n + 1;
    let line = physical[n];
    if (line.trim() === '') continue; // a trailing newline or an empty line an editor added
    const cells = [];
    let i = 0;
    for (;;) {
      if (line[i] === '"') {
        let j = i + 1;
        let end;
        for (;;) {
          end = line.indexOf('"', j);
          if (end < 0) {
            // The quoted cell goes on after a line break.
            if (n + 1 >= physical.length) throw new ExportError(file, 'unclosedQuote', {}, { row: startLine });
            line += '\n' + physical[++n];
            continue;
          }
          if (line[end + 1] === '"') {
            j = end + 2;
            continue;
          }
          break;
        }
        let cell = line.slice(i + 1, end).replaceAll('""', '"');
        const next = line.indexOf(delimiter, end + 1);
        cell += line.slice(end + 1, next < 0 ? line.length : next); // anything after the closing quote
        cells.push(cell);
        if (next < 0) break;
        i = next + 1;
      } else {
        const next = line.indexOf(delimiter, i);
        cells.push(line.slice(i, next < 0 ? line.length : next));
        if (next < 0) break;
        i = next + 1;
      }
    }
    rows.push(cells);
    lines.push(startLine);
  }
  return { rows, lines };
}
