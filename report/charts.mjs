// Inline SVG charts. Each is a picture of a table printed next to it, so it is an image with a
// title for screen readers, and the numbers stay readable in the table.
import { escapeHtml } from './html.mjs';

const INK = '#1f2933';
const BAR = '#2f5f8a';
const LINE = '#b3261e';
const TRACK = '#e4e8ec'; // the 0–100 % a bar could fill

/**
 * Vertical bars, one per band.
 * @param {{ id: string, title: string, bars: { label: string, value: number }[] }} chart
 */
export function columnChart({ id, title, bars }) {
  const width = 640;
  const height = 220;
  const top = 16;
  const bottom = 36;
  const left = 32;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (width - left) / bars.length;
  const scale = (v) => ((height - top - bottom) * v) / max;
  const columns = bars
    .map((b, i) => {
      const x = left + i * slot + slot * 0.15;
      const h = scale(b.value);
      const y = height - bottom - h;
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${BAR}"/>` +
        (b.value ? `<text x="${(x + slot * 0.35).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${b.value}</text>` : '') +
        `<text x="${(x + slot * 0.35).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`;
    })
    .join('');
  const axis = `<line x1="${left}" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" stroke="${INK}"/>`;
  return svg(id, title, width, height, axis + columns);
}

/**
 * Horizontal bars of a share 0–1 with a reference line (the NPST 60 %).
 * @param {{ id: string, title: string, bars: { label: string, value: number, text: string }[], line: number, lineLabel: string }} chart
 */
export function shareChart({ id, title, bars, line, lineLabel }) {
  const width = 640;
  const row = 30;
  const labelWidth = 200;
  const plot = width - labelWidth - 110;
  const top = 24;
  const height = top + bars.length * row + 8;
  const x = (share) => labelWidth + plot * share;
  const rows = bars
    .map((b, i) => {
      const y = top + i * row;
      return `<text x="${labelWidth - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(b.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 5}" width="${plot}" height="${row - 10}" fill="${TRACK}"/>` +
        `<rect x="${labelWidth}" y="${y + 5}" width="${(plot * b.value).toFixed(1)}" height="${row - 10}" fill="${BAR}"/>` +
        `<text x="${labelWidth + plot + 8}" y="${y + 19}">${escapeHtml(b.text)}</text>`;
    })
    .join('');
  const ref = `<line x1="${x(line)}" y1="${top - 6}" x2="${x(line)}" y2="${height - 4}" stroke="${LINE}" stroke-width="2" stroke-dasharray="4 3"/>` +
    `<text x="${x(line)}" y="${top - 10}" text-anchor="middle" fill="${LINE}">${escapeHtml(lineLabel)}</text>`;
  const frame = `<line x1="${labelWidth}" y1="${top - 4}" x2="${labelWidth}" y2="${height - 4}" stroke="${INK}"/>`;
  return svg(id, title, width, height, frame + rows + ref);
}

function svg(id, title, width, height, body) {
  return `<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}">${escapeHtml(title)}</title><g font-size="13" fill="${INK}">${body}</g></svg>`;
}
