import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import { drawnQuestions, isRight } from '../progress/scoring.js';
import type { CourseSession } from '../session.js';
import { SessionController } from './session-controller.js';
import { choiceStyles, tokens } from './shared-styles.js';
import { feedback } from './choice-list.js';
import './course-certificate.js';

/** The end: the score, pass or fail in words, a retry, and the certificate on a pass. */
@customElement('result-view')
export class ResultView extends LitElement {
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
        ${hasAssessment && r.success !== 'passed' && attempt?.submitted
          ? html`<div class="actions"><button @click=${() => s.retryAssessment()}>${t('ui.result.retry')}</button></div>`
          : ''}
        ${attempt?.submitted
          ? html`<h2>${t('ui.result.review')}</h2>
              <ol>
                ${drawnQuestions(s.course, attempt.seed).map((q) => {
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
              </ol>`
          : ''}
      </div>
      ${s.passed
        ? html`<course-certificate .session=${s}></course-certificate>
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
