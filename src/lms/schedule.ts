// When a save runs. The learner's click must be answered on screen first: a synchronous
// Commit (Moodle's XHR) holds the main thread, so it starts only after the frame with the
// feedback has been painted.

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A hidden page gets no animation frames; a save must still happen, a little later. */
const HIDDEN_FALLBACK_MS = 250;

/**
 * Runs `task` after the next paint: requestAnimationFrame fires just before the frame is
 * painted, and a message posted from it is handled just after (a MessageChannel task has no
 * timer clamp). The fallback timer covers pages that paint no frames (hidden tabs).
 */
export function afterPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(once, HIDDEN_FALLBACK_MS);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    once();
  };
  requestAnimationFrame(() => channel.port2.postMessage(null));
}
