// Identifiers the course sends to an LMS. Content ids use "-" (readable in lesson files), but
// Moodle refuses "-" in 2004 choice responses and patterns, so every identifier that leaves the
// course (interaction ids, option ids in responses and patterns, objective ids, manifest
// objective ids) goes through lmsId(). Content ids may not contain "_" (the build checks it), so
// the mapping is one-to-one and lmsId() can be undone.
// No imports: builder/lms-ids.mjs loads this file as it is to check the content at build time.

/** Letters, digits, "_" and "." are taken by every runtime we know (and by SCORM 1.2 CMIIdentifier). */
export const LMS_ID = /^[A-Za-z0-9_.]+$/;

/** A content id as the LMS sees it: "-" becomes "_". */
export function lmsId(contentId: string): string {
  return contentId.replace(/-/g, '_');
}

/** The inverse of lmsId, for readers of what an LMS holds. */
export function contentId(lmsIdentifier: string): string {
  return lmsIdentifier.replace(/_/g, '-');
}

// Interaction ids in content terms (content ids joined by "."); the dialect maps them with lmsId().

export const questionInteraction = (lessonId: string, blockId: string) => `${lessonId}.${blockId}`;

export const scenarioInteraction = (lessonId: string, scenarioId: string, stepId: string) => `${lessonId}.${scenarioId}.${stepId}`;

/** A final-test question gets a new interaction per attempt, so retries add history. */
export const assessmentInteraction = (questionId: string, attempt: number) => `assessment.${questionId}.try${attempt}`;

/** The interaction that records the certificate's verification code (the report tool reads it). */
export const CERTIFICATE_INTERACTION = 'certificate';
