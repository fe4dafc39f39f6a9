import i18next from 'i18next';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source } from '../course/model.js';
import { t } from '../i18n/i18n.js';

/** The sources behind a piece of feedback, folded away so they do not drown the feedback itself. */
export function sourcesNote(all: Record<string, Source>, ids: string[] = []) {
  const sources = ids.map((id) => all[id]).filter(Boolean);
  if (!sources.length) return '';
  return html`<details class="cite">
    <summary>${t('ui.source', { count: sources.length })} (${sources.length})</summary>
    <ul>${sources.map((s) => html`<li lang=${ifDefined(sourceLang(s))}>${s.title} (${s.publisher}, ${s.year})</li>`)}</ul>
  </details>`;
}

/** A source's language when it differs from the course's current one (sources are Dutch unless they say otherwise). */
export function sourceLang(source: Source): string | undefined {
  const language = source.language ?? 'nl';
  return language === i18next.language ? undefined : language;
}
