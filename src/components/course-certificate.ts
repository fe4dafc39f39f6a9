import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import type { CertificateFacts } from '../progress/certificate.js';
import type { Language } from '../progress/state.js';
import { LocalizedElement } from './base.js';
import { tokens } from './shared-styles.js';
import { pictogram, pictureStyles } from './pictures.js';

/** What a certificate states. */
export interface CertificateData {
  /** as the LMS sends it ("Last, First" or free text) */
  learnerName: string;
  language: Language;
  /** fixed when the learner passed */
  facts: CertificateFacts;
  /** the verification code (progress/certificate.ts) */
  code: string;
  /** the course's decorative pictogram under assets/, if it has one */
  icon?: string;
  /** a line the course prints under the facts (e.g. that this is not another body's certificate) */
  note?: string;
}

const DATE_LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB', pl: 'pl-PL' };

/** LMSs send "Last, First" (SCORM's own example); a certificate reads "First Last". */
export function displayName(lmsName: string): string {
  const parts = lmsName.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : lmsName.trim();
}

/** Shown only on a pass; prints on one A4 page. The learner name comes from the LMS, as text. */
@customElement('course-certificate')
export class CourseCertificate extends LocalizedElement {
  static override styles = [
    tokens,
    pictureStyles,
    css`
      .certificate .pictogram { width: 4rem; height: 4rem; display: block; margin: 0 auto 0.5rem; align-self: center; }
      .certificate { border: 6px double var(--brand); border-radius: var(--radius); padding: 1.5rem; text-align: center; margin-top: 1rem; }
      .label { color: var(--muted); margin: 0; }
      .name { font-size: 1.6rem; font-weight: 700; margin: 0.25rem 0 1rem; overflow-wrap: anywhere; }
      .course { font-size: 1.2rem; font-weight: 600; margin: 0.25rem 0 1rem; }
      dl { display: grid; grid-template-columns: auto auto; justify-content: center; gap: 0.25rem 1rem; text-align: left; }
      dt { color: var(--muted); }
      dd { margin: 0; font-weight: 600; }
      .note { color: var(--muted); font-size: 0.9rem; margin: 1rem 0 0; overflow-wrap: anywhere; }
      h1, h2 { font-size: 1.5rem; margin: 0 0 0.75rem; }
      .print-only { display: none; }
      @media print {
        @page { size: A4; margin: 20mm; }
        .certificate { margin: 0; padding: 25mm 15mm; min-height: 240mm; display: flex; flex-direction: column; justify-content: center; break-inside: avoid; font-size: 14pt; }
        .print-only { display: block; }
        .screen-only { display: none; }
        h1 { font-size: 26pt; margin-bottom: 12mm; }
        .name { font-size: 28pt; }
        .course { font-size: 18pt; margin-bottom: 12mm; }
      }
    `,
  ];

  @property({ attribute: false }) data!: CertificateData;

  /**
   * Printed, the certificate is the page: its heading is the h1 (on screen it sits under the
   * result's h1), and the document is titled "Certificate – name", which the print dialog offers
   * as the file name and the PDF keeps as its title.
   */
  private titleBeforePrint = '';
  private beforePrint = () => {
    this.titleBeforePrint = document.title;
    document.title = `${t('ui.certificate.title')} – ${this.learner()}`;
  };
  private afterPrint = () => {
    if (this.titleBeforePrint) document.title = this.titleBeforePrint;
    this.titleBeforePrint = '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  private learner() {
    return displayName(this.data.learnerName) || t('ui.certificate.anonymous');
  }

  override render() {
    const { language, facts, code, icon, note } = this.data;
    const name = this.learner();
    const [year, month, day] = facts.date.split('-').map(Number);
    const date = new Date(year, month - 1, day).toLocaleDateString(DATE_LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric' });
    const score = facts.score;
    return html`<article class="certificate" aria-labelledby="cert-title">
      ${pictogram(icon)}
      <h2 id="cert-title" class="screen-only">${t('ui.certificate.title')}</h2>
      <h1 class="print-only">${t('ui.certificate.title')}</h1>
      <p class="label">${t('ui.certificate.awardedTo')}</p>
      <p class="name">${name}</p>
      <p class="label">${t('ui.certificate.for')}</p>
      <p class="course">${t('course.title')}</p>
      <dl>
        <dt>${t('ui.certificate.date')}</dt><dd>${date}</dd>
        <dt>${t('ui.certificate.score')}</dt><dd>${score}%</dd>
        <dt>${t('ui.certificate.code')}</dt><dd>${code}</dd>
      </dl>
      ${note ? html`<p class="note">${note}</p>` : ''}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'course-certificate': CourseCertificate;
  }
}
