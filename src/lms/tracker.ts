// Keeps the LMS in step with the course. Values are written as a diff against what the LMS has
// acknowledged; anything not acknowledged by a successful commit stays pending and is sent
// again with back-off, so a flaky LMS never costs a learner an answer. What it does not do:
// make the learner wait. A save runs after the browser has painted the answer's feedback
// (several answers in one frame share one save), and leaving sends one last, small save.
//
// Session time follows the LMS's time rule (time-rule.ts). Where the LMS keeps the last reported
// value (the standard), it is reported once, in the save on leaving. Where it adds every reported
// value (Chamilo), each save reports the time since the last report and the API is then set back
// to zero, so the saves such an LMS makes by itself on leaving add nothing; a quiet save every
// `reportEvery` ms while time passes, and one when the page is hidden, bound what a leaving save
// that never arrives can cost.
import type { CmiChannel } from './channel.js';
import { TRANSIENT_ERRORS, type CmiValues, type Dialect } from './dialect.js';
import { afterPaint, browserTimers, type Timers } from './schedule.js';
import type { TimeRule } from './time-rule.js';
import type { AnyInteraction, LaunchData, Report } from './report.js';

export type SaveStatus = 'saved' | 'retrying' | 'unreachable' | 'local';

export interface TrackerOptions {
  /** delays between retries of a failed commit, in ms; the last one repeats */
  backoff?: number[];
  /** after this many failed commits in a row the learner is told, calmly */
  unreachableAfter?: number;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
  /** runs a save once the learner's feedback is on screen; tests run it by hand */
  schedule?: (save: () => void) => void;
  /** retry timers; tests pass a fake clock */
  timers?: Timers;
  /**
   * In an LMS that adds every reported session time: the longest the course goes without
   * reporting time while the learner reads, in ms (the most a lost leaving save can cost).
   */
  reportEvery?: number;
}

/** An element name with its indexes replaced: cmi.interactions.7.objectives.0.id → cmi.interactions.n.objectives.n.id */
export const elementPattern = (element: string) => element.replace(/\.\d+(?=\.|$)/g, '.n');

/** A value refused for a reason that may pass (general failure) is tried this many times, then dropped. */
const TRANSIENT_TRIES = 3;

export class Tracker {
  private acknowledged = new Map<string, string>();
  private pending: CmiValues = new Map();
  /** element patterns the LMS does not implement: never written again this session */
  private unsupported = new Set<string>();
  /** values the LMS refused as invalid: not sent again unless the course's value changes */
  private rejected = new Map<string, string>();
  private transientRefusals = new Map<string, number>();
  private objectiveSlots = new Map<string, number>();
  private nextInteraction = 0;
  private failures = 0;
  private saveScheduled = false;
  private retryTimer: unknown;
  private reportTimer: unknown;
  private started = 0;
  /** sum rule: the moment up to which session time has been reported and acknowledged */
  private reportedUntil = 0;
  private finished = false;
  private readOnly = false;
  private status: SaveStatus | undefined;
  private listeners = new Set<(status: SaveStatus) => void>();
  private readonly backoff: number[];
  private readonly unreachableAfter: number;
  private readonly now: () => number;
  private readonly log: (message: string, error?: unknown) => void;
  private readonly schedule: (save: () => void) => void;
  private readonly timers: Timers;
  private readonly timeRule: TimeRule;
  private readonly reportEvery: number;
  private readonly sessionElement: string;

  constructor(private channel: CmiChannel, private dialect: Dialect, options: TrackerOptions = {}) {
    this.backoff = options.backoff ?? [500, 1000, 2000, 4000, 8000, 15000];
    this.unreachableAfter = options.unreachableAfter ?? 4;
    this.now = options.now ?? (() => Date.now());
    this.log = options.log ?? ((m, e) => console.warn(`[course] ${m}`, e ?? ''));
    this.schedule = options.schedule ?? afterPaint;
    this.timers = options.timers ?? browserTimers;
    this.timeRule = channel.timeRule ?? 'replace';
    this.reportEvery = options.reportEvery ?? 30_000;
    this.sessionElement = [...dialect.sessionTime(0).keys()][0];
  }

  /** Initialize (once more if the first try fails) and read what the LMS holds. */
  start(): LaunchData {
    this.started = this.now();
    this.reportedUntil = this.started;
    if (!this.channel.initialize() && !this.channel.initialize()) {
      this.log(`initialize failed (error ${this.channel.lastError()})`);
    }
    const launch = this.dialect.readLaunch(this.channel);
    launch.objectiveIds.forEach((id, slot) => {
      this.objectiveSlots.set(id, slot);
      this.acknowledged.set(`cmi.objectives.${slot}.id`, id);
    });
    this.nextInteraction = launch.interactionCount;
    // In review mode whatever the course writes would overwrite the finished attempt.
    this.readOnly = launch.review;
    if (!launch.resumed && !launch.suspendData) this.write(this.dialect.firstLaunch());
    if (this.sums && !this.readOnly) this.armTimeReport();
    return launch;
  }

  get isStandalone(): boolean {
    return this.channel.standalone;
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Records what changed. With `commit`, a save follows once the browser has painted (answers
   * given in the same frame share it); without, the values ride along with the next save.
   */
  update(report: Report, interactions: AnyInteraction[] = [], commit = true): void {
    if (this.finished || this.readOnly) return;
    for (const interaction of interactions) this.write(this.dialect.interaction(this.nextInteraction++, interaction));
    this.write(this.dialect.report(report, (id) => this.objectiveSlot(id)));
    if (commit) this.requestSave();
  }

  /**
   * The page is going away: one last save that fits an unload beacon. Only what changed and the
   * session time, then Terminate. Standard rule: the whole session's time, reported once, here,
   * and Terminate alone (it saves; a Commit before it would send the same data twice). Sum rule:
   * the time since the last report, committed, the API set back to zero, then Terminate, so
   * whichever of the LMS's own leaving saves comes after adds nothing. This save may never
   * arrive (Chamilo's page unloads first): the regular reports made sure little is left for it.
   * Nothing is called after Terminate.
   */
  finish(report: Report): void {
    if (this.finished) return;
    this.finished = true;
    this.timers.clear(this.retryTimer);
    this.timers.clear(this.reportTimer);
    if (!this.readOnly) {
      this.write(this.dialect.report(report, (id) => this.objectiveSlot(id)));
      if (this.sums) {
        this.commitWithTime();
      } else {
        this.write(this.dialect.sessionTime((this.now() - this.started) / 1000));
        this.send();
      }
    }
    if (!this.channel.terminate()) this.log(`terminate failed (error ${this.channel.lastError()})`);
  }

  /** Sends what is pending now, e.g. when the page is hidden and may never come back. In a summing LMS, with the time so far. */
  flush(): void {
    if ((this.pending.size || this.sums) && !this.finished && !this.readOnly) this.save();
  }

  private get sums(): boolean {
    return this.timeRule === 'sum';
  }

  private requestSave(): void {
    if (this.saveScheduled) return;
    this.saveScheduled = true;
    this.schedule(() => {
      this.saveScheduled = false;
      if (this.pending.size || this.sums) this.save();
    });
  }

  /** Sum rule: while the learner reads, time is reported at least every `reportEvery` ms, after a paint like any save. */
  private armTimeReport(): void {
    this.timers.clear(this.reportTimer);
    this.reportTimer = this.timers.set(() => {
      this.armTimeReport();
      if (!this.finished) this.requestSave();
    }, this.reportEvery);
  }

  /**
   * Sum rule: sets the time since the last report, sends what is pending, commits; once the LMS
   * has taken the time, the API is set back to zero. Returns whether the commit succeeded.
   */
  private commitWithTime(): { committed: boolean; threw: boolean } {
    const at = this.now();
    this.write(this.dialect.sessionTime((at - this.reportedUntil) / 1000));
    const { taken, threw } = this.send();
    const committed = this.channel.commit();
    if (committed) {
      this.acknowledge(taken);
      if (taken.has(this.sessionElement)) this.timeReported(at);
    }
    return { committed, threw };
  }

  private timeReported(at: number): void {
    this.reportedUntil = at;
    if (!this.finished) this.armTimeReport();
    for (const [element, zero] of this.dialect.sessionTime(0)) {
      // Not a save: the value the API holds, for any save the LMS makes by itself.
      if (this.channel.set(element, zero) === 'ok') this.acknowledged.set(element, zero);
      else this.log(`could not set ${element} back to zero (error ${this.channel.lastError()})`);
    }
  }

  private acknowledge(taken: Map<string, string>): void {
    for (const [element, value] of taken) {
      this.acknowledged.set(element, value);
      this.dropPending(element, value);
    }
  }

  private objectiveSlot(id: string): number {
    let slot = this.objectiveSlots.get(id);
    if (slot === undefined) {
      slot = this.objectiveSlots.size;
      this.objectiveSlots.set(id, slot);
    }
    return slot;
  }

  private write(values: CmiValues): void {
    for (const [element, value] of values) {
      if (this.unsupported.has(elementPattern(element)) || this.rejected.get(element) === value) continue;
      if (this.acknowledged.get(element) === value && !this.pending.has(element)) continue;
      this.pending.delete(element); // re-insert so the newest value keeps the right order
      this.pending.set(element, value);
    }
  }

  /**
   * SetValue for every pending value, exit last (see Dialect.exitElement). Returns the values the
   * LMS took; a value that threw stays pending, one the LMS refused is sorted out by refused().
   */
  private send(): { taken: Map<string, string>; threw: boolean } {
    const exit = this.dialect.exitElement;
    const exitValue = this.pending.get(exit) ?? this.acknowledged.get(exit);
    const batch = [...this.pending].filter(([element]) => element !== exit);
    if (exitValue !== undefined && !this.unsupported.has(exit)) batch.push([exit, exitValue]);
    const taken = new Map<string, string>();
    let threw = false;
    for (const [element, value] of batch) {
      const result = this.channel.set(element, value);
      if (result === 'ok') taken.set(element, value);
      else if (result === 'refused') this.refused(element, value, this.channel.lastError());
      else threw = true;
    }
    if (threw) this.log('some values could not be set (the LMS threw); they stay pending');
    return { taken, threw };
  }

  /** A refusal is final for what the LMS cannot store; it never counts as a failed save. */
  private refused(element: string, value: string, error: number): void {
    if (this.dialect.unsupportedErrors.includes(error)) {
      this.unsupported.add(elementPattern(element));
      this.dropPending(element, value);
      this.log(`the LMS does not implement ${elementPattern(element)} (error ${error}); not written again`);
    } else if (TRANSIENT_ERRORS.includes(error)) {
      const tries = (this.transientRefusals.get(element) ?? 0) + 1;
      this.transientRefusals.set(element, tries);
      if (tries < TRANSIENT_TRIES) return;
      this.dropPending(element, value);
      this.log(`giving up on ${element}: refused ${tries} times (error ${error})`);
    } else {
      this.rejected.set(element, value);
      this.dropPending(element, value);
      this.log(`the LMS refused ${element}=${JSON.stringify(value)} (error ${error}); not sent again`);
    }
  }

  private dropPending(element: string, value: string): void {
    if (this.pending.get(element) === value) this.pending.delete(element);
  }

  private save(): void {
    if (this.finished) return;
    this.timers.clear(this.retryTimer);
    this.retryTimer = undefined;
    const { committed, threw } = this.sums ? this.commitWithTime() : this.commitPending();
    if (!committed) {
      // A real LMS discards what a failed Commit carried: everything stays pending and is sent again.
      this.log(`commit failed (error ${this.channel.lastError()}), ${this.pending.size} values kept for a retry`);
    }
    if (committed && !threw) {
      this.failures = 0;
      this.emit(this.channel.standalone ? 'local' : 'saved');
      // Left over: values that met a passing refusal. Try again soon, quietly.
      if (this.pending.size) this.retryLater(this.backoff[0]);
      return;
    }
    this.failures++;
    this.emit(this.failures >= this.unreachableAfter ? 'unreachable' : 'retrying');
    this.retryLater(this.backoff[Math.min(this.failures - 1, this.backoff.length - 1)]);
  }

  private commitPending(): { committed: boolean; threw: boolean } {
    const { taken, threw } = this.send();
    const committed = this.channel.commit();
    if (committed) this.acknowledge(taken);
    return { committed, threw };
  }

  private retryLater(delay: number): void {
    this.retryTimer = this.timers.set(() => this.save(), delay);
  }

  private emit(status: SaveStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
}
