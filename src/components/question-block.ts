import { html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { QuestionBlock as Question, Source } from '../course/model.js';
import { t } from '../i18n/i18n.js';
import { isRight } from '../progress/scoring.js';
import { LocalizedElement } from './base.js';
import { choiceList, feedback } from './choice-list.js';
import { emit } from './events.js';
import { choiceStyles, tokens } from './shared-styles.js';
import { sourcesNote } from './sources.js';
import './read-aloud.js';

/**
 * A knowledge check inside a lesson: choose, check, and read why. One answer counts.
 *
 * @fires course-answer - `{ lesson, question, chosen }` when the learner checks an answer.
 */
@customElement('question-block')
export class QuestionBlockElement extends LocalizedElement {
  static override styles = [tokens, choiceStyles];

  /** set while the learner's own check is on its way, so the feedback it brings gets focus */
  private checking = false;
  @state() private chosen: string[] = [];
  /** what the status region says: empty until the learner checks an answer here */
  @state() private announcement = '';
  @property({ attribute: false }) question!: Question;
  /** id of the lesson the question is in */
  @property() lesson = '';
  /** the answer given, once checked */
  @property({ attribute: false }) answered?: string[];
  /** the course's sources, by id */
  @property({ attribute: false }) sources: Record<string, Source> = {};

  /**
   * The button is gone once answered: focus goes to the explanation instead of the page top, and
   * the verdict is put into the status region that has been there, empty, since the question
   * appeared (a live region made together with its text is often not read).
   */
  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('answered') && this.answered && this.checking) {
      this.checking = false;
      const ns = `lessons.${this.lesson}.blocks.${this.question.id}`;
      const verdict = t(isRight(this.question, this.answered) ? 'ui.right' : 'ui.notRight');
      this.announcement = `${verdict}. ${t('ui.result.yourAnswer')}: ${this.answered.map((id) => t(`${ns}.options.${id}.label`)).join(' / ')}`;
      this.renderRoot.querySelector<HTMLElement>('.result')?.focus();
    }
  }

  private check = () => {
    this.checking = true;
    emit(this, 'course-answer', { lesson: this.lesson, question: this.question.id, chosen: this.chosen });
  };

  override render() {
    const q = this.question;
    const ns = `lessons.${this.lesson}.blocks.${q.id}`;
    const answered = this.answered;
    return html`
      <read-aloud what="question"></read-aloud>
      ${choiceList({
        name: q.id,
        legend: t(`${ns}.prompt`),
        options: q.options.map((id) => ({ id, label: t(`${ns}.options.${id}.label`) })),
        multiple: q.multiple,
        chosen: answered ?? this.chosen,
        disabled: !!answered,
        onChange: (c) => (this.chosen = c),
      })}
      ${answered ? '' : html`<button ?disabled=${!this.chosen.length} @click=${this.check}>${t('ui.check')}</button>`}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${answered
        ? feedback({
            right: isRight(q, answered),
            verdict: t(isRight(q, answered) ? 'ui.right' : 'ui.notRight'),
            text: answered.map((id) => t(`${ns}.options.${id}.feedback`)).join(' '),
            rightAnswer: q.correct.map((id) => t(`${ns}.options.${id}.label`)).join(' / '),
            sources: sourcesNote(this.sources, q.sources),
            explained: true,
          })
        : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'question-block': QuestionBlockElement;
  }
}
