// WCAG checks axe cannot make, each run inside the page in one page.evaluate (the keyboard plays
// call them at every focus stop and on every screen, so a round trip each is all they may cost):
// - 2.4.11 focus not obscured: is the focused element's box under another element?
// - 4.1.2 / 2.4.7: does an element that gets focus have a role, a name and a visible focus style?
// - 1.4.10 / 1.4.12 at 400 %: how much of the viewport do pinned (fixed / sticky) elements take,
//   and does anything scroll sideways, before and after WCAG's text-spacing stylesheet?
// - 4.1.3: is a verdict put into a status region that was there before the answer?
// Everything pierces the course's shadow roots.

/** What `focusReport` finds about the focused element. */
export interface FocusReport {
  tag: string;
  type: string;
  value: string;
  text: string;
  label: string;
  /** a visible focus indicator: an outline of at least 2 px */
  outline: boolean;
  /** a role (native or explicit) and a non-empty accessible name; why not when it has not */
  unnamed: string | null;
  /** sample points of its box that another element covers, e.g. "footer.pager at 640,770" */
  covered: string[];
  /** sample points of its box outside the viewport, of `points` */
  offscreen: number;
  points: number;
  /** the box does not fit the viewport, so part of it may be scrolled away */
  tall: boolean;
  /** it sits in, or holds, a live region: it would be announced twice */
  liveToo: boolean;
}

/** Runs in the page. */
export function focusReport(): FocusReport | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const up = (n: Node): Node | null => n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  const inside = (n: Node | null, ancestor: Node) => {
    for (; n; n = up(n)) if (n === ancestor) return true;
    return false;
  };
  const describe = (n: Element) => `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}`;
  /** the element the pointer would hit at (x, y), through shadow roots */
  const hitAt = (x: number, y: number) => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const box = el.getBoundingClientRect();
  const covered: string[] = [];
  let offscreen = 0;
  let points = 0;
  // A quarter in from each edge: rounded corners (buttons, radios) let the parent take the hit there.
  const inset = (from: number, size: number) => [from + size / 4, from + size / 2, from + (size * 3) / 4];
  for (const x of inset(box.left, box.width)) {
    for (const y of inset(box.top, box.height)) {
      points++;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) {
        offscreen++;
        continue;
      }
      const hit = hitAt(x, y);
      if (hit && !inside(hit, el)) covered.push(`${describe(hit)} at ${Math.round(x)},${Math.round(y)}`);
    }
  }
  // Role and name: native controls and headings have both; anything else that takes focus needs
  // an explicit role and a label.
  const tag = el.tagName.toLowerCase();
  const text = (el.textContent ?? '').trim();
  const native = ['button', 'input', 'select', 'textarea', 'summary'].includes(tag) || (tag === 'a' && el.hasAttribute('href'));
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (el!.getRootNode() as Document | ShadowRoot).getElementById?.(id)?.textContent?.trim() ?? '')
    .join(' ')
    .trim();
  const name = el.getAttribute('aria-label')?.trim() || labelledBy;
  let unnamed: string | null = null;
  if (/^h[1-6]$/.test(tag)) unnamed = text ? null : 'an empty heading';
  else if (!native) {
    const role = el.getAttribute('role');
    if (!role || ['generic', 'none', 'presentation'].includes(role)) unnamed = `no role on ${describe(el)}`;
    else if (!name) unnamed = `no accessible name on ${describe(el)} (role ${role})`;
  }
  // Live regions around or inside it.
  const isLive = (n: Element) => {
    const live = n.getAttribute('aria-live');
    return (live !== null && live !== 'off') || ['status', 'alert', 'log'].includes(n.getAttribute('role') ?? '');
  };
  let liveToo = false;
  for (let n: Node | null = el; n; n = up(n)) if (n instanceof Element && isLive(n)) liveToo = true;
  if ([...el.querySelectorAll('*')].some((n) => isLive(n) && n.textContent?.trim())) liveToo = true;
  const style = getComputedStyle(el);
  return {
    tag,
    type: (el as HTMLInputElement).type ?? '',
    value: (el as HTMLInputElement).value ?? '',
    text,
    label: el.closest('label')?.textContent?.trim() ?? '',
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    unnamed,
    covered,
    offscreen,
    points,
    tall: box.height > innerHeight / 2,
    liveToo,
  };
}

/** What is wrong with where focus is, in words; empty when nothing is. */
export function focusProblems(f: FocusReport, where: string): string[] {
  const what = `${where}: focused ${f.tag} "${f.text.slice(0, 40) || f.label.slice(0, 40)}"`;
  const problems: string[] = [];
  if (f.covered.length) problems.push(`${what} is covered by ${f.covered.slice(0, 3).join(', ')}${f.covered.length > 3 ? ` and ${f.covered.length - 3} more points` : ''} (2.4.11)`);
  if (f.offscreen === f.points || (f.offscreen && !f.tall)) problems.push(`${what} has ${f.offscreen} of ${f.points} points outside the viewport (2.4.11)`);
  if (!f.outline) problems.push(`${what} shows no focus outline (2.4.7)`);
  if (f.unnamed) problems.push(`${what}: ${f.unnamed} (4.1.2)`);
  return problems;
}

/** How a screen lays out: share of the viewport under pinned elements, sideways overflow in px. */
export interface Layout {
  pinned: number;
  overflow: number;
}

/** Runs in the page: the layout as it is, then with WCAG 1.4.12's text spacing in every shadow root. */
export function layoutReport(): { plain: Layout; spaced: Layout } {
  const roots: (Document | ShadowRoot)[] = [document];
  const elements: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      elements.push(el);
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  const measure = (): Layout => {
    const pinned = elements
      .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    let under = 0;
    const cols = 8;
    const rows = 32;
    for (let i = 0; i < cols; i++) {
      for (let j = 0; j < rows; j++) {
        const x = ((i + 0.5) * innerWidth) / cols;
        const y = ((j + 0.5) * innerHeight) / rows;
        if (pinned.some((r) => x >= r.left && x < r.right && y >= r.top && y < r.bottom)) under++;
      }
    }
    const html = document.documentElement;
    return { pinned: under / (cols * rows), overflow: html.scrollWidth - html.clientWidth };
  };
  const plain = measure();
  // https://www.w3.org/WAI/WCAG22/Understanding/text-spacing: the four values the criterion names.
  const spacing = new CSSStyleSheet();
  spacing.replaceSync(`
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }
  `);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
  const spaced = measure();
  for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== spacing);
  return { plain, spaced };
}

/** Runs in the page on a question or scenario element: remembers the live regions it holds now. */
export function rememberLiveRegions(block: Element) {
  const w = window as unknown as { liveBefore?: WeakSet<Element> };
  w.liveBefore ??= new WeakSet();
  for (const el of block.shadowRoot!.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')) w.liveBefore.add(el);
}

/**
 * Runs in the page on a question or scenario element after an answer: where `text` was announced.
 * "before" when a live region that existed before the answer holds it, "new" when only a region
 * made with it does (screen readers often skip those), "none" when no live region does.
 */
export function announcedIn(block: Element, text: string): 'before' | 'new' | 'none' {
  const w = window as unknown as { liveBefore?: WeakSet<Element> };
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const regions = [...block.shadowRoot!.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')].filter(
    (el) => el.getAttribute('aria-live') !== 'off' && norm(el.textContent).includes(norm(text)),
  );
  if (regions.some((el) => w.liveBefore?.has(el))) return 'before';
  return regions.length ? 'new' : 'none';
}
