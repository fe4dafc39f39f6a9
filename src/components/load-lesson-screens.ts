// Loads the screens after the welcome (lesson-screens.ts, a chunk of its own), once. The import
// is relative to app.js, so it works from any folder an LMS serves the package from.
let ready = false;
let loading: Promise<void> | undefined;

/** Resolves once the elements of every screen after the welcome are defined. */
export function loadLessonScreens(): Promise<void> {
  loading ??= import('./lesson-screens.js').then(
    () => {
      ready = true;
    },
    (error: unknown) => {
      loading = undefined; // a failed load may be tried again
      throw error;
    },
  );
  return loading;
}

/** True once the screens after the welcome can be shown. */
export const lessonScreensReady = (): boolean => ready;
