import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { blockRef, type QuestionBlock as Question } from '../course/model.js';
import { t } from '../i18n/i18n.js';
import { isRight } from '../progress/scoring.js';
import type { CourseSession } from '../session.js';
import { choiceList, feedback } from './choice-list.js';
import { choiceStyles, tokens } from './shared-styles.js';
import { sourcesNote } from './sources.js';
import { SessionController } from './session-controller.js';
import './read-aloud.js';

/** A knowledge check inside a lesson: choose, check, and read why. One answer counts. */
@customElement('question-block')
export class QuestionBlockElement extends LitElement {
  static override styles = [tokens, choiceStyles, css`.result:focus { outline: none; } .result:focus-visible { outline: 3px solid var(--focus); }`];

  @property({ attribute: false }) session!: CourseSession;
  @property({ attribute: false }) question!: Question;
  @property() lesson = '';
  @state() private chosen: string[] = [];

  constructor() {
    super();
    new SessionController(this);
  }

  /** The button is gone once answered: focus goes to the feedback instead of the page top. */
  private check = async () => {
    this.session.answer(this.lesson, this.question, this.chosen);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.result')?.focus();
  };

  override render() {
    const q = this.question;
    const ns = `lessons.${this.lesson}.blocks.${q.id}`;
    const answered = this.session.progress.answers.get(blockRef(this.lesson, q.id));
    const chosen = answered ?? this.chosen;
    return html`
      <read-aloud what="question"></read-aloud>
      ${choiceList({
        name: q.id,
        legend: t(`${ns}.prompt`),
        options: q.options.map((id) => ({ id, label: t(`${ns}.options.${id}.label`) })),
        multiple: q.multiple,
        chosen,
        disabled: !!answered,
        onChange: (c) => (this.chosen = c),
      })}
      ${answered
        ? ''
        : html`<button ?disabled=${!this.chosen.length} @click=${this.check}>${t('ui.check')}</button>`}
      <div class="result" aria-live="polite" tabindex="-1">
        ${answered
          ? feedback({
              right: isRight(q, answered),
              verdict: t(isRight(q, answered) ? 'ui.right' : 'ui.notRight'),
              text: answered.map((id) => t(`${ns}.options.${id}.feedback`)).join(' '),
              rightAnswer: q.correct.map((id) => t(`${ns}.options.${id}.label`)).join(' / '),
              sources: sourcesNote(this.session.course, q.sources),
            })
          : ''}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'question-block': QuestionBlockElement;
  }
}
