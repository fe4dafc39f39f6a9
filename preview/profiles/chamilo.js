// Chamilo 1.11 (its own SCORM 1.2 runtime), as seen with this project's packages. [N] is line N
// of the team's LMS notes, copied with their provenance in profiles/README.md.
export default {
  name: 'chamilo-1.11',
  label: 'Chamilo 1.11',
  // [72] SCORM 1.2 only: no API_1484_11, whatever the package's version.
  apis: () => ['scorm12'],
  // [75, 99] Every save that carries a session time adds it to the total, including the LMS's own
  // saves, which post the whole state [86] and so the value the API still holds.
  timeRule: 'sum',
  // [80] cmi.core.exit is never stored: a relaunch says "ab-initio" and hands the data back.
  storesExit: false,
  launchValues: () => ({}),
  // [83] cmi.interactions.n.objectives.n.id is not implemented: error 401, every time.
  refuse: (element) => (/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/.test(element) ? 401 : 0),
  // [83] The last character of the last value of each save is cut off.
  editSave(batch) {
    if (!batch.length) return batch;
    const [element, value] = batch.at(-1);
    return [...batch.slice(0, -1), [element, value.slice(0, -1)]];
  },
  // [86] Each Commit is one background request: it holds nothing.
  commitDelay: 0,
  beaconBudget: undefined,
  // [86, 88] Leaving by Chamilo's navigation: its player page (the parent) unloads first and sends
  // its own leaving saves, one XHR then one beacon, with what the API holds at that moment; the
  // course frame's pagehide runs after them, and what it sends arrives nowhere.
  leaving: 'lms-first',
  leavingSaves: ['xhr', 'beacon'],
  // [86] They post the whole state: a value whose Commit failed still goes with them.
  ownSavesPostWholeState: true,
  // [106] How the course can recognise Chamilo: two methods on the API, a global on the page.
  apiMarks: ['save_asset', 'void_save_asset'],
  pageGlobals: ['olms'],
};
