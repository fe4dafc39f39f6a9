import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Source } from '../course/model.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { t } from '../i18n/i18n.js';
import { sourceLang } from './sources.js';
import { ScreenElement } from './base.js';
import { tokens } from './shared-styles.js';

/** Every source the course cites, from the menu. */
@customElement('sources-screen')
export class SourcesScreen extends ScreenElement {
  static override styles = [tokens, css`h1 { font-size: 1.6rem; } li { margin-bottom: 0.5rem; } .url { overflow-wrap: anywhere; }`];

  /** the course's sources, by id */
  @property({ attribute: false }) sources: Record<string, Source> = {};

  override render() {
    return html`
      <h1 tabindex="-1">${t('ui.screens.sources')}</h1>
      <p>${t('ui.sourcesIntro')}</p>
      <ul>
        ${Object.values(this.sources).map((s) => html`<li lang=${ifDefined(sourceLang(s))}>${s.title}. ${s.publisher}, ${s.year}.${s.url ? html` <span class="url">${s.url}</span>` : ''}</li>`)}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sources-screen': SourcesScreen;
  }
}
