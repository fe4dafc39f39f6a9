import { css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { QuestionBlock } from '../course/model.js';
import { t } from '../i18n/i18n.js';
import { optionOrder } from '../progress/scoring.js';
import type { AssessmentAttempt } from '../progress/state.js';
import { ScreenElement } from './base.js';
import { choiceList } from './choice-list.js';
import { emit } from './events.js';
import './read-aloud.js';
import { choiceStyles, tokens } from './shared-styles.js';

/**
 * The final assessment: questions drawn from the bank with their options shuffled, one question
 * per screen (a phone shows one at a time without endless scrolling), handed in at once.
 *
 * @fires course-test-show - `{ question }` when a question comes on screen (its latency counts from here).
 * @fires course-test-answer - `{ question, chosen }` when the learner picks or changes an answer.
 * @fires course-hand-in - when the learner hands in with every question answered.
 */
@customElement('assessment-view')
export class AssessmentView extends ScreenElement {
  static override styles = [
    tokens,
    choiceStyles,
    css`
      h1 { font-size: 1.6rem; }
      .count { color: var(--muted); font-size: 0.95rem; font-weight: 400; margin: 0 0 0.5rem; }
      .steps { display: flex; flex-wrap: wrap; gap: 0.75rem; justify-content: space-between; margin-top: 1rem; }
      .status { color: var(--muted); }
    `,
  ];

  /** the question on screen; starts at the first one not yet answered */
  @state() private index = -1;
  /** the attempt under way */
  @property({ attribute: false }) attempt!: AssessmentAttempt;
  /** the attempt's questions, in the order drawn */
  @property({ attribute: false }) questions: QuestionBlock[] = [];
  /** the pass mark, percent */
  @property({ type: Number }) mastery = 80;
  /** the question last announced as shown */
  private shown?: string;

  protected override willUpdate(): void {
    // Resuming mid-test opens the first question still open; state set here costs no extra render.
    if (this.index < 0 || this.index >= this.questions.length) this.index = Math.max(0, this.firstOpen());
  }

  protected override updated(): void {
    const q = this.questions[this.index];
    if (!q || this.attempt.submitted || q.id === this.shown) return;
    this.shown = q.id;
    emit(this, 'course-test-show', { question: q.id });
  }

  private firstOpen(): number {
    return this.questions.findIndex((q) => !this.attempt.answers.get(q.id)?.length);
  }

  private async show(index: number) {
    this.index = index;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.count')?.focus();
  }

  /** With questions still open, hand-in takes the learner to the first one instead of failing silently. */
  private submit = () => {
    const open = this.firstOpen();
    if (open < 0) emit(this, 'course-hand-in', {});
    else this.show(open);
  };

  override render() {
    const { attempt, questions } = this;
    const q = questions[this.index];
    if (!q) return '';
    const open = questions.filter((x) => !attempt.answers.get(x.id)?.length).length;
    const last = this.index === questions.length - 1;
    return html`
      <h1 tabindex="-1">${t('ui.assessment.title')}</h1>
      ${this.index === 0 ? html`<p>${t('ui.assessment.intro', { count: questions.length, mastery: this.mastery })}</p>` : ''}
      ${attempt.number > 1 ? html`<p>${t('ui.assessment.attempt', { n: attempt.number })}</p>` : ''}
      <h2 class="count" tabindex="-1">${t('ui.assessment.questionOf', { n: this.index + 1, total: questions.length })}</h2>
      <read-aloud what="question"></read-aloud>
      ${choiceList({
        name: `assessment-${q.id}`,
        legend: t(`assessment.blocks.${q.id}.prompt`),
        options: optionOrder(q, attempt.seed).map((id) => ({ id, label: t(`assessment.blocks.${q.id}.options.${id}.label`) })),
        multiple: q.multiple,
        chosen: attempt.answers.get(q.id) ?? [],
        disabled: attempt.submitted,
        onChange: (chosen) => emit(this, 'course-test-answer', { question: q.id, chosen }),
      })}
      <p class="status" aria-live="polite">${open ? t('ui.assessment.open', { count: open }) : t('ui.assessment.ready')}</p>
      <div class="steps">
        ${this.index > 0
          ? html`<button class="secondary" @click=${() => this.show(this.index - 1)}>${t('ui.assessment.previousQuestion')}</button>`
          : html`<span></span>`}
        ${last
          ? html`<button @click=${this.submit}>${t('ui.assessment.submit')}</button>`
          : html`<button @click=${() => this.show(this.index + 1)}>${t('ui.assessment.nextQuestion')}</button>`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-view': AssessmentView;
  }
}
