import { LitElement, css, html, unsafeCSS } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { lessonTextsReady, t, useLanguage } from '../i18n/i18n.js';
import { revisitByObjective } from '../progress/revisit.js';
import { drawnQuestions, lessonComplete } from '../progress/scoring.js';
import type { Action } from '../progress/transition.js';
import type { CourseSession } from '../session.js';
import type { CourseEventDetails, CourseEventName } from './events.js';
import type { HelpPanel } from './help-panel.js';
import { lessonScreensReady } from './load-lesson-screens.js';
import { LocaleController } from './locale-controller.js';
import { SessionController } from './session-controller.js';
import { PINNED, tokens } from './shared-styles.js';
import './course-menu.js';
import './help-panel.js';
import './welcome-screen.js';
// The other screens' elements come in their own chunk after the first screen (load-lesson-screens.ts).

/** A screen after the welcome needs the lessons' texts and its element, both loaded after the first screen. */
const laterScreensReady = () => lessonTextsReady() && lessonScreensReady();

/** How each learner event becomes an action on the session. */
const ACTIONS: { [K in CourseEventName]?: (detail: CourseEventDetails[K]) => Action } = {
  'course-navigate': (d) => ('screen' in d ? { type: 'open', screen: d.screen } : { type: 'step', by: d.by }),
  'course-answer': (d) => ({ type: 'answer', ...d }),
  'course-choose': (d) => ({ type: 'choose', ...d }),
  'course-test-show': (d) => ({ type: 'show-question', ...d }),
  'course-test-answer': (d) => ({ type: 'answer-test', ...d }),
  'course-hand-in': () => ({ type: 'hand-in' }),
  'course-retry': () => ({ type: 'retry' }),
  'course-department': (d) => ({ type: 'department', ...d }),
};

/**
 * The course player, and the one place that knows the session: it listens for what the learner
 * did (course-* events from the elements below), applies it to the session and renders the
 * result. Shows header (title, menu, help), progress, the current screen and page navigation,
 * and moves focus to the new screen's heading on every screen change.
 */
@customElement('course-app')
export class CourseApp extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: flex; flex-direction: column; min-height: 100vh; background: var(--paper); }
      /* Focus inside the pinned parts needs no room kept clear of them. */
      header, footer.pager { --header-height: 0px; --pager-height: 0px; }
      header { background: var(--brand); color: var(--brand-ink); padding: 0.4rem 0.75rem 0.5rem; }
      .bar { display: flex; align-items: center; gap: 0.5rem; max-width: 48rem; margin: 0 auto; }
      /* A long word (Polish "wykorzystywanie") breaks rather than run into the Help button. */
      .title { flex: 1 1 auto; min-width: 0; font-weight: 700; margin: 0; font-size: 0.9rem; line-height: 1.2; text-align: center; overflow-wrap: anywhere; hyphens: auto; }
      header button { background: transparent; color: var(--brand-ink); border: 2px solid var(--brand-ink); min-height: 40px; padding: 0.25rem 0.75rem; flex: none; }
      header :focus-visible { outline-color: #ffd54f; }
      .progress { display: flex; align-items: center; gap: 0.5rem; max-width: 48rem; margin: 0.4rem auto 0; }
      .track { flex: 1; height: 6px; background: rgb(255 255 255 / 0.35); border-radius: 3px; overflow: hidden; }
      .fill { height: 100%; background: #ffd54f; }
      .progress-label { font-size: 0.8rem; white-space: nowrap; }
      main { flex: 1 0 auto; width: 100%; max-width: 48rem; margin: 0 auto; padding: 1rem 1rem 1.5rem; }
      .banner { max-width: 48rem; margin: 0.75rem auto 0; padding: 0.75rem 1rem; border-radius: var(--radius); background: var(--warn-bg); }
      footer.pager { background: var(--paper); border-top: 1px solid #ccc; padding: 0.5rem 0.75rem; }
      footer .inner { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.75rem; max-width: 48rem; margin: 0 auto; }
      /*
       * Pinned only where PINNED holds. The pager is sticky rather than fixed, so it never covers the
       * end of the page; what the two cover is kept clear of focus (pinnedHeights below), WCAG 2.4.11.
       */
      @media ${unsafeCSS(PINNED)} {
        header { position: sticky; top: 0; z-index: 1; }
        footer.pager { position: sticky; bottom: 0; z-index: 1; }
      }
      /* Narrower than a common phone: the title gets a row of its own, so a long word breaks only where it must. */
      @media (max-width: 22.4em) {
        .bar { flex-wrap: wrap; justify-content: space-between; }
        .title { order: -1; flex-basis: 100%; }
      }
      @media print {
        header, footer.pager, course-menu, .banner, help-panel { display: none !important; }
        main { padding: 0; max-width: none; }
      }
    `,
  ];

  private lastScreen = '';
  /** the screen showed "loading" while the lessons' texts or its element were on their way */
  private waitedForText = false;
  @query('help-panel') private help!: HelpPanel;
  @query('main > *') private view?: LitElement;
  @state() private menuOpen = false;
  @state() private recoveredSeen = false;
  @property({ attribute: false }) session!: CourseSession;
  /** saved progress could not all be read: the learner is told once */
  @property({ type: Boolean }) recovered = false;
  /** set once the lessons' texts are in: the help panel's pictograms may load then (or when it opens) */
  @property({ type: Boolean }) helpPictograms = false;

  constructor() {
    super();
    new SessionController(this);
    new LocaleController(this);
    for (const [name, toAction] of Object.entries(ACTIONS) as [CourseEventName, (detail: unknown) => Action][]) {
      this.addEventListener(name, (e) => this.session.apply(toAction((e as CustomEvent).detail)));
    }
    this.addEventListener('course-navigate', () => (this.menuOpen = false));
    this.addEventListener('course-language', async (e) => {
      await useLanguage(e.detail.language);
      this.session.apply({ type: 'language', language: e.detail.language });
    });
    this.addEventListener('course-help', (e) => this.help.show(e.detail.opener));
  }

  /** Measures header and pager whenever their size changes, for the scroll margins that keep focus clear of them. */
  private pinned = new ResizeObserver(() => this.pinnedHeights());

  private pinnedHeights() {
    const height = (selector: string) => {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      // A few pixels more, so a focus outline is not cut off either.
      return el && !el.hidden ? Math.ceil(el.getBoundingClientRect().height) + 8 : 0;
    };
    const root = document.documentElement.style;
    root.setProperty('--header-height', `${height('header')}px`);
    root.setProperty('--pager-height', `${height('footer.pager')}px`);
  }

  protected override firstUpdated(): void {
    for (const el of this.renderRoot.querySelectorAll('header, footer.pager')) this.pinned.observe(el);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pinned.disconnect();
  }

  protected override updated(): void {
    // Set through the CSSOM: a style attribute would be blocked by a strict Content-Security-Policy.
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill) fill.style.width = `${Math.round(this.session.results.progress * 100)}%`;
    const key = this.session.screen.key;
    // Texts (or the screen's element) that arrive after the screen opened count as opening it:
    // focus goes to its heading.
    const textArrived = this.waitedForText && laterScreensReady();
    if (textArrived) this.waitedForText = false;
    if (key !== this.lastScreen || textArrived) {
      const first = this.lastScreen === '';
      this.lastScreen = key;
      if (!first) this.focusScreen();
    }
  }

  private async focusScreen() {
    await this.updateComplete;
    await this.view?.updateComplete;
    this.view?.focus();
    window.scrollTo(0, 0);
  }

  private renderScreen() {
    const { course, progress, screen, certificate } = this.session;
    const attempt = progress.assessment;
    if (screen.kind !== 'welcome' && !laterScreensReady()) {
      this.waitedForText = true;
      return html`<p role="status">${t('ui.loading')}</p>`;
    }
    switch (screen.kind) {
      case 'welcome':
        return html`<welcome-screen
          language=${progress.language}
          .languages=${course.languages}
          .departments=${course.departments ?? []}
          .departmentIcons=${course.departmentIcons ?? {}}
          .department=${progress.department}
        ></welcome-screen>`;
      case 'page':
        return html`<page-view .course=${course} .progress=${progress} .lesson=${screen.lesson} .page=${screen.page} data-screen=${screen.key}></page-view>`;
      case 'assessment':
        return attempt
          ? html`<assessment-view .attempt=${attempt} .questions=${drawnQuestions(course, attempt)} mastery=${this.session.masteryScore}></assessment-view>`
          : '';
      case 'result':
        return html`<result-view
          .results=${this.session.results}
          ?has-assessment=${!!course.assessment}
          .attempt=${attempt}
          .questions=${attempt ? drawnQuestions(course, attempt) : []}
          .revisit=${attempt?.submitted ? revisitByObjective(course, attempt, this.session.route) : []}
          .certificate=${certificate && { learnerName: this.session.launch.learnerName, language: progress.language, icon: course.icon, note: course.certificateNote ? t('course.certificate.note') : undefined, ...certificate }}
        ></result-view>`;
      case 'sources':
        return html`<sources-screen .sources=${course.sources}></sources-screen>`;
    }
  }

  private renderMenu() {
    const { course, progress, route } = this.session;
    const lessons = course.lessons.map((lesson, l) => ({
      id: lesson.id,
      screen: route.find((s) => s.kind === 'page' && s.lesson === l)!.key,
      done: lessonComplete(course, progress, l),
    }));
    return html`<course-menu id="menu" .lessons=${lessons} ?has-assessment=${!!course.assessment} language=${progress.language} .languages=${course.languages}></course-menu>`;
  }

  private navigate(by: 1 | -1) {
    this.session.apply({ type: 'step', by });
  }

  override render() {
    const s = this.session;
    const route = s.route;
    const at = route.findIndex((r) => r.key === s.screen.key);
    const percent = Math.round(s.results.progress * 100);
    const onAssessment = s.screen.kind === 'assessment';
    return html`
      <header>
        <div class="bar">
          <button aria-expanded=${this.menuOpen} aria-controls="menu" @click=${() => (this.menuOpen = !this.menuOpen)}>${t('ui.menu')}</button>
          <p class="title">${t('course.title')}</p>
          <button @click=${(e: Event) => this.help.show(e.currentTarget as HTMLElement)}>${t('ui.help.open')}</button>
        </div>
        <div class="progress">
          <div class="track" role="progressbar" aria-label=${t('ui.progress')} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent}>
            <div class="fill"></div>
          </div>
          <span class="progress-label" aria-hidden="true">${t('ui.progressLabel', { percent })}</span>
        </div>
      </header>
      ${this.menuOpen ? this.renderMenu() : ''}
      ${s.saveStatus === 'local' ? html`<p class="banner" role="status">${t('ui.standalone')}</p>` : ''}
      ${s.saveStatus === 'unreachable' ? html`<p class="banner" role="status">${t('ui.unreachable')}</p>` : ''}
      ${this.recovered && !this.recoveredSeen
        ? html`<p class="banner" role="status">${t('ui.recovered')} <button class="secondary" @click=${() => (this.recoveredSeen = true)}>${t('ui.close')}</button></p>`
        : ''}
      <main id="main">${this.renderScreen()}</main>
      <footer class="pager" ?hidden=${onAssessment}>
        <div class="inner">
          ${at > 0 ? html`<button class="secondary" @click=${() => this.navigate(-1)}>${t('ui.previous')}</button>` : html`<span></span>`}
          ${at < route.length - 1 && !onAssessment
            ? html`<button @click=${() => this.navigate(1)}>${at === 0 ? t('ui.start') : t('ui.next')}</button>`
            : ''}
        </div>
      </footer>
      <help-panel .resources=${s.course.help} .pictograms=${this.helpPictograms}></help-panel>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'course-app': CourseApp;
  }
}
