// The pilot evidence of a course's items (issue #22): which reader, in which panel, picked which
// option of which item. Each answer carries the fingerprint of the item as the reader saw it, so
// an item whose words, options or key change after its pilot has no current evidence until it is
// piloted again. Files: lessons/pilot/<course>.yaml (format and method in lessons/pilot/README.md).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fileReader } from '../content-read.mjs';

export const PANELS = /** @type {const} */ (['naive', 'trained']);
export const READER_KINDS = /** @type {const} */ (['human', 'ai']);

const Answer = z.strictObject({
  option: z.string().min(1),
  item: z.string().regex(/^[0-9a-f]{10}$/, 'must be the 10-character item fingerprint the booklet recorded'),
});

export const Reader = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower case letters, digits and -'),
  panel: z.enum(PANELS),
  /** who answered: a person, or an AI session role-playing one; the catalogue and review copy say which */
  kind: z.enum(READER_KINDS),
  /** trained readers read one department's route (hotel); absent: the course without departments */
  route: z.string().optional(),
  method: z.string().min(10, 'say who the reader was and what they saw'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date'),
  booklet: z.number().int().nonnegative(),
  answers: z.record(z.string(), Answer),
});

export const PilotFile = z.strictObject({
  course: z.string(),
  language: z.string().length(2),
  readers: z.array(Reader),
});

/**
 * What a reader is shown of an item, hashed: prompt, context, each option's id, label and
 * whether it is right. Any change to these makes earlier answers evidence of another item.
 */
export function fingerprint(item) {
  const shown = [item.prompt, item.context ?? [], item.options.map((o) => [o.id, o.label, o.correct])];
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 10);
}

export const pilotFile = (root, courseId) => join(root, 'lessons', 'pilot', `${courseId}.yaml`);

/**
 * Every course's pilot file, checked; a course without one gets an empty pilot (the validity
 * rules then name each unpiloted item). Problems go to `problems` as "file: field: reason".
 * @returns {Map<string, z.infer<typeof PilotFile>>}
 */
export function loadPilots(root, courses, problems) {
  const { checked } = fileReader(root, problems);
  const pilots = new Map();
  for (const course of courses) {
    const file = pilotFile(root, course.id);
    const data = existsSync(file) ? checked(PilotFile, file) : undefined;
    if (data && data.course !== course.id) problems.push(`lessons/pilot/${course.id}.yaml: course: "${data.course}" should be "${course.id}"`);
    pilots.set(course.id, data ?? { course: course.id, language: course.languages[0], readers: [] });
  }
  return pilots;
}
