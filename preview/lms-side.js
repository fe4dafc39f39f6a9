// The LMS behind the API object: applies a profile's quirks (refused values, a slow synchronous
// Commit, an unload-beacon budget, a cut last character, how session time adds up, exit not
// stored, saves that no longer arrive once the LMS page has gone) and keeps the store in step: a
// save that arrives stores what it carried, one that fails or goes nowhere loses it.
const NAMES = {
  true: { set: 'LMSSetValue', get: 'LMSGetValue', commit: 'LMSCommit', finish: 'LMSFinish', lastError: 'LMSGetLastError' },
  false: { set: 'SetValue', get: 'GetValue', commit: 'Commit', finish: 'Terminate', lastError: 'GetLastError' },
};

function busyWait(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/**
 * @param inner API methods (scorm-again, possibly with injected faults)
 * @param {{ profile: any, store: any, is12: boolean, commitDelay: number, lms: any, persist: () => void }} options
 */
export function lmsSide(inner, { profile, store, is12, commitDelay, lms, persist }) {
  const n = NAMES[is12];
  const session = new Map(); // every value set this session: what Moodle's 2004 saves and Chamilo's whole-state saves post
  const sessionElement = is12 ? 'cmi.core.session_time' : 'cmi.session_time';
  const exitElement = is12 ? 'cmi.core.exit' : 'cmi.exit';
  let refusal = 0; // error code of the profile's last refusal, until the next call
  const side = { ...inner };

  const save = (final, how = 'course') => {
    if (lms.departed) {
      // The LMS page has unloaded: the request is made from a page that is gone and reaches no server.
      lms.lostSaves.push({ how, carried: Object.fromEntries(store.carried), at: Date.now() });
      store.discard();
      return;
    }
    if (commitDelay && how === 'course') busyWait(commitDelay);
    if (lms.unloading && profile.beaconBudget) {
      lms.beaconBytes += profile.payload({ is12, carried: store.carried, session });
      if (lms.beaconBytes > profile.beaconBudget) {
        lms.beaconRefused += 1;
        store.discard();
        return;
      }
    }
    const edit = (batch) => profile.editSave(batch).filter(([element]) => profile.storesExit || element !== exitElement);
    const apiSessionTime = profile.timeRule === 'sum' ? session.get(sessionElement) : undefined;
    lms.saves.push({ how, at: Date.now(), sessionTime: store.carried.get(sessionElement) ?? apiSessionTime });
    store.save({ final, edit, apiSessionTime });
    persist();
  };

  side[n.set] = (element, value) => {
    refusal = profile.refuse(element, value, { is12, get: (e) => inner[n.get](e) });
    if (refusal) return 'false';
    const result = inner[n.set](element, value);
    if (String(result) === 'true') {
      store.set(element, value);
      session.set(element, String(value));
    }
    return result;
  };
  side[n.get] = (element) => {
    refusal = 0;
    return inner[n.get](element);
  };
  side[n.lastError] = () => (refusal ? String(refusal) : inner[n.lastError]());
  side[n.commit] = (arg) => {
    refusal = 0;
    const result = inner[n.commit](arg);
    if (String(result) === 'true') save(false);
    else store.discard();
    return result;
  };
  side[n.finish] = (arg) => {
    refusal = 0;
    const result = inner[n.finish](arg);
    if (String(result) === 'true') save(true);
    else store.discard();
    return result;
  };
  /** a save the LMS makes by itself, with what the API holds (Chamilo, on leaving: 'xhr', 'beacon') */
  side.ownSave = (how) => {
    if (profile.ownSavesPostWholeState) store.carryAll(session);
    save(false, how);
  };
  return side;
}
