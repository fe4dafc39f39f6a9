// scorm-again as it is, strict: the reference LMS. Offers the package's own API; total time is
// earlier sessions plus this session's last reported time (the standard's rule).
export default {
  name: 'strict',
  label: 'strict scorm-again',
  apis: (version) => [version],
  timeRule: 'replace',
  storesExit: true,
  launchValues: () => ({}),
  refuse: () => 0,
  editSave: (batch) => batch,
  commitDelay: 0,
  // Leaving unloads the course frame; what its pagehide sends arrives.
  leaving: 'course-first',
  beaconBudget: undefined,
};
