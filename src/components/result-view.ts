import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import { drawnQuestions, isRight } from '../progress/scoring.js';
import type { CourseSession } from '../session.js';
import { SessionController } from './session-controller.js';
import { tokens } from './shared-styles.js';
import './course-certificate.js';

/** The end: the score, pass or fail in words, a retry, and the certificate on a pass. */
@customElement('result-view')
export class ResultView extends LitElement {
  static override styles = [
    tokens,
    css`
      h1 { font-size: 1.6rem; }
      .verdict { font-size: 1.2rem; font-weight: 700; }
      .passed { color: var(--right); }
      .failed { color: var(--wrong); }
      ol { padding-left: 1.25rem; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; }
      @media print { .no-print { display: none !important; } }
    `,
  ];

  @property({ attribute: false }) session!: CourseSession;

  constructor() {
    super();
    new SessionController(this);
  }

  override render() {
    const s = this.session;
    const r = s.results;
    const attempt = s.progress.assessment;
    const hasAssessment = !!s.course.assessment;
    return html`
      <div class="no-print">
        <h1 tabindex="-1">${t('ui.result.title')}</h1>
        ${hasAssessment && r.score !== undefined
          ? html`<p class="verdict ${r.success}">${t(r.success === 'passed' ? 'ui.result.passed' : 'ui.result.failed')}</p>
              <p>${t('ui.result.score', { score: r.score, mastery: s.masteryScore })}</p>`
          : ''}
        ${hasAssessment && r.score === undefined ? html`<p>${t('ui.result.notYet')}</p>` : ''}
        ${r.completion !== 'completed' ? html`<p>${t('ui.result.unfinished')}</p>` : ''}
        ${attempt?.submitted
          ? html`<h2>${t('ui.result.review')}</h2>
              <ol>
                ${drawnQuestions(s.course, attempt.seed).map((q) => {
                  const right = isRight(q, attempt.answers.get(q.id) ?? []);
                  return html`<li>${t(`assessment.blocks.${q.id}.prompt`)} <strong>${t(right ? 'ui.right' : 'ui.notRight')}</strong></li>`;
                })}
              </ol>`
          : ''}
        <div class="actions">
          ${hasAssessment && r.success !== 'passed' && attempt?.submitted
            ? html`<button @click=${() => s.retryAssessment()}>${t('ui.result.retry')}</button>`
            : ''}
          ${s.passed ? html`<button class="secondary" @click=${() => window.print()}>${t('ui.certificate.print')}</button>` : ''}
        </div>
      </div>
      ${s.passed ? html`<course-certificate .session=${s}></course-certificate>` : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'result-view': ResultView;
  }
}
