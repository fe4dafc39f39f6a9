// The order in which a learner meets the screens. Keys are stable (authored indexes), so a
// saved position survives a change of department or language.
import type { Course, Page } from '../course/model.js';

export type Screen =
  | { kind: 'welcome'; key: 'welcome' }
  | { kind: 'page'; key: string; lesson: number; page: number }
  | { kind: 'assessment'; key: 'assessment' }
  | { kind: 'result'; key: 'result' }
  | { kind: 'sources'; key: 'sources' };

export const pageKey = (lesson: number, page: number) => `${lesson}.${page}`;

/**
 * Whether a page is on a learner's route. Pages without `departments` are for everyone (a lesson
 * gives the other departments a short summary page of its own); a department page is shown only
 * to its department. A learner who chose no department gets the first in the course's list (for
 * hotel the front desk, which every guest passes), so every route has the same length and the
 * same practice as a department route.
 */
export function pageShown(course: Course, page: Page, department?: string): boolean {
  if (!page.departments) return true;
  const mine = department ?? course.departments?.[0];
  return mine !== undefined && page.departments.includes(mine);
}

/** The linear route through the course, in authored order, without other departments' pages. */
export function route(course: Course, department?: string): Screen[] {
  const screens: Screen[] = [{ kind: 'welcome', key: 'welcome' }];
  course.lessons.forEach((lesson, l) => {
    lesson.pages.forEach((page, p) => {
      if (pageShown(course, page, department)) screens.push({ kind: 'page', key: pageKey(l, p), lesson: l, page: p });
    });
  });
  if (course.assessment) screens.push({ kind: 'assessment', key: 'assessment' });
  screens.push({ kind: 'result', key: 'result' });
  return screens;
}

export function findScreen(course: Course, key: string, department?: string): Screen | undefined {
  if (key === 'sources') return { kind: 'sources', key: 'sources' };
  return route(course, department).find((s) => s.key === key);
}
