import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { QuestionBlock } from '../course/model.js';
import { t } from '../i18n/i18n.js';
import { isRight, type Results } from '../progress/scoring.js';
import type { Revisit } from '../progress/revisit.js';
import type { AssessmentAttempt } from '../progress/state.js';
import { ScreenElement } from './base.js';
import { feedback } from './choice-list.js';
import type { CertificateData } from './course-certificate.js';
import { emit } from './events.js';
import { choiceStyles, tokens } from './shared-styles.js';
import './course-certificate.js';

/**
 * The end: the score, pass or fail in words, a retry, and the certificate on a pass. After a
 * fail it says per objective what to read again, with links to those lessons, and not which
 * answer was right: a retry is a new test. After a pass every answer is shown with its feedback.
 *
 * @fires course-retry - when a learner who has not passed asks for another try at the test.
 * @fires course-navigate - when the learner opens a lesson to read again.
 */
@customElement('result-view')
export class ResultView extends ScreenElement {
  static override styles = [
    tokens,
    choiceStyles,
    css`
      h1 { font-size: 1.6rem; }
      li { margin-bottom: 1rem; }
      .verdict { font-size: 1.2rem; font-weight: 700; }
      .passed { color: var(--right); }
      .failed { color: var(--wrong); }
      ol { padding-left: 1.75rem; }
      .revisit ul { padding-left: 1.25rem; }
      .revisit li li { margin-bottom: 0.5rem; }
      button.link { background: none; border: none; padding: 0.25rem 0; min-height: 44px; color: var(--link, inherit); text-decoration: underline; font: inherit; cursor: pointer; text-align: start; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; }
      @media print { .no-print { display: none !important; } }
    `,
  ];

  @property({ attribute: false }) results!: Results;
  /** false for a course without a final test */
  @property({ type: Boolean, attribute: 'has-assessment' }) hasAssessment = false;
  /** the latest test attempt, if any */
  @property({ attribute: false }) attempt?: AssessmentAttempt;
  /** that attempt's questions, in the order drawn */
  @property({ attribute: false }) questions: QuestionBlock[] = [];
  /** per objective, the attempt's right answers and the lessons to read again */
  @property({ attribute: false }) revisit: Revisit[] = [];
  /** what the certificate shows; it is shown only on a pass */
  @property({ attribute: false }) certificate?: CertificateData;

  private review(attempt: AssessmentAttempt) {
    return html`<h2>${t('ui.result.review')}</h2>
      <ol>
        ${this.questions.map((q) => {
          const chosen = attempt.answers.get(q.id) ?? [];
          const ns = `assessment.blocks.${q.id}`;
          return html`<li>
            <p>${t(`${ns}.prompt`)}</p>
            <p>${t('ui.result.yourAnswer')}: ${chosen.map((id) => t(`${ns}.options.${id}.label`)).join(' / ')}</p>
            ${feedback({
              right: isRight(q, chosen),
              verdict: t(isRight(q, chosen) ? 'ui.right' : 'ui.notRight'),
              text: chosen.map((id) => t(`${ns}.options.${id}.feedback`)).join(' '),
            })}
          </li>`;
        })}
      </ol>`;
  }

  private revisitList() {
    return html`<h2>${t('ui.result.revisitTitle')}</h2>
      <p>${t('ui.result.revisitIntro')}</p>
      <ul class="revisit">
        ${this.revisit.map(
          (r) => html`<li>
            <p>${t('ui.result.objectiveScore', { objective: t(`ui.objectives.${r.objective}`), right: r.right, total: r.total })}</p>
            ${r.right < r.total && r.lessons.length
              ? html`<p>${t('ui.result.readAgain')}</p>
                  <ul>
                    ${r.lessons.map((l) => html`<li><button class="link" @click=${() => emit(this, 'course-navigate', { screen: l.screen })}>${t(`lessons.${l.id}.title`)}</button></li>`)}
                  </ul>`
              : ''}
          </li>`,
        )}
      </ul>`;
  }

  override render() {
    const r = this.results;
    const { attempt, hasAssessment } = this;
    return html`
      <div class="no-print">
        <h1 tabindex="-1">${t('ui.result.title')}</h1>
        ${hasAssessment && r.score !== undefined
          ? html`<p class="verdict ${r.success}">${t(r.success === 'passed' ? 'ui.result.passed' : 'ui.result.failed')}</p>
              <p>${t('ui.result.score', { score: r.score, mastery: r.masteryScore })}</p>`
          : ''}
        ${hasAssessment && r.score === undefined ? html`<p>${t('ui.result.notYet')}</p>` : ''}
        ${r.completion !== 'completed' ? html`<p>${t('ui.result.unfinished')}</p>` : ''}
        ${hasAssessment && r.success !== 'passed' && attempt?.submitted
          ? html`<div class="actions"><button @click=${() => emit(this, 'course-retry', {})}>${t('ui.result.retry')}</button></div>`
          : ''}
        ${attempt?.submitted ? (r.success === 'passed' ? this.review(attempt) : this.revisitList()) : ''}
      </div>
      ${r.success === 'passed' && this.certificate
        ? html`<course-certificate .data=${this.certificate}></course-certificate>
            <div class="actions no-print"><button @click=${() => window.print()}>${t('ui.certificate.print')}</button></div>`
        : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'result-view': ResultView;
  }
}
