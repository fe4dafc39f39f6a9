// Chamilo 1.11 (its own SCORM 1.2 runtime), as seen with this project's packages (the team's
// LMS notes, kept outside this repository; summarised in README.md, 'For LMS administrators'):
// - SCORM 1.2 only: no API_1484_11, whatever the package's version.
// - Every reported cmi.core.session_time is added to the total.
// - cmi.core.exit is not stored: a relaunch says entry "ab-initio" and hands back location,
//   suspend_data and the rest.
// - cmi.interactions.n.objectives.n.id is not implemented: error 401, every time.
// - The last character of the last value of each save is cut off.
// - On leaving it saves the state twice more by itself.
export default {
  name: 'chamilo-1.11',
  label: 'Chamilo 1.11',
  apis: () => ['scorm12'],
  timeRule: 'sum',
  storesExit: false,
  launchValues: () => ({}),
  refuse: (element) => (/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/.test(element) ? 401 : 0),
  editSave(batch) {
    if (!batch.length) return batch;
    const [element, value] = batch.at(-1);
    return [...batch.slice(0, -1), [element, value.slice(0, -1)]];
  },
  commitDelay: 0,
  beaconBudget: undefined,
  extraSavesOnUnload: 2,
};
