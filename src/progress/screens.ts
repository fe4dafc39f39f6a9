// The order in which a learner meets the screens. Keys are stable (authored indexes), so a
// saved position survives a change of department or language.
import type { Course } from '../course/model.js';

export type Screen =
  | { kind: 'welcome'; key: 'welcome' }
  | { kind: 'page'; key: string; lesson: number; page: number }
  | { kind: 'assessment'; key: 'assessment' }
  | { kind: 'result'; key: 'result' }
  | { kind: 'sources'; key: 'sources' };

export const pageKey = (lesson: number, page: number) => `${lesson}.${page}`;

/** The linear route through the course; pages about the learner's own department come first within a lesson. */
export function route(course: Course, department?: string): Screen[] {
  const screens: Screen[] = [{ kind: 'welcome', key: 'welcome' }];
  course.lessons.forEach((lesson, l) => {
    const order = lesson.pages.map((page, p) => ({ page, p }));
    // The learner's own department's pages move up to where the department pages begin; the
    // rest keeps its authored order, so every page is still taught.
    const firstTagged = order.findIndex(({ page }) => page.departments);
    if (department && firstTagged >= 0) {
      const own = order.filter(({ page }) => page.departments?.includes(department));
      const others = order.filter(({ page }) => !page.departments?.includes(department));
      others.splice(firstTagged, 0, ...own); // pages before firstTagged are untagged, so all in `others`
      order.splice(0, order.length, ...others);
    }
    for (const { p } of order) screens.push({ kind: 'page', key: pageKey(l, p), lesson: l, page: p });
  });
  if (course.assessment) screens.push({ kind: 'assessment', key: 'assessment' });
  screens.push({ kind: 'result', key: 'result' });
  return screens;
}

export function findScreen(course: Course, key: string, department?: string): Screen | undefined {
  if (key === 'sources') return { kind: 'sources', key: 'sources' };
  return route(course, department).find((s) => s.key === key);
}
