import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { HelpResource } from '../course/model.js';
import { t } from '../i18n/i18n.js';
import { LocalizedElement } from './base.js';
import { tokens } from './shared-styles.js';
import { pictogram, pictureStyles } from './pictures.js';

/**
 * Where to get help, for the learner or for someone else: one tap away on every screen.
 * A native modal <dialog>: focus is trapped by the browser and Escape closes it.
 * The closed panel shows nothing, so its pictograms are not fetched with the first screen: they
 * load once `pictograms` is set (after the first screen) or when the panel first opens.
 */
@customElement('help-panel')
export class HelpPanel extends LocalizedElement {
  static override styles = [
    tokens,
    pictureStyles,
    css`
      dialog { --header-height: 0px; --pager-height: 0px; border: 0; border-radius: var(--radius); padding: 1.25rem; width: min(32rem, calc(100vw - 1.5rem)); max-height: calc(100vh - 2rem); }
      dialog::backdrop { background: rgb(0 0 0 / 0.5); }
      h2 { margin: 0; }
      .top { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin-bottom: 0.75rem; }
      ul { list-style: none; padding: 0; margin: 0 0 1rem; }
      li { padding: 0.6rem 0; border-bottom: 1px solid #ddd; }
      .name { font-weight: 700; display: flex; align-items: center; gap: 0.5rem; }
      a { color: var(--brand); font-weight: 600; display: inline-block; min-height: 24px; margin-right: 1rem; }
    `,
  ];

  @property({ attribute: false }) resources: HelpResource[] = [];
  /** the pictograms may be fetched now */
  @property({ type: Boolean }) pictograms = false;
  @state() private opened = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private opener?: HTMLElement | null;

  show(opener?: HTMLElement): void {
    this.opener = opener;
    this.opened = true; // rendered before the next paint; the pictograms' size is fixed by CSS
    this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  private restoreFocus = () => this.opener?.focus();

  override render() {
    return html`<dialog aria-labelledby="help-title" @close=${this.restoreFocus}>
      <div class="top">
        <h2 id="help-title">${t('ui.help.title')}</h2>
        <button class="secondary" @click=${this.close}>${t('ui.close')}</button>
      </div>
      <p>${t('course.help.intro')}</p>
      <ul>
        ${this.resources.map(
          (r) => html`<li>
            <span class="name">${this.pictograms || this.opened ? pictogram(r.icon) : nothing}${t(`course.help.${r.id}.name`)}</span>
            <span>${t(`course.help.${r.id}.description`)}</span><br />
            ${r.phone ? html`<a href="tel:${r.phone.replace(/[^0-9]/g, '')}">${t('ui.help.call', { phone: r.phone })}</a>` : ''}
            ${r.url ? html`<a href=${r.url} target="_blank" rel="noopener noreferrer">${t('ui.help.website', { name: t(`course.help.${r.id}.name`) })}</a>` : ''}
          </li>`,
        )}
      </ul>
      <button @click=${this.close}>${t('ui.close')}</button>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'help-panel': HelpPanel;
  }
}
