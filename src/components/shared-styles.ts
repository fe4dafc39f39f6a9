// Design tokens and the few rules every element shares. Colours meet WCAG AA on white.
import { css, unsafeCSS } from 'lit';

/**
 * Where course-app's header and pager stay in view: only where the window has room for them. On a
 * short or narrow viewport (400 % zoom is 320 × 256 CSS px, a phone held sideways) they scroll with
 * the page, so the content gets the screen (WCAG 1.4.10).
 */
export const PINNED = '(min-height: 30em) and (min-width: 22.5em)';

export const tokens = css`
  :host {
    --ink: #1b1b1f;
    --muted: #4a4a55;
    --paper: #ffffff;
    --tint: #f3f1ee;
    --brand: #5b2a86;
    --brand-ink: #ffffff;
    --right: #1d6b3a;
    --wrong: #a1261b;
    --warn-bg: #fff4d6;
    --info-bg: #eaf2fb;
    --focus: #1a57d6;
    --radius: 10px;
    --gap: 1rem;
    color: var(--ink);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    line-height: 1.5;
    /* No word, address or code pushes the page sideways (WCAG 1.4.10, 1.4.12 with wider letter spacing). */
    overflow-wrap: break-word;
  }
  *, *::before, *::after { box-sizing: border-box; }
  /*
   * Where header and pager are pinned, every element keeps their heights (measured by course-app,
   * set on the root) as scroll margins: one that gets focus under them counts as out of view, so
   * the browser scrolls it clear (WCAG 2.4.11). Chromium scrolls a focused element only when it is
   * not wholly in view, which the root's scroll padding alone does not change.
   */
  @media ${unsafeCSS(PINNED)} {
    * { scroll-margin-top: var(--header-height, 0px); scroll-margin-bottom: var(--pager-height, 0px); }
  }
  :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  h1, h2, h3 { line-height: 1.25; }
  p { margin: 0 0 0.75rem; }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--radius);
    border: 2px solid var(--brand);
    background: var(--brand);
    color: var(--brand-ink);
    cursor: pointer;
  }
  button.secondary { background: var(--paper); color: var(--brand); }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;

export const choiceStyles = css`
  fieldset { border: 0; margin: 0 0 var(--gap); padding: 0; min-width: 0; }
  legend { font-weight: 600; margin-bottom: 0.5rem; padding: 0; }
  .choice {
    display: flex; gap: 0.75rem; align-items: flex-start;
    padding: 0.75rem; margin-bottom: 0.5rem;
    border: 2px solid #8a8794; border-radius: var(--radius); cursor: pointer;
  }
  .choice:has(input:checked) { border-color: var(--brand); background: var(--tint); }
  .choice input { width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; flex: none; accent-color: var(--brand); }
  .feedback { border-left: 6px solid var(--muted); padding: 0.75rem 1rem; background: var(--tint); border-radius: 0 var(--radius) var(--radius) 0; margin: 0 0 var(--gap); }
  .feedback.right { border-color: var(--right); }
  .feedback.wrong { border-color: var(--wrong); }
  .verdict { font-weight: 700; display: block; margin-bottom: 0.25rem; }
  .feedback .result { margin: 0 -0.5rem; padding: 0 0.5rem; border-radius: 4px; }
  .feedback .result > :last-child { margin-bottom: 0; }
  .right .verdict { color: var(--right); }
  .wrong .verdict { color: var(--wrong); }
  .cite { font-size: 0.9rem; color: var(--muted); }
  .cite summary { cursor: pointer; min-height: 24px; }
  .cite ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
`;
