// Keeps the LMS in step with the course. Values are written as a diff against what the LMS has
// acknowledged; anything not acknowledged by a successful commit stays pending and is sent
// again with back-off, so a flaky LMS never costs a learner an answer.
import type { CmiChannel } from './channel.js';
import type { CmiValues, Dialect } from './dialect.js';
import type { InteractionReport, LaunchData, Report } from './report.js';

export type SaveStatus = 'saved' | 'retrying' | 'unreachable' | 'local';

export interface TrackerOptions {
  /** delays between retries of a failed commit, in ms; the last one repeats */
  backoff?: number[];
  /** after this many failed commits in a row the learner is told, calmly */
  unreachableAfter?: number;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

export class Tracker {
  private acknowledged = new Map<string, string>();
  private pending: CmiValues = new Map();
  private objectiveSlots = new Map<string, number>();
  private nextInteraction = 0;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private started = 0;
  private finished = false;
  private readOnly = false;
  private listeners = new Set<(status: SaveStatus) => void>();
  private readonly backoff: number[];
  private readonly unreachableAfter: number;
  private readonly now: () => number;
  private readonly log: (message: string, error?: unknown) => void;

  constructor(private channel: CmiChannel, private dialect: Dialect, options: TrackerOptions = {}) {
    this.backoff = options.backoff ?? [500, 1000, 2000, 4000, 8000, 15000];
    this.unreachableAfter = options.unreachableAfter ?? 4;
    this.now = options.now ?? (() => Date.now());
    this.log = options.log ?? ((m, e) => console.warn(`[course] ${m}`, e ?? ''));
  }

  /** Initialize (once more if the first try fails) and read what the LMS holds. */
  start(): LaunchData {
    this.started = this.now();
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
    return launch;
  }

  get isStandalone(): boolean {
    return this.channel.standalone;
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes what changed; commits when the moment matters (an answer, a lesson done, leaving). */
  update(report: Report, interactions: InteractionReport[] = [], commit = true): void {
    if (this.finished || this.readOnly) return;
    for (const interaction of interactions) this.write(this.dialect.interaction(this.nextInteraction++, interaction));
    this.write(this.dialect.report(report, (id) => this.objectiveSlot(id)));
    if (commit) this.commit();
  }

  /** Last commit and terminate, for pagehide or the end of the course. Nothing is called after it. */
  finish(report: Report): void {
    if (this.finished) return;
    if (!this.readOnly) {
      this.write(this.dialect.report(report, (id) => this.objectiveSlot(id)));
      this.commit();
    }
    this.finished = true;
    clearTimeout(this.retryTimer);
    if (!this.channel.terminate()) this.log(`terminate failed (error ${this.channel.lastError()})`);
  }

  /** Sends what is pending now, e.g. when the page is hidden and may never come back. */
  flush(): void {
    if (this.pending.size && !this.finished && !this.readOnly) this.commit();
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
      if (this.acknowledged.get(element) === value && !this.pending.has(element)) continue;
      this.pending.delete(element); // re-insert so the newest value keeps the right order
      this.pending.set(element, value);
    }
  }

  private commit(): void {
    if (this.finished) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const sent = new Map(this.pending);
    const refused = new Set<string>();
    const failed = new Set<string>();
    for (const [element, value] of sent) {
      const result = this.channel.set(element, value);
      if (result === 'ok') continue;
      (result === 'refused' ? refused : failed).add(element);
      this.log(`could not set ${element} (${result}, error ${this.channel.lastError()})`);
    }
    for (const [element, value] of this.dialect.sessionTime((this.now() - this.started) / 1000)) this.channel.set(element, value);
    if (this.channel.commit()) {
      for (const [element, value] of sent) {
        if (failed.has(element) || (refused.has(element) && this.refuseAgain(element))) continue;
        this.acknowledged.set(element, value);
        if (this.pending.get(element) === value) this.pending.delete(element);
      }
      if (this.pending.size === 0) {
        this.failures = 0;
        this.emit(this.channel.standalone ? 'local' : 'saved');
        return;
      }
    } else {
      this.log(`commit failed (error ${this.channel.lastError()}), ${this.pending.size} values kept for a retry`);
    }
    this.failures++;
    this.emit(this.failures >= this.unreachableAfter ? 'unreachable' : 'retrying');
    const delay = this.backoff[Math.min(this.failures - 1, this.backoff.length - 1)];
    this.retryTimer = setTimeout(() => this.commit(), delay);
  }

  /** A value the LMS refuses three times (a value it will never take) is dropped, not retried forever. */
  private refusals = new Map<string, number>();
  private refuseAgain(element: string): boolean {
    const count = (this.refusals.get(element) ?? 0) + 1;
    this.refusals.set(element, count);
    if (count < 3) return true;
    this.log(`giving up on ${element}: refused ${count} times`);
    return false;
  }

  private emit(status: SaveStatus): void {
    for (const listener of this.listeners) listener(status);
  }
}
