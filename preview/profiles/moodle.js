// Moodle 4.5 (mod_scorm), as seen with this project's packages. [N] is line N of the team's LMS
// notes, copied with their provenance in profiles/README.md.
export default {
  name: 'moodle-4.5',
  label: 'Moodle 4.5',
  apis: (version) => [version],
  // [9, 65] Values reach the database on Commit or Terminate; total time is computed at
  // Terminate/LMSFinish from the last session time reported.
  timeRule: 'replace-at-finish',
  storesExit: true,
  // [50] 2004: every <imsss:objective> without a minNormalizedMeasure counts 1.0, and the *last*
  // declared objective's value becomes cmi.scaled_passing_score (unless the admin sets one);
  // 1.2: adlcp:masteryscore becomes cmi.student_data.mastery_score.
  launchValues({ is12, manifest }) {
    if (is12) return manifest.masteryScore === undefined ? {} : { 'cmi.student_data.mastery_score': manifest.masteryScore };
    const measures = manifest.objectives.map((o) => o.minNormalizedMeasure ?? 1);
    return measures.length ? { 'cmi.scaled_passing_score': measures.at(-1) } : {};
  },
  // [56] 2004: a choice response or pattern with anything but letters, digits, "_" and "." is
  // refused with error 406.
  refuse(element, value, { is12, get }) {
    if (is12 || !/^cmi\.interactions\.\d+\.(learner_response|correct_responses\.\d+\.pattern)$/.test(element)) return 0;
    const type = get(element.replace(/\.(learner_response|correct_responses\.\d+\.pattern)$/, '.type'));
    if (type !== 'choice') return 0;
    return String(value).split('[,]').every((id) => /^[A-Za-z0-9_.]+$/.test(id)) ? 0 : 406;
  },
  editSave: (batch) => batch,
  // [61] Commit is a synchronous XHR: it holds the page for `commitDelay` ms (URL parameter).
  commitDelay: 50,
  // [47, 65] Leaving unloads the course, whose saves go out as beacons: 64 KiB in all; a save
  // past it never arrives.
  leaving: 'course-first',
  beaconBudget: 64 * 1024,
  /** [61, 65] bytes of one save request: 2004 posts every value set this session, 1.2 what changed */
  payload: ({ is12, carried, session }) => formBytes(is12 ? carried : session),
};

function formBytes(values) {
  let bytes = 0;
  for (const [k, v] of values) bytes += encodeURIComponent(k).length + encodeURIComponent(v).length + 2;
  return bytes;
}
