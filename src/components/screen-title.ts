import type { Course } from '../course/model.js';
import { t } from '../i18n/i18n.js';
import type { Screen } from '../progress/screens.js';

/** The name of a screen, as the browser tab and the document title show it. */
export function screenTitle(course: Course, screen: Screen): string {
  if (screen.kind === 'page') {
    const lesson = course.lessons[screen.lesson];
    return t(`lessons.${lesson.id}.pages.${lesson.pages[screen.page].id}`);
  }
  return t(`ui.screens.${screen.kind}`);
}
