// One error type for everything the report cannot read, so both front doors give one clear
// message naming the file and, for tabular input, the row and column: never a silent zero. The
// error holds what is wrong as data (a message key and its values); the words come from
// messages.mjs in the language of the page or of --lang. `message` is the English text, for
// logs and for anything that does not ask for a language.
import { reason, where } from './messages.mjs';

export class ExportError extends Error {
  /**
   * @param {string} file the file as the administrator named it
   * @param {string} key which message (messages.mjs)
   * @param {Record<string, any>} [params] the values the message names (cell value, columns, missing learners…)
   * @param {{ row?: number, column?: string }} [at] 1-based row in the file; the column's header
   */
  constructor(file, key, params = {}, at = {}) {
    super(`${where('en', { file, ...at })}: ${reason('en', key, params)}`);
    this.name = 'ExportError';
    this.file = file;
    this.key = key;
    this.params = params;
    this.row = at.row;
    this.column = at.column;
  }

  /** The whole message in 'nl' or 'en': place, then what is wrong and what to do. */
  describe(lang) {
    return `${where(lang, this)}: ${reason(lang, this.key, this.params)}`;
  }
}

/** A message a front door wrote in the administrator's language already (see describeError). */
export const plainError = (message) => Object.assign(new Error(message), { plain: true });

/** Any error as the administrator should read it: an ExportError in their language, a plain one as it is, anything else named as unexpected. */
export function describeError(error, lang) {
  if (error instanceof ExportError) return error.describe(lang);
  if (error?.plain) return error.message;
  return reason(lang, 'unexpected', { detail: error?.message ?? String(error) });
}
