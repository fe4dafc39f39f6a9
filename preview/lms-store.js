// What the preview LMS's server holds, apart from scorm-again's in-page data model: values reach
// it only with a successful save (Commit, or Terminate/LMSFinish), as in a real LMS. What a
// failed Commit carried is discarded, so a course that does not send it again loses it.
// Pure: no DOM, no storage; host.js persists `held` and the tests read it.

/** Seconds in a SCORM 1.2 CMITimespan (HHHH:MM:SS.SS) or a 2004 ISO 8601 duration (PT1H2M3.5S). */
export function durationSeconds(value) {
  const hms = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value ?? '');
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value ?? '');
  if (iso && value !== 'P' && value !== 'PT') return Number(iso[1] ?? 0) * 86400 + Number(iso[2] ?? 0) * 3600 + Number(iso[3] ?? 0) * 60 + Number(iso[4] ?? 0);
  return undefined;
}

export function formatDuration(seconds, is12) {
  const centis = Math.round(seconds * 100);
  const h = Math.floor(centis / 360000);
  const m = Math.floor((centis % 360000) / 6000);
  const s = (centis % 6000) / 100;
  if (is12) return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
  return `PT${h}H${m}M${s}S`;
}

/**
 * @param {{ is12: boolean, held?: Record<string,string>, previousSeconds?: number,
 *   timeRule?: 'replace' | 'sum' | 'replace-at-finish' }} options
 *   timeRule: how session times become total time. replace: total = earlier sessions + this
 *   session's last reported time (the standard); replace-at-finish: the same, computed only at
 *   Terminate/LMSFinish (Moodle); sum: every reported session time is added (Chamilo 1.11).
 */
export function createStore({ is12, held = {}, previousSeconds = 0, timeRule = 'replace' }) {
  const sessionElement = is12 ? 'cmi.core.session_time' : 'cmi.session_time';
  const totalElement = is12 ? 'cmi.core.total_time' : 'cmi.total_time';
  let carried = new Map();
  let lastSession = 0;
  let summed = previousSeconds;
  const store = {
    held: { ...held },
    /** seconds stored as total time */
    totalSeconds: previousSeconds,
    /** values set since the last save, in the order they were set */
    get carried() {
      return carried;
    },
    set(element, value) {
      carried.delete(element);
      carried.set(element, String(value));
    },
    /**
     * The save arrived: what it carried is stored. `edit` may change the batch (profiles' quirks).
     * `apiSessionTime`: the session time the API holds, which an LMS that posts its whole state
     * (Chamilo) sends with every save, changed or not.
     */
    save({ final = false, edit, apiSessionTime } = {}) {
      const batch = [...carried];
      carried = new Map();
      const edited = edit ? edit(batch) : batch;
      for (const [element, value] of edited) store.held[element] = value;
      const reported = edited.find(([element]) => element === sessionElement) ?? (apiSessionTime === undefined ? undefined : [sessionElement, apiSessionTime]);
      if (reported) {
        const seconds = durationSeconds(reported[1]) ?? 0;
        lastSession = seconds;
        summed += seconds;
      }
      if (timeRule === 'sum') store.totalSeconds = summed;
      else if (timeRule === 'replace' || final) store.totalSeconds = previousSeconds + lastSession;
      if (timeRule !== 'replace-at-finish' || final) store.held[totalElement] = formatDuration(store.totalSeconds, is12);
      return edited;
    },
    /** a save that posts the whole state (Chamilo's own): every value the API holds rides along, what was set since the last save last */
    carryAll(values) {
      carried = new Map([...[...values].filter(([element]) => !carried.has(element)), ...carried]);
    },
    /** the save failed or never arrived: what it carried is gone */
    discard() {
      const lost = carried.size;
      carried = new Map();
      return lost;
    },
  };
  return store;
}
