import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { lessonTextsReady, t, texts, useLanguage } from '../i18n/i18n.js';
import { lessonComplete } from '../progress/scoring.js';
import type { Language } from '../progress/state.js';
import type { CourseSession } from '../session.js';
import type { HelpPanel } from './help-panel.js';
import { SessionController } from './session-controller.js';
import { choiceStyles, tokens } from './shared-styles.js';
import { choiceList } from './choice-list.js';
import { pictureStyles } from './pictures.js';
import './assessment-view.js';
import './help-panel.js';
import './page-view.js';
import './result-view.js';

/**
 * The course player: header (title, menu, help, language), progress, the current screen and
 * page navigation. Moves focus to the new heading on every screen change.
 */
@customElement('course-app')
export class CourseApp extends LitElement {
  static override styles = [
    tokens,
    choiceStyles,
    pictureStyles,
    css`
      :host { display: block; min-height: 100vh; background: var(--paper); }
      header { background: var(--brand); color: var(--brand-ink); padding: 0.4rem 0.75rem 0.5rem; position: sticky; top: 0; z-index: 1; }
      .bar { display: flex; align-items: center; gap: 0.5rem; max-width: 48rem; margin: 0 auto; }
      .title { flex: 1 1 auto; min-width: 0; font-weight: 700; margin: 0; font-size: 0.9rem; line-height: 1.2; text-align: center; }
      header button { background: transparent; color: var(--brand-ink); border: 2px solid var(--brand-ink); min-height: 40px; padding: 0.25rem 0.75rem; flex: none; }
      header :focus-visible { outline-color: #ffd54f; }
      .progress { display: flex; align-items: center; gap: 0.5rem; max-width: 48rem; margin: 0.4rem auto 0; }
      .track { flex: 1; height: 6px; background: rgb(255 255 255 / 0.35); border-radius: 3px; overflow: hidden; }
      .fill { height: 100%; background: #ffd54f; }
      .progress-label { font-size: 0.8rem; white-space: nowrap; }
      .language { display: flex; align-items: center; justify-content: flex-end; gap: 0.5rem; max-width: 48rem; margin: 0 auto; padding: 0.5rem 0 0; }
      nav.menu .language { justify-content: flex-start; padding: 0.5rem 1rem 0; }
      .language select { font: inherit; min-height: 44px; border: 2px solid #8a8794; border-radius: var(--radius); padding: 0.25rem 0.5rem; background: var(--paper); color: var(--ink); }
      main { max-width: 48rem; margin: 0 auto; padding: 1rem 1rem 6rem; }
      nav.menu { background: var(--tint); border-bottom: 1px solid #ccc; }
      nav.menu ol { max-width: 48rem; margin: 0 auto; padding: 0.5rem 1rem 0.75rem 2.5rem; }
      nav.menu li { margin: 0.25rem 0; }
      nav.menu button { background: none; border: 0; color: var(--brand); text-decoration: underline; padding: 0.25rem; min-height: 44px; text-align: left; }
      .status { font-size: 0.9rem; color: var(--right); font-weight: 600; }
      .banner { max-width: 48rem; margin: 0.75rem auto 0; padding: 0.75rem 1rem; border-radius: var(--radius); background: var(--warn-bg); }
      footer.pager { position: fixed; bottom: 0; left: 0; right: 0; background: var(--paper); border-top: 1px solid #ccc; padding: 0.5rem 0.75rem; }
      footer .inner { display: flex; justify-content: space-between; gap: 0.75rem; max-width: 48rem; margin: 0 auto; }
      .note { background: var(--warn-bg); border-radius: var(--radius); padding: 1rem; margin: 1rem 0; }
      .note h2 { font-size: 1.1rem; margin-top: 0; }
      main h2 { font-size: 1.15rem; margin: 1.5rem 0 0.25rem; }
      h1 { font-size: 1.6rem; }
      .sources li { margin-bottom: 0.5rem; }
      @media print {
        header, footer.pager, nav.menu, .banner, help-panel { display: none !important; }
        main { padding: 0; max-width: none; }
      }
    `,
  ];

  @property({ attribute: false }) session!: CourseSession;
  @property({ type: Boolean }) recovered = false;
  @state() private menuOpen = false;
  @state() private recoveredSeen = false;
  @query('help-panel') private help!: HelpPanel;
  private lastScreen = '';
  /** the screen showed "loading" while the lessons' texts were on their way */
  private waitedForText = false;

  constructor() {
    super();
    new SessionController(this);
  }

  protected override updated(): void {
    // Set through the CSSOM: a style attribute would be blocked by a strict Content-Security-Policy.
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill) fill.style.width = `${Math.round(this.session.results.progress * 100)}%`;
    const key = this.session.screen.key;
    document.title = `${this.screenTitle()} – ${t('course.title')}`;
    const textArrived = this.waitedForText && lessonTextsReady();
    if (textArrived) this.waitedForText = false;
    if (key !== this.lastScreen || textArrived) {
      const first = this.lastScreen === '';
      this.lastScreen = key;
      if (!first) this.focusHeading();
    }
  }

  private async focusHeading() {
    await this.updateComplete;
    const view = this.renderRoot.querySelector('main > *') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await view?.updateComplete;
    const heading = (view?.shadowRoot ?? this.renderRoot).querySelector('h1') as HTMLElement | null;
    heading?.focus();
    window.scrollTo(0, 0);
  }

  private screenTitle(): string {
    const screen = this.session.screen;
    if (screen.kind === 'page') {
      const lesson = this.session.course.lessons[screen.lesson];
      return t(`lessons.${lesson.id}.pages.${lesson.pages[screen.page].id}`);
    }
    return t(`ui.screens.${screen.kind}`);
  }

  private async switchLanguage(language: Language) {
    await useLanguage(language);
    this.session.setLanguage(language);
  }

  private go(key: string) {
    this.menuOpen = false;
    this.session.goTo(key);
  }

  /** Shown on the welcome screen and in the menu: many hotel staff are not native Dutch speakers. */
  private renderLanguagePicker(id: string) {
    return html`<div class="language">
      <label for=${id}>${t('ui.language')}</label>
      <select id=${id} @change=${(e: Event) => this.switchLanguage((e.target as HTMLSelectElement).value as Language)}>
        ${this.session.course.languages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.session.progress.language}>${t(`ui.languages.${l}`)}</option>`)}
      </select>
    </div>`;
  }

  private renderWelcome() {
    const departments = this.session.course.departments ?? [];
    return html`<div>
      ${this.renderLanguagePicker('welcome-language')}
      <h1 tabindex="-1">${t('course.welcome.title')}</h1>
      ${texts('course.welcome.paragraphs').map((p) => html`<p>${p}</p>`)}
      <div class="note" role="note">
        <h2>${t('course.contentNote.title')}</h2>
        ${texts('course.contentNote.paragraphs').map((p) => html`<p>${p}</p>`)}
        <button class="secondary" @click=${(e: Event) => this.help.show(e.currentTarget as HTMLElement)}>${t('ui.help.open')}</button>
      </div>
      ${departments.length
        ? html`<h2>${t('ui.department.heading')}</h2>
          ${choiceList({
            name: 'department',
            legend: t('ui.department.pick'),
            options: departments.map((d) => ({ id: d, label: t(`course.departments.${d}`), icon: this.session.course.departmentIcons?.[d] })),
            multiple: false,
            chosen: this.session.progress.department ? [this.session.progress.department] : [],
            disabled: false,
            onChange: ([d]) => this.session.setDepartment(d),
          })}`
        : ''}
    </div>`;
  }

  private renderSources() {
    const sources = Object.entries(this.session.course.sources);
    return html`<div>
      <h1 tabindex="-1">${t('ui.screens.sources')}</h1>
      <p>${t('ui.sourcesIntro')}</p>
      <ul class="sources">
        ${sources.map(([, s]) => html`<li>${s.title}. ${s.publisher}, ${s.year}.${s.url ? html` <span>${s.url}</span>` : ''}</li>`)}
      </ul>
    </div>`;
  }

  private renderScreen() {
    const screen = this.session.screen;
    if (screen.kind !== 'welcome' && !lessonTextsReady()) {
      this.waitedForText = true;
      return html`<p role="status">${t('ui.loading')}</p>`;
    }
    switch (screen.kind) {
      case 'welcome':
        return this.renderWelcome();
      case 'page':
        return html`<page-view .session=${this.session} .lesson=${screen.lesson} .page=${screen.page} data-screen=${screen.key}></page-view>`;
      case 'assessment':
        return html`<assessment-view .session=${this.session}></assessment-view>`;
      case 'result':
        return html`<result-view .session=${this.session}></result-view>`;
      case 'sources':
        return this.renderSources();
    }
  }

  private renderMenu() {
    const course = this.session.course;
    const firstPage = (l: number) => this.session.route.find((s) => s.kind === 'page' && s.lesson === l)!.key;
    return html`<nav class="menu" id="menu" aria-label=${t('ui.menu')}>
      ${this.renderLanguagePicker('menu-language')}
      <ol>
        ${course.lessons.map(
          (lesson, l) => html`<li>
            <button @click=${() => this.go(firstPage(l))}>${t(`lessons.${lesson.id}.title`)}</button>
            <span class="status">${lessonComplete(course, this.session.progress, l) ? t('ui.done') : ''}</span>
          </li>`,
        )}
        ${course.assessment ? html`<li><button @click=${() => this.go('assessment')}>${t('ui.screens.assessment')}</button></li>` : ''}
        <li><button @click=${() => this.go('sources')}>${t('ui.screens.sources')}</button></li>
      </ol>
    </nav>`;
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
          ${at > 0 ? html`<button class="secondary" @click=${() => s.step(-1)}>${t('ui.previous')}</button>` : html`<span></span>`}
          ${at < route.length - 1 && !onAssessment
            ? html`<button @click=${() => s.step(1)}>${at === 0 ? t('ui.start') : t('ui.next')}</button>`
            : ''}
        </div>
      </footer>
      <help-panel .resources=${s.course.help}></help-panel>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'course-app': CourseApp;
  }
}
