// One error type for everything the report cannot read, so the command line prints one clear
// line naming the file and, for tabular input, the row and column: never a silent zero.

export class ExportError extends Error {
  /**
   * @param {string} file the file as the administrator named it
   * @param {string} reason what is wrong and, where it helps, what to do
   * @param {{ row?: number, column?: string }} [at] 1-based row in the file; the column's header
   */
  constructor(file, reason, at = {}) {
    const where = [file, at.row !== undefined ? `row ${at.row}` : '', at.column !== undefined ? `column "${at.column}"` : ''].filter(Boolean).join(', ');
    super(`${where}: ${reason}`);
    this.file = file;
    this.row = at.row;
    this.column = at.column;
  }
}
