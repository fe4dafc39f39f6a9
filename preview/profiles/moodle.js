// Moodle 4.5 (mod_scorm), as seen with this project's packages (the team's LMS notes, kept
// outside this repository; summarised in README.md, 'For LMS administrators'):
// - 2004: every <imsss:objective> without a minNormalizedMeasure counts 1.0, and the *last*
//   declared objective's value becomes cmi.scaled_passing_score (unless the admin sets one);
//   1.2: adlcp:masteryscore becomes cmi.student_data.mastery_score.
// - 2004: a choice response or pattern with anything but letters, digits, "_" and "." is
//   refused with error 406.
// - Commit is a synchronous XHR: it holds the page for `commitDelay` ms (URL parameter).
// - 2004 sends every value set in the session with each save; 1.2 only what changed.
// - Saves during unload go out as beacons: 64 KiB in all; a save past it never arrives.
// - Total time is computed at Terminate/LMSFinish only.
export default {
  name: 'moodle-4.5',
  label: 'Moodle 4.5',
  apis: (version) => [version],
  timeRule: 'replace-at-finish',
  storesExit: true,
  launchValues({ is12, manifest }) {
    if (is12) return manifest.masteryScore === undefined ? {} : { 'cmi.student_data.mastery_score': manifest.masteryScore };
    const measures = manifest.objectives.map((o) => o.minNormalizedMeasure ?? 1);
    return measures.length ? { 'cmi.scaled_passing_score': measures.at(-1) } : {};
  },
  refuse(element, value, { is12, get }) {
    if (is12 || !/^cmi\.interactions\.\d+\.(learner_response|correct_responses\.\d+\.pattern)$/.test(element)) return 0;
    const type = get(element.replace(/\.(learner_response|correct_responses\.\d+\.pattern)$/, '.type'));
    if (type !== 'choice') return 0;
    return String(value).split('[,]').every((id) => /^[A-Za-z0-9_.]+$/.test(id)) ? 0 : 406;
  },
  editSave: (batch) => batch,
  commitDelay: 50,
  beaconBudget: 64 * 1024,
  /** bytes of one save request: 2004 posts every value set this session, 1.2 what changed */
  payload: ({ is12, carried, session }) => formBytes(is12 ? carried : session),
  extraSavesOnUnload: 0,
};

function formBytes(values) {
  let bytes = 0;
  for (const [k, v] of values) bytes += encodeURIComponent(k).length + encodeURIComponent(v).length + 2;
  return bytes;
}
