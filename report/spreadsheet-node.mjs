// The command line's spreadsheet reader: the same SheetJS build the results page loads
// (@e965/xlsx, dist/xlsx.mini.min.js), so both front doors read a spreadsheet alike.
import { createRequire } from 'node:module';
import { sheetRows } from './sheet-rows.mjs';

const require = createRequire(import.meta.url);
let XLSX;

/** @param {Uint8Array} bytes @param {string} file */
export function readSpreadsheet(bytes, file) {
  XLSX ??= require('@e965/xlsx/dist/xlsx.mini.min.js');
  return sheetRows(XLSX, bytes, file);
}

/** Where the build copies the reader from, for the results page. */
export const spreadsheetReaderPath = () => require.resolve('@e965/xlsx/dist/xlsx.mini.min.js');
