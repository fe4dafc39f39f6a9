// Boot: connect to the LMS (or the browser when there is none), load the course and the
// learner's language, restore progress, and mount the player.
import type { Course } from './course/model.js';
import { connect, type ScormVersion } from './lms/channel.js';
import { scorm12, scorm2004 } from './lms/dialect.js';
import { Tracker } from './lms/tracker.js';
import { decode } from './progress/codec.js';
import { chooseLanguage, loadLessonTexts, matchLanguage, t, useLanguage } from './i18n/i18n.js';
import type { Language } from './progress/state.js';
import { CourseSession } from './session.js';
import { screenTitle } from './components/screen-title.js';
import { loadLessonScreens } from './components/load-lesson-screens.js';
import './components/course-app.js';

async function boot(): Promise<void> {
  const version = (document.documentElement.dataset.scorm ?? '2004') as ScormVersion;
  const courseId = document.documentElement.dataset.course ?? 'course';
  const log = (message: string, error?: unknown) => console.warn(`[course] ${message}`, error ?? '');
  const channel = connect(version, log, `course:${courseId}`);
  const tracker = new Tracker(channel, channel.version === '1.2' ? scorm12 : scorm2004, { log });
  const launch = tracker.start();

  // The launch page names the course's own languages, so the choice needs no round trip.
  const offered = (document.documentElement.dataset.languages ?? 'nl').split(' ') as Language[];
  // The structure and the likely language load side by side: one round trip instead of two.
  const preferred = chooseLanguage(launch.language, navigator.languages ?? [], offered);
  const [course] = await Promise.all([fetch('course.json').then((r) => r.json() as Promise<Course>), useLanguage(preferred, { rest: false })]);
  // Sources come with the lessons' texts: no first screen cites one.
  course.sources = {};
  let sourcesLoaded = false;
  const loadSources = async () => {
    if (!sourcesLoaded) course.sources = await fetchJson<Course['sources']>('sources.json');
    sourcesLoaded = true;
  };
  const { progress, problem } = decode(course, launch.suspendData, preferred);
  // An explicit LMS preference wins over the language saved in the course at first launch.
  const lmsLanguage = matchLanguage(launch.language, offered);
  if (lmsLanguage && !launch.suspendData) progress.language = lmsLanguage;
  if (!offered.includes(progress.language)) progress.language = preferred;
  // The welcome screen needs only the first part of the texts; a resumed lesson needs its own,
  // and its screen's element.
  const resumesInLesson = needsLessonTexts(progress.screen);
  if (progress.language !== preferred || resumesInLesson) {
    await Promise.all([useLanguage(progress.language, { rest: resumesInLesson }), resumesInLesson && loadSources(), resumesInLesson && loadLessonScreens()]);
  }

  const session = new CourseSession(course, progress, launch, tracker);
  const app = document.createElement('course-app');
  app.session = session;
  app.recovered = problem !== 'none';
  document.body.replaceChildren(app);

  const leave = () => session.leave();
  window.addEventListener('pagehide', leave, { once: true });
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && session.flush());
  // The tab names the screen, in the learner's language.
  const nameTab = () => (document.title = `${screenTitle(course, session.screen)} – ${t('course.title')}`);
  session.addEventListener('change', nameTab);
  // Opening the first screen writes "incomplete" and the position at once.
  session.apply({ type: 'open', screen: progress.screen });
  // The lessons' texts and the later screens' elements follow the first screen (marked for npm
  // run bench and the byte-budget test); a screen opened before they arrive shows "loading" and
  // re-renders when they are in. The help panel's pictograms come last.
  await app.updateComplete;
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
  performance.mark('course:first-screen');
  const fetchLessonTexts = (attempt: number): void => {
    Promise.all([loadLessonTexts(progress.language), loadSources(), loadLessonScreens()]).then(
      () => {
        app.requestUpdate();
        app.helpPictograms = true;
        nameTab(); // a lesson page's name is among the lessons' texts
      },
      (error) => (attempt < 3 ? setTimeout(() => fetchLessonTexts(attempt + 1), 1000 * 2 ** attempt) : log('lesson texts could not be loaded', error)),
    );
  };
  fetchLessonTexts(0);
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Every screen but the welcome shows lesson or test texts, or the sources, in its own element. */
const needsLessonTexts = (screen: string) => screen !== 'welcome';

boot().catch((error) => {
  console.error(error);
  const message = document.getElementById('boot-error');
  if (message) message.hidden = false;
});
