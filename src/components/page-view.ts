import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { blockRef, type ContentBlock, type Course, type Lesson } from '../course/model.js';
import { t, texts } from '../i18n/i18n.js';
import type { Progress } from '../progress/state.js';
import { ScreenElement } from './base.js';
import { choiceStyles, tokens } from './shared-styles.js';
import { sourcesNote } from './sources.js';
import { picture, pictureStyles, withPictogram } from './pictures.js';
import './question-block.js';
import './scenario-block.js';
import './read-aloud.js';

/**
 * One page of a lesson: its blocks, in order.
 *
 * @fires course-answer - from a knowledge check on the page (see question-block).
 * @fires course-choose - from a scenario on the page (see scenario-block).
 */
@customElement('page-view')
export class PageView extends ScreenElement {
  static override styles = [
    tokens,
    choiceStyles,
    pictureStyles,
    css`
      .eyebrow { color: var(--muted); font-size: 0.95rem; margin: 0; }
      h1 { margin-top: 0.25rem; font-size: 1.6rem; }
      ul { padding-left: 1.25rem; }
      li { margin-bottom: 0.4rem; }
      .callout { border-radius: var(--radius); padding: 1rem; margin: 0 0 var(--gap); background: var(--info-bg); }
      .callout.warning { background: var(--warn-bg); }
      .callout h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
      blockquote { margin: 0 0 var(--gap); padding: 0.75rem 1rem; border-left: 6px solid var(--brand); background: var(--tint); }
      blockquote footer { color: var(--muted); font-size: 0.95rem; }
      .sources { font-size: 0.95rem; color: var(--muted); }
      section + section { margin-top: 1.25rem; }
    `,
  ];

  @property({ attribute: false }) course!: Course;
  /** the learner's answers and scenario paths are read from here */
  @property({ attribute: false }) progress!: Progress;
  /** lesson index in the course */
  @property({ type: Number }) lesson = 0;
  /** page index in the lesson */
  @property({ type: Number }) page = 0;

  private block(lesson: Lesson, block: ContentBlock) {
    const ns = `lessons.${lesson.id}.blocks.${block.id}`;
    const paragraphs = (key: string) => texts(`${ns}.${key}`).map((p) => html`<p>${p}</p>`);
    const ref = blockRef(lesson.id, block.id);
    switch (block.type) {
      case 'text':
        return paragraphs('paragraphs');
      case 'list':
        return html`<ul>${texts(`${ns}.items`).map((item) => html`<li>${item}</li>`)}</ul>`;
      case 'callout':
        return html`<div class="callout ${block.tone}" role="note"><h2>${t(`${ns}.title`)}</h2>${paragraphs('paragraphs')}</div>`;
      case 'quote':
        return html`<blockquote>${paragraphs('paragraphs')}<footer>${t(`${ns}.attribution`)}</footer></blockquote>`;
      case 'sources':
        return sourcesNote(this.course.sources, block.sources);
      case 'picture':
        return picture(block.src, block.decorative ? undefined : t(`${ns}.alt`));
      case 'question':
        return html`<question-block
          .question=${block}
          lesson=${lesson.id}
          .answered=${this.progress.answers.get(ref)}
          .sources=${this.course.sources}
        ></question-block>`;
      case 'scenario':
        return html`<scenario-block
          .scenario=${block}
          lesson=${lesson.id}
          .path=${this.progress.paths.get(ref) ?? []}
          .sources=${this.course.sources}
        ></scenario-block>`;
    }
  }

  override render() {
    const lesson = this.course.lessons[this.lesson];
    const page = lesson.pages[this.page];
    return html`
      <p class="eyebrow">${t('ui.lessonOf', { n: this.lesson + 1, total: this.course.lessons.length })}: ${t(`lessons.${lesson.id}.title`)}</p>
      <h1 tabindex="-1">${t(`lessons.${lesson.id}.pages.${page.id}`)}</h1>
      <read-aloud what="page"></read-aloud>
      ${page.blocks.map((block) => html`<section>${withPictogram('icon' in block ? block.icon : undefined, this.block(lesson, block))}</section>`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'page-view': PageView;
  }
}
