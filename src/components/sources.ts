import { html } from 'lit';
import type { Source } from '../course/model.js';
import { t } from '../i18n/i18n.js';

/** The sources behind a piece of feedback, folded away so they do not drown the feedback itself. */
export function sourcesNote(all: Record<string, Source>, ids: string[] = []) {
  const sources = ids.map((id) => all[id]).filter(Boolean);
  if (!sources.length) return '';
  return html`<details class="cite">
    <summary>${t('ui.source', { count: sources.length })} (${sources.length})</summary>
    <ul>${sources.map((s) => html`<li>${s.title} (${s.publisher}, ${s.year})</li>`)}</ul>
  </details>`;
}
