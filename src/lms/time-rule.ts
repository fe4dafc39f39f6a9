// How the LMS turns reported session times into a learner's total time: the one LMS quirk the
// course must know before it reports, because no value it could read back tells (Chamilo's
// cmi.core.total_time reads "00 : 00 : 00" and never changes). Everything else an LMS does
// differently is handled by plain robustness in tracker.ts.
//
//   replace: total = earlier sessions + the last session time reported in this session. The
//            SCORM rule (Moodle, SCORM Cloud, scorm-again). The course reports once, on leaving.
//   sum:     every save that carries a session time adds it, including saves the LMS makes by
//            itself on leaving with whatever value its API still holds (Chamilo 1.11). The course
//            reports the time since its last report at each save and leaves the API at zero.
//
// Recognising Chamilo (seen in 1.11.28): its API object has, besides the SCORM methods,
// `save_asset` and `void_save_asset`, and the player page that holds it has a global `olms`.
// Only the API's own window is read, which discovery reached through same-origin frames only; a
// read that throws counts as "not recognised", so an unknown LMS gets the standard rule.

export type TimeRule = 'replace' | 'sum';

export function timeRuleOf(api: object, host: Window | undefined): TimeRule {
  try {
    const methods = api as Record<string, unknown>;
    if (typeof methods.save_asset === 'function' && typeof methods.void_save_asset === 'function') return 'sum';
    if (host && (host as unknown as Record<string, unknown>).olms !== undefined) return 'sum';
  } catch {
    // a proxy or a frame that turned cross-origin: the standard rule
  }
  return 'replace';
}
