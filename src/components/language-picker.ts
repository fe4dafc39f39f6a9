import { html } from 'lit';
import { t } from '../i18n/i18n.js';
import type { Language } from '../progress/state.js';
import { emit } from './events.js';

/**
 * The language select, on the welcome screen and in the menu: many hotel staff are not native
 * Dutch speakers. Offers the course's own languages; fires `course-language` from the select.
 */
export function languagePicker(id: string, current: Language, offered: readonly Language[]) {
  const pick = (e: Event) => {
    const select = e.target as HTMLSelectElement;
    emit(select, 'course-language', { language: select.value as Language });
  };
  return html`<div class="language">
    <label for=${id}>${t('ui.language')}</label>
    <select id=${id} @change=${pick}>
      ${offered.map((l) => html`<option value=${l} lang=${l} ?selected=${l === current}>${t(`ui.languages.${l}`)}</option>`)}
    </select>
  </div>`;
}
