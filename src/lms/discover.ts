// Finds the LMS's API object the way ADL describes: up through the parent frames, then the
// opener and its parents. A frame on another origin throws on access; it is skipped, not fatal.

export type ApiName = 'API' | 'API_1484_11';

const MAX_HOPS = 500;

/** The API object and the window that holds it (always one this page may read: same origin). */
export interface Found<T> {
  api: T;
  host: Window;
}

export function findApi<T>(name: ApiName, start: Window = window): Found<T> | undefined {
  return searchUp<T>(name, start) ?? searchUp<T>(name, safe(() => start.opener as Window | null) ?? undefined);
}

function searchUp<T>(name: ApiName, from: Window | undefined): Found<T> | undefined {
  let win: Window | undefined = from;
  for (let hops = 0; win && hops < MAX_HOPS; hops++) {
    const api = safe(() => (win as unknown as Record<string, unknown>)[name]);
    if (api && typeof api === 'object') return { api: api as T, host: win };
    const parent: Window | undefined = safe(() => win!.parent);
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined; // SecurityError from a cross-origin frame
  }
}
