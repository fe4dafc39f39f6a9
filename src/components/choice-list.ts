import { html } from 'lit';
import { t } from '../i18n/i18n.js';
import { pictogram } from './pictures.js';

/** Radio buttons (or checkboxes) in a fieldset: native keyboard and screen-reader behaviour for free. */
export function choiceList(opts: {
  name: string;
  legend: string;
  options: { id: string; label: string; icon?: string }[];
  multiple: boolean;
  chosen: string[];
  disabled: boolean;
  onChange: (chosen: string[]) => void;
}) {
  const toggle = (id: string, checked: boolean) => {
    if (!opts.multiple) return opts.onChange([id]);
    const set = new Set(opts.chosen);
    if (checked) set.add(id);
    else set.delete(id);
    opts.onChange([...set]);
  };
  return html`<fieldset ?disabled=${opts.disabled}>
    <legend>${opts.legend}</legend>
    ${opts.options.map(
      (o) => html`<label class="choice">
        <input
          type=${opts.multiple ? 'checkbox' : 'radio'}
          name=${opts.name}
          value=${o.id}
          .checked=${opts.chosen.includes(o.id)}
          @change=${(e: Event) => toggle(o.id, (e.target as HTMLInputElement).checked)}
        />
        ${pictogram(o.icon)}<span>${o.label}</span>
      </label>`,
    )}
  </fieldset>`;
}

/**
 * Right or wrong is said in words, never only by colour; a wrong answer also shows the right one.
 * With `explained`, the explanation under the verdict is a named group that takes focus after the
 * learner's own answer: the verdict itself is announced by the block's status region, so focus
 * reads on from there and nothing is heard twice.
 */
export function feedback(opts: { right: boolean; verdict: string; text: string; rightAnswer?: string; sources?: unknown; explained?: boolean }) {
  const explanation = html`<p>${opts.text}</p>
    ${!opts.right && opts.rightAnswer ? html`<p><strong>${t('ui.rightAnswer')}:</strong> ${opts.rightAnswer}</p>` : ''}
    ${opts.sources ?? ''}`;
  return html`<div class="feedback ${opts.right ? 'right' : 'wrong'}">
    <span class="verdict">${opts.verdict}</span>
    ${opts.explained ? html`<div class="result" role="group" aria-label=${t('ui.explanation')} tabindex="-1">${explanation}</div>` : explanation}
  </div>`;
}
