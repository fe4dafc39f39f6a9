// The words the course is built from, defined once for the build (builder/*.mjs, plain Node)
// and the player (TypeScript, through allowJs). Plain JavaScript with no imports, so both can
// load it and nothing else (zod, i18next) comes along into the course bundle.

/** The competences every decision is scored against, reported to the LMS as objectives. */
export const OBJECTIVES = /** @type {const} */ (['signals', 'victim-blaming', 'next-steps']);

/**
 * Every language the player can show; the first is the source language and the fallback. Each
 * course offers some of them (`languages:` in its course.yaml).
 */
export const LANGUAGES = /** @type {const} */ (['nl', 'en', 'pl']);
