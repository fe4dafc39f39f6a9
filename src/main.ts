// Boot: connect to the LMS (or the browser when there is none), load the course and the
// learner's language, restore progress, and mount the player.
import type { Course } from './course/model.js';
import { connect, type ScormVersion } from './lms/channel.js';
import { scorm12, scorm2004 } from './lms/dialect.js';
import { Tracker } from './lms/tracker.js';
import { decode } from './progress/codec.js';
import { chooseLanguage, matchLanguage, useLanguage } from './i18n/i18n.js';
import { CourseSession } from './session.js';
import { screenTitle } from './components/screen-title.js';
import { t } from './i18n/i18n.js';
import './components/course-app.js';

async function boot(): Promise<void> {
  const version = (document.documentElement.dataset.scorm ?? '2004') as ScormVersion;
  const courseId = document.documentElement.dataset.course ?? 'course';
  const log = (message: string, error?: unknown) => console.warn(`[course] ${message}`, error ?? '');
  const channel = connect(version, log, `course:${courseId}`);
  const tracker = new Tracker(channel, channel.version === '1.2' ? scorm12 : scorm2004, { log });
  const launch = tracker.start();

  // The structure and the likely language load side by side: one round trip instead of two.
  const preferred = chooseLanguage(launch.language, navigator.languages ?? []);
  const [course] = await Promise.all([fetch('course.json').then((r) => r.json() as Promise<Course>), useLanguage(preferred)]);
  const { progress, problem } = decode(course, launch.suspendData, preferred);
  // An explicit LMS preference wins over the language saved in the course at first launch.
  const lmsLanguage = matchLanguage(launch.language);
  if (lmsLanguage && !launch.suspendData) progress.language = lmsLanguage;
  if (progress.language !== preferred) await useLanguage(progress.language);

  const session = new CourseSession(course, progress, launch, tracker);
  const app = document.createElement('course-app');
  app.session = session;
  app.recovered = problem !== 'none';
  document.body.replaceChildren(app);

  const leave = () => session.leave();
  window.addEventListener('pagehide', leave, { once: true });
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && session.flush());
  // The tab names the screen, in the learner's language.
  session.addEventListener('change', () => (document.title = `${screenTitle(course, session.screen)} – ${t('course.title')}`));
  // Opening the first screen writes "incomplete" and the position at once.
  session.apply({ type: 'open', screen: progress.screen });
}

boot().catch((error) => {
  console.error(error);
  const message = document.getElementById('boot-error');
  if (message) message.hidden = false;
});
