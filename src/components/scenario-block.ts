import { css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ScenarioBlock, Source } from '../course/model.js';
import { t, texts } from '../i18n/i18n.js';
import { walkScenario } from '../progress/scoring.js';
import { LocalizedElement } from './base.js';
import { choiceList, feedback } from './choice-list.js';
import { emit } from './events.js';
import { choiceStyles, tokens } from './shared-styles.js';
import { sourcesNote } from './sources.js';
import './read-aloud.js';

/**
 * A branching scenario: each choice shows its consequence and feedback, then leads to the next
 * decision or to an ending. The path so far stays on screen so the story reads as a whole.
 *
 * @fires course-choose - `{ lesson, scenario, option }` when the learner takes a decision.
 */
@customElement('scenario-block')
export class ScenarioBlockElement extends LocalizedElement {
  static override styles = [
    tokens,
    choiceStyles,
    css`
      .intro { background: var(--tint); padding: 1rem; border-radius: var(--radius); margin-bottom: var(--gap); }
      .taken { margin-bottom: var(--gap); }
      .taken .you { font-weight: 600; }
      .ending { border: 2px solid var(--brand); border-radius: var(--radius); padding: 1rem; }
      h3 { margin: 0 0 0.5rem; font-size: 1.1rem; }
    `,
  ];

  /** set while the learner's own decision is on its way, so the feedback it brings gets focus */
  private deciding = false;
  @state() private chosen: string[] = [];
  /** what the status region says: empty until the learner decides here */
  @state() private announcement = '';
  @property({ attribute: false }) scenario!: ScenarioBlock;
  /** id of the lesson the scenario is in */
  @property() lesson = '';
  /** option ids chosen so far, in order */
  @property({ attribute: false }) path: string[] = [];
  /** the course's sources, by id */
  @property({ attribute: false }) sources: Record<string, Source> = {};

  /**
   * The button is gone after a decision: keyboard and screen-reader users land on its explanation,
   * and the verdict (with the ending, once reached) goes into the scenario's status region, there
   * and empty since the scenario appeared, so it is announced once and reliably.
   */
  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('path') && this.deciding) {
      this.deciding = false;
      const ns = `lessons.${this.lesson}.blocks.${this.scenario.id}`;
      const { taken, ending } = walkScenario(this.scenario, this.path);
      const last = taken.at(-1);
      if (last) {
        const said = [
          `${t(last.correct ? 'ui.right' : 'ui.notBest')}. ${t('ui.scenario.youChose')}: ${t(`${ns}.steps.${last.stepId}.options.${last.optionId}.label`)}.`,
        ];
        if (ending) said.push(`${t('ui.scenario.ending')}: ${texts(`${ns}.endings.${ending}`).join(' ')}`);
        this.announcement = said.join(' ');
      }
      [...this.renderRoot.querySelectorAll<HTMLElement>('.taken .result')].at(-1)?.focus();
    }
  }

  private decide = () => {
    this.deciding = true;
    emit(this, 'course-choose', { lesson: this.lesson, scenario: this.scenario.id, option: this.chosen[0] });
    this.chosen = [];
  };

  override render() {
    const s = this.scenario;
    const ns = `lessons.${this.lesson}.blocks.${s.id}`;
    const { taken, current, ending } = walkScenario(s, this.path);
    return html`
      <h2>${t(`${ns}.title`)}</h2>
      <read-aloud what="scenario"></read-aloud>
      <div class="intro">${texts(`${ns}.intro`).map((p) => html`<p>${p}</p>`)}</div>
      ${taken.map(
        (step) => html`<div class="taken">
          <p>${t(`${ns}.steps.${step.stepId}.prompt`)}</p>
          <p class="you">${t('ui.scenario.youChose')}: ${t(`${ns}.steps.${step.stepId}.options.${step.optionId}.label`)}</p>
          ${feedback({
            right: step.correct,
            verdict: t(step.correct ? 'ui.right' : 'ui.notBest'),
            text: t(`${ns}.steps.${step.stepId}.options.${step.optionId}.feedback`),
            sources: sourcesNote(this.sources, s.steps[step.stepId].sources ?? s.sources),
            explained: true,
          })}
        </div>`,
      )}
      ${current
        ? html`${choiceList({
              name: `${s.id}-${current}`,
              legend: t(`${ns}.steps.${current}.prompt`),
              options: s.steps[current].options.map((o) => ({ id: o.id, label: t(`${ns}.steps.${current}.options.${o.id}.label`) })),
              multiple: false,
              chosen: this.chosen,
              disabled: false,
              onChange: (c) => (this.chosen = c),
            })}
            <button ?disabled=${!this.chosen.length} @click=${this.decide}>${t('ui.scenario.decide')}</button>`
        : ''}
      ${ending
        ? html`<div class="ending">
            <h3>${t('ui.scenario.ending')}</h3>
            ${texts(`${ns}.endings.${ending}`).map((p) => html`<p>${p}</p>`)}
          </div>`
        : ''}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scenario-block': ScenarioBlockElement;
  }
}
