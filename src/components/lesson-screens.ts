// The elements of every screen after the welcome: lesson pages (with their questions, scenarios
// and read aloud), the final test, the result with the certificate, and the sources. The first
// screen needs none of them, so the build writes them to a chunk of their own (lesson-screens.js),
// which the player imports once the first screen is up (load-lesson-screens.ts).
import './assessment-view.js';
import './page-view.js';
import './result-view.js';
import './sources-screen.js';
