// The text a sighted learner sees, in reading order, as the chunks a reader pauses between:
// one chunk per block (paragraph, list item, heading, legend, answer option, feedback line).
// Walks into shadow roots, so a page's questions and scenarios are read where they stand.

/** Never read: controls and what is hidden from everyone. */
const SKIP = new Set(['BUTTON', 'INPUT', 'SELECT', 'OPTION', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE', 'READ-ALOUD', 'DIALOG', 'IMG', 'SVG']);

function hidden(element: Element): boolean {
  if (SKIP.has(element.tagName.toUpperCase()) || element.getAttribute('aria-hidden') === 'true' || (element as HTMLElement).hidden) return true;
  // Text only for screen readers (a verdict's status region) repeats what is on screen: not read twice.
  if (element.classList.contains('visually-hidden')) return true;
  return typeof element.checkVisibility === 'function' ? !element.checkVisibility() : element.getClientRects().length === 0 && !element.shadowRoot;
}

const isBlock = (element: Element) => !getComputedStyle(element).display.startsWith('inline');

export function visibleText(root: Node): string[] {
  const chunks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) chunks.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (node instanceof Element) {
      if (hidden(node)) return;
      const block = isBlock(node);
      if (block) flush();
      for (const child of (node.shadowRoot ?? node).childNodes) walk(child);
      if (block) flush();
      return;
    }
    for (const child of node.childNodes) walk(child); // a shadow root or fragment
  };
  walk(root);
  flush();
  return chunks;
}
