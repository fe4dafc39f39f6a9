// The two base classes of the course's elements.
import { LitElement } from 'lit';
import { LocaleController } from './locale-controller.js';

/** An element that shows text through `t()`: it re-renders when the learner switches language. */
export class LocalizedElement extends LitElement {
  constructor() {
    super();
    new LocaleController(this);
  }
}

/**
 * A whole screen of the course (page, test, result, …). When a screen opens, the root calls
 * `focus()`, which lands on the screen's heading, so a screen reader announces where the learner is.
 */
export class ScreenElement extends LocalizedElement {
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }
}
