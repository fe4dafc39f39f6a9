// A spreadsheet download (.xlsx, .ods) → the same rows of text cells readTable gives for a text
// download, so everything after it does not care which button the administrator pressed. The
// reading itself is SheetJS (its "mini" build, which reads .xlsx and .ods); this module only
// turns its first sheet into text cells. The library is handed in: the command line requires it
// (spreadsheet-node.mjs), the results page loads it as a classic script only when a spreadsheet
// is dropped.
import { ExportError } from './errors.mjs';

/** .xlsx and .ods are zip files ("PK"), the old .xls an OLE file. */
export const isSpreadsheet = (bytes) => (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);

/**
 * @param {any} XLSX the SheetJS library object
 * @param {Uint8Array} bytes
 * @param {string} file name used in error messages
 * @returns {{ rows: string[][], lines: number[], delimiter: string, encoding: string }}
 */
export function sheetRows(XLSX, bytes, file) {
  let workbook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false, cellHTML: false, cellFormula: false, cellStyles: false });
  } catch (error) {
    throw new ExportError(file, 'spreadsheetUnreadable', { detail: error?.message ?? String(error) });
  }
  const sheet = workbook.Sheets[workbook.SheetNames[0]];
  if (!sheet) throw new ExportError(file, 'spreadsheetNoSheet');
  // Numbers as plain numbers (60.0 → "60"), text as it is; empty rows kept so row numbers match the sheet's.
  const grid = XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true, defval: '', blankrows: true });
  const rows = [];
  const lines = [];
  grid.forEach((cells, i) => {
    const text = cells.map((c) => (c === null || c === undefined ? '' : String(c)));
    if (text.every((c) => c.trim() === '')) return;
    while (text.length && text[text.length - 1] === '') text.pop();
    rows.push(text);
    lines.push(i + 1);
  });
  if (!rows.length) throw new ExportError(file, 'spreadsheetEmpty');
  const kind = bytes[0] === 0xd0 ? 'xls' : workbook.bookType ?? 'spreadsheet';
  return { rows, lines, delimiter: 'spreadsheet', encoding: kind };
}
