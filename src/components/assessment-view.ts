import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import { drawnQuestions, optionOrder } from '../progress/scoring.js';
import type { CourseSession } from '../session.js';
import { choiceList } from './choice-list.js';
import { SessionController } from './session-controller.js';
import { choiceStyles, tokens } from './shared-styles.js';

/** The final assessment: questions drawn from the bank, options shuffled, submitted at once. */
@customElement('assessment-view')
export class AssessmentView extends LitElement {
  static override styles = [
    tokens,
    choiceStyles,
    css`
      h1 { font-size: 1.6rem; }
      .question { margin-bottom: 1.25rem; }
      .count { color: var(--muted); font-size: 0.95rem; margin: 0; }
    `,
  ];

  @property({ attribute: false }) session!: CourseSession;

  constructor() {
    super();
    new SessionController(this);
  }

  /** With questions still open, hand-in takes the learner to the first one instead of failing silently. */
  private submit = () => {
    const attempt = this.session.progress.assessment;
    if (!attempt) return;
    const firstOpen = drawnQuestions(this.session.course, attempt.seed).findIndex((q) => !attempt.answers.get(q.id)?.length);
    if (firstOpen < 0) return this.session.submitAssessment();
    const input = this.renderRoot.querySelectorAll('.question')[firstOpen]?.querySelector('input');
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  };

  override render() {
    const attempt = this.session.progress.assessment;
    if (!attempt) return '';
    const questions = drawnQuestions(this.session.course, attempt.seed);
    const open = questions.filter((q) => !attempt.answers.get(q.id)?.length).length;
    return html`
      <h1 tabindex="-1">${t('ui.assessment.title')}</h1>
      <p>${t('ui.assessment.intro', { count: questions.length, mastery: this.session.masteryScore })}</p>
      ${attempt.number > 1 ? html`<p>${t('ui.assessment.attempt', { n: attempt.number })}</p>` : ''}
      ${questions.map(
        (q, i) => html`<div class="question">
          <p class="count">${t('ui.assessment.questionOf', { n: i + 1, total: questions.length })}</p>
          ${choiceList({
            name: `assessment-${q.id}`,
            legend: t(`assessment.blocks.${q.id}.prompt`),
            options: optionOrder(q, attempt.seed).map((id) => ({ id, label: t(`assessment.blocks.${q.id}.options.${id}.label`) })),
            multiple: q.multiple,
            chosen: attempt.answers.get(q.id) ?? [],
            disabled: attempt.submitted,
            onChange: (chosen) => this.session.answerAssessment(q.id, chosen),
          })}
        </div>`,
      )}
      <p aria-live="polite" class="count">${open ? t('ui.assessment.open', { count: open }) : t('ui.assessment.ready')}</p>
      <button @click=${this.submit}>${t('ui.assessment.submit')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-view': AssessmentView;
  }
}
