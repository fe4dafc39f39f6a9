import type { Course } from '../course/model.js';
import { t } from '../i18n/i18n.js';

/** "Source: title (publisher, year)" for feedback, from lessons/sources.yaml. */
export function citation(course: Course, ids: string[] = []): string {
  const titles = ids.map((id) => course.sources[id]).filter(Boolean).map((s) => `${s.title} (${s.publisher}, ${s.year})`);
  return titles.length ? `${t('ui.source', { count: titles.length })}: ${titles.join('; ')}` : '';
}
