import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * Pictures from the package's assets/ folder (see assets/README.md). A pictogram stands beside
 * text that already says the same, so it is decorative: empty alt and hidden from assistive
 * technology. A picture that tells something carries its alt text from the language files.
 */
export const pictureStyles = css`
  .pictogram { width: 2.5rem; height: 2.5rem; flex: none; }
  .with-pictogram { display: flex; gap: 0.75rem; align-items: flex-start; }
  .with-pictogram > .pictogram { margin-top: 0.2rem; }
  .with-pictogram > div { flex: 1 1 auto; min-width: 0; }
  .picture { display: block; max-width: min(100%, 12rem); height: auto; margin: 0 auto var(--gap, 1rem); }
  @media (max-width: 25rem) { .pictogram { width: 2rem; height: 2rem; } .with-pictogram { gap: 0.5rem; } }
  @media print { .pictogram, .picture { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`;

const url = (path: string) => `assets/${path}`;

export function pictogram(path: string | undefined) {
  return path ? html`<img class="pictogram" src=${url(path)} alt="" aria-hidden="true" />` : nothing;
}

/** Puts a decorative pictogram to the left of some content; without one the content stays as it is. */
export function withPictogram(path: string | undefined, content: unknown): unknown {
  return path ? html`<div class="with-pictogram">${pictogram(path)}<div>${content}</div></div>` : content;
}

/** An informative picture (alt text given) or a decorative one (alt undefined). */
export function picture(path: string, alt: string | undefined): TemplateResult {
  return alt === undefined
    ? html`<img class="picture" src=${url(path)} alt="" aria-hidden="true" />`
    : html`<img class="picture" src=${url(path)} alt=${alt} />`;
}
