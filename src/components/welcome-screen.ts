import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t, texts } from '../i18n/i18n.js';
import type { Language } from '../progress/state.js';
import { ScreenElement } from './base.js';
import { choiceList } from './choice-list.js';
import { emit } from './events.js';
import { languagePicker } from './language-picker.js';
import { pictureStyles } from './pictures.js';
import { choiceStyles, tokens } from './shared-styles.js';

/**
 * The first screen: language, what the course is, a note on its content with a way to help,
 * and (hotel) the learner's department, so their own pages come first.
 *
 * @fires course-language - `{ language }` when the learner picks a language.
 * @fires course-help - `{ opener }` when the learner opens help from the content note.
 * @fires course-department - `{ department }` when the learner picks a department.
 */
@customElement('welcome-screen')
export class WelcomeScreen extends ScreenElement {
  static override styles = [
    tokens,
    choiceStyles,
    pictureStyles,
    css`
      h1 { font-size: 1.6rem; }
      h2 { font-size: 1.15rem; margin: 1.5rem 0 0.25rem; }
      .language { display: flex; align-items: center; justify-content: flex-end; gap: 0.5rem; padding: 0.5rem 0 0; }
      .language select { font: inherit; min-height: 44px; border: 2px solid #8a8794; border-radius: var(--radius); padding: 0.25rem 0.5rem; background: var(--paper); color: var(--ink); }
      .note { background: var(--warn-bg); border-radius: var(--radius); padding: 1rem; margin: 1rem 0; }
      .note h2 { font-size: 1.1rem; margin-top: 0; }
    `,
  ];

  @property() language: Language = 'nl';
  /** the languages the course is offered in */
  @property({ attribute: false }) languages: readonly Language[] = ['nl'];
  /** departments to choose from; none for a course without them */
  @property({ attribute: false }) departments: string[] = [];
  /** a decorative pictogram per department, under assets/ */
  @property({ attribute: false }) departmentIcons: Record<string, string> = {};
  /** the department chosen, if any */
  @property() department?: string;

  override render() {
    return html`
      ${languagePicker('welcome-language', this.language, this.languages)}
      <h1 tabindex="-1">${t('course.welcome.title')}</h1>
      ${texts('course.welcome.paragraphs').map((p) => html`<p>${p}</p>`)}
      <div class="note" role="note">
        <h2>${t('course.contentNote.title')}</h2>
        ${texts('course.contentNote.paragraphs').map((p) => html`<p>${p}</p>`)}
        <button class="secondary" @click=${(e: Event) => emit(this, 'course-help', { opener: e.currentTarget as HTMLElement })}>
          ${t('ui.help.open')}
        </button>
      </div>
      ${this.departments.length
        ? html`<h2>${t('ui.department.heading')}</h2>
            ${choiceList({
              name: 'department',
              legend: t('ui.department.pick'),
              options: this.departments.map((d) => ({ id: d, label: t(`course.departments.${d}`), icon: this.departmentIcons[d] })),
              multiple: false,
              chosen: this.department ? [this.department] : [],
              disabled: false,
              onChange: ([department]) => emit(this, 'course-department', { department }),
            })}`
        : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'welcome-screen': WelcomeScreen;
  }
}
