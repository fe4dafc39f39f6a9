// Synthesised exports made from real Moodle rows: certificate codes added to a SCORM 1.2
// Interactions report (the real exports predate them), and a large export for the bench.
// Writes Moodle's own text format: tab-separated, quotes only where fputcsv puts them.
import { createHash } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const parseTsv = (text) => text.replace(/\n$/, '').split('\n').map(splitLine);
export const toTsv = (rows) => rows.map((r) => r.map(quote).join('\t')).join('\n') + '\n';

/** Enough for Moodle's own files: no line breaks inside cells. */
function splitLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === '\t' && !quoted) cells.push(cell), (cell = '');
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function quote(value) {
  return /[\s"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A code in the course's format `<COURSE3>-<YYYYMMDD>-<score>-<6 base32 chars>`; the check part here is a made-up hash. */
export function syntheticCode(course3, date, score, seed) {
  const bytes = createHash('sha256').update(seed).digest();
  const check = Array.from(bytes.subarray(0, 6), (b) => CROCKFORD[b % 32]).join('');
  return `${course3}-${date.replace(/-/g, '')}-${score}-${check}`;
}

/**
 * Adds one interaction per row that `codeFor` gives a code: id `certificate`, the code as the
 * response, no correct pattern, result `neutral` (as the course records it).
 * @param {string} text a Moodle Interactions report (text download)
 * @param {(row: Record<string, string>) => string | undefined} codeFor
 */
export function addCertificates(text, codeFor) {
  const [header, ...rows] = parseTsv(text);
  const next = Math.max(...header.map((h) => Number(/^Question (\d+)$/.exec(h)?.[1] ?? -1))) + 1;
  const group = [`Question ${next}`, `Response ${next}`, `Right answer ${next}`, `Result ${next}`];
  const width = header.length;
  const out = rows.map((row) => {
    const named = Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
    const code = codeFor(named);
    if (!code) return row;
    const padded = [...row, ...Array(width - row.length).fill('')];
    return [...padded, 'certificate', code, '', 'neutral'];
  });
  return toTsv([[...header, ...group], ...out]);
}

/**
 * `learners` learners made from the real ones: each real learner's rows (all attempts) copied
 * under a new name, e-mail and organisation, round-robin over `organisations` hotels.
 * @param {Record<string, string>} reports text of Moodle exports by kind (basic, interactions, gradebook)
 */
export function scaleUp(reports, learners, organisations = 250) {
  const out = {};
  for (const [kind, text] of Object.entries(reports)) {
    const sep = kind === 'gradebook' ? ',' : '\t';
    const lines = text.replace(/\n$/, '').split('\n');
    const [header, ...body] = lines;
    const names = header.split(sep).map((h) => h.replace(/^"|"$/g, ''));
    const byLearner = new Map();
    for (const line of body) {
      const email = /learner\d+@example\.invalid/.exec(line)[0];
      byLearner.set(email, [...(byLearner.get(email) ?? []), line]);
    }
    // The same real learner behind synthetic learner n in every file (the files list learners in different orders).
    const real = [...byLearner.keys()].sort().map((email) => byLearner.get(email));
    const instAt = names.indexOf('Institution');
    const rows = [header];
    for (let n = 0; n < learners; n++) {
      const id = String(n + 1).padStart(6, '0');
      const org = `"Hotel ${String((n % organisations) + 1).padStart(3, '0')}"`;
      for (const line of real[n % real.length]) {
        const cells = line.split(sep);
        // Names and e-mails are unique per synthetic learner; the institution spreads them over hotels.
        let renamed = cells.map((c) => c.replace(/learner\d+@example\.invalid/, `learner${id}@example.invalid`).replace(/^"Learner \d+"$/, `"Learner ${id}"`));
        if (kind === 'gradebook') renamed[1] = id;
        if (instAt >= 0) renamed[instAt] = org;
        rows.push(renamed.join(sep));
      }
    }
    out[kind] = rows.join('\n') + '\n';
  }
  return out;
}
