import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import type { Language } from '../progress/state.js';
import { LocalizedElement } from './base.js';
import { emit } from './events.js';
import { languagePicker } from './language-picker.js';
import { tokens } from './shared-styles.js';

/** A lesson as the menu lists it. */
export interface MenuLesson {
  id: string;
  /** key of the lesson's first screen on the learner's route */
  screen: string;
  done: boolean;
}

/**
 * The menu: language, every lesson with whether it is done, the final test and the sources.
 *
 * @fires course-navigate - `{ screen }` when the learner opens an entry.
 * @fires course-language - `{ language }` when the learner picks a language.
 */
@customElement('course-menu')
export class CourseMenu extends LocalizedElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; background: var(--tint); border-bottom: 1px solid #ccc; }
      .language { display: flex; align-items: center; gap: 0.5rem; max-width: 48rem; margin: 0 auto; padding: 0.5rem 1rem 0; }
      .language select { font: inherit; min-height: 44px; border: 2px solid #8a8794; border-radius: var(--radius); padding: 0.25rem 0.5rem; background: var(--paper); color: var(--ink); }
      ol { max-width: 48rem; margin: 0 auto; padding: 0.5rem 1rem 0.75rem 2.5rem; }
      li { margin: 0.25rem 0; }
      button { background: none; border: 0; color: var(--brand); text-decoration: underline; padding: 0.25rem; min-height: 44px; text-align: left; }
      .status { font-size: 0.9rem; color: var(--right); font-weight: 600; }
    `,
  ];

  @property({ attribute: false }) lessons: MenuLesson[] = [];
  @property({ type: Boolean, attribute: 'has-assessment' }) hasAssessment = false;
  @property() language: Language = 'nl';
  /** the languages the course is offered in */
  @property({ attribute: false }) languages: readonly Language[] = ['nl'];

  private open(screen: string) {
    return (e: Event) => emit(e.currentTarget as HTMLElement, 'course-navigate', { screen });
  }

  override render() {
    return html`<nav aria-label=${t('ui.menu')}>
      ${languagePicker('menu-language', this.language, this.languages)}
      <ol>
        ${this.lessons.map(
          (lesson) => html`<li>
            <button @click=${this.open(lesson.screen)}>${t(`lessons.${lesson.id}.title`)}</button>
            <span class="status">${lesson.done ? t('ui.done') : ''}</span>
          </li>`,
        )}
        ${this.hasAssessment ? html`<li><button @click=${this.open('assessment')}>${t('ui.screens.assessment')}</button></li>` : ''}
        <li><button @click=${this.open('sources')}>${t('ui.screens.sources')}</button></li>
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'course-menu': CourseMenu;
  }
}
