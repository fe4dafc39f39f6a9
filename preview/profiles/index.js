// The LMS profiles the preview can play (URL parameter `profile`): small descriptions of how a
// real LMS differs from strict scorm-again, applied by host.js around the scorm-again API.
import strict from './strict.js';
import moodle from './moodle.js';
import chamilo from './chamilo.js';

export const PROFILES = Object.fromEntries([strict, moodle, chamilo].map((p) => [p.name, p]));
