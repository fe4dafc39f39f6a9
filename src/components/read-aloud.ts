import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import i18next from 'i18next';
import { t } from '../i18n/i18n.js';
import { localVoice, onVoicesChanged, speak, stopSpeaking } from '../speech/speech.js';
import { visibleText } from '../speech/visible-text.js';
import { LocalizedElement } from './base.js';
import { tokens } from './shared-styles.js';

/**
 * A button that reads aloud what its host shows (the page, a scenario or a question: everything
 * in the shadow root it is placed in, in reading order), in the course language, and stops again.
 * Not rendered when this device has no voice for that language.
 */
@customElement('read-aloud')
export class ReadAloud extends LocalizedElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; margin: 0 0 0.75rem; }
      button { min-height: 44px; padding: 0.35rem 0.85rem; font-size: 0.95rem; }
      @media print { :host { display: none; } }
    `,
  ];

  /** what is read, for the button's name: page | question | scenario */
  @property() what: 'page' | 'question' | 'scenario' = 'page';
  @state() private speaking = false;
  /** counts readings, so a reading that was stopped cannot end the one that replaced it */
  private reading = 0;
  private unsubscribe?: () => void;
  private rerender = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onVoicesChanged(this.rerender);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    if (this.speaking) stopSpeaking();
  }

  private toggle = async () => {
    const run = ++this.reading;
    if (this.speaking) {
      this.speaking = false;
      stopSpeaking();
      return;
    }
    this.speaking = true;
    await speak(visibleText(this.getRootNode()), i18next.language);
    if (run === this.reading) this.speaking = false;
  };

  override render() {
    if (!localVoice(i18next.language)) return nothing;
    return html`<button class="secondary" @click=${this.toggle}>${this.speaking ? t('ui.readAloud.stop') : t(`ui.readAloud.${this.what}`)}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'read-aloud': ReadAloud;
  }
}
