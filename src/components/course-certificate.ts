import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/i18n.js';
import type { Language } from '../progress/state.js';
import { LocalizedElement } from './base.js';
import { tokens } from './shared-styles.js';

/** What a certificate states. */
export interface CertificateData {
  /** as the LMS sends it ("Last, First" or free text) */
  learnerName: string;
  learnerId: string;
  courseId: string;
  courseVersion: string;
  /** percent */
  score: number;
  language: Language;
}

/** A short code anyone can recompute from name, course, date and score to check a printed certificate. */
export function verificationCode(parts: string[]): string {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h.toString(36).toUpperCase().padStart(7, '0').slice(0, 7).replace(/(.{4})/, '$1-');
}

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
    css`
      .certificate { border: 6px double var(--brand); border-radius: var(--radius); padding: 1.5rem; text-align: center; margin-top: 1rem; }
      .label { color: var(--muted); margin: 0; }
      .name { font-size: 1.6rem; font-weight: 700; margin: 0.25rem 0 1rem; overflow-wrap: anywhere; }
      .course { font-size: 1.2rem; font-weight: 600; margin: 0.25rem 0 1rem; }
      dl { display: grid; grid-template-columns: auto auto; justify-content: center; gap: 0.25rem 1rem; text-align: left; }
      dt { color: var(--muted); }
      dd { margin: 0; font-weight: 600; }
      @media print {
        @page { size: A4; margin: 20mm; }
        .certificate { margin: 0; padding: 25mm 15mm; min-height: 240mm; display: flex; flex-direction: column; justify-content: center; break-inside: avoid; font-size: 14pt; }
        h2 { font-size: 26pt; margin-bottom: 12mm; }
        .name { font-size: 28pt; }
        .course { font-size: 18pt; margin-bottom: 12mm; }
      }
    `,
  ];

  @property({ attribute: false }) data!: CertificateData;

  override render() {
    const d = this.data;
    const name = displayName(d.learnerName) || t('ui.certificate.anonymous');
    const date = new Date().toLocaleDateString(d.language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const score = d.score;
    const code = verificationCode([d.learnerId || name, d.courseId, d.courseVersion, new Date().toISOString().slice(0, 10), String(score)]);
    return html`<article class="certificate" aria-labelledby="cert-title">
      <h2 id="cert-title">${t('ui.certificate.title')}</h2>
      <p class="label">${t('ui.certificate.awardedTo')}</p>
      <p class="name">${name}</p>
      <p class="label">${t('ui.certificate.for')}</p>
      <p class="course">${t('course.title')}</p>
      <dl>
        <dt>${t('ui.certificate.date')}</dt><dd>${date}</dd>
        <dt>${t('ui.certificate.score')}</dt><dd>${score}%</dd>
        <dt>${t('ui.certificate.code')}</dt><dd>${code}</dd>
      </dl>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'course-certificate': CourseCertificate;
  }
}
