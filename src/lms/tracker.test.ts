// The tracker against a fake LMS and a fake clock: retry with back-off, give-up, refusals by
// element pattern, the save after paint, the single small save on leaving, and session time in
// an LMS that keeps the last reported value and in one that adds every value it receives.
import { describe, expect, it } from 'vitest';
import type { CmiChannel, SetResult } from './channel.js';
import { scorm12, scorm2004, type Dialect } from './dialect.js';
import type { InteractionReport, Report } from './report.js';
import type { Timers } from './schedule.js';
import type { TimeRule } from './time-rule.js';
import { Tracker, elementPattern, type SaveStatus } from './tracker.js';
import { durationSeconds } from '../../preview/lms-store.js';

/** An LMS that stores only what a successful Commit carried, as a real one does. */
class FakeLms implements CmiChannel {
  readonly standalone = false;
  timeRule?: TimeRule;
  /** every value the API holds, committed or not: what an LMS's own saves post */
  api = new Map<string, string>();
  /** seconds of session time added up the way a summing LMS (Chamilo) does: every save adds what the API holds */
  summed = 0;
  /** saves after this point never arrive (the LMS page has gone) */
  gone = false;
  stored = new Map<string, string>();
  carried = new Map<string, string>();
  calls: string[] = [];
  commitResults: boolean[] = [];
  /** element pattern → error code the LMS answers for it */
  refuse = new Map<RegExp, number>();
  throwOn = new Set<string>();
  launch = new Map<string, string>();
  private error = 0;
  constructor(readonly version: '1.2' | '2004') {}
  initialize() {
    this.calls.push('initialize');
    return true;
  }
  get(element: string) {
    return this.launch.get(element) ?? '';
  }
  set(element: string, value: string): SetResult {
    this.calls.push(`set ${element}`);
    if (this.throwOn.delete(element)) return 'failed';
    for (const [pattern, code] of this.refuse) {
      if (pattern.test(element)) {
        this.error = code;
        return 'refused';
      }
    }
    this.error = 0;
    this.carried.set(element, value);
    this.api.set(element, value);
    return 'ok';
  }
  commit() {
    this.calls.push('commit');
    const ok = this.commitResults.shift() ?? true;
    if (ok) this.arrive();
    this.carried.clear(); // a failed Commit loses what it carried
    return ok;
  }
  terminate() {
    this.calls.push('terminate');
    this.arrive();
    this.carried.clear();
    return true;
  }
  /** a save the LMS makes by itself, with whatever the API holds (Chamilo, on leaving) */
  ownSave() {
    this.arrive();
  }
  private arrive() {
    if (this.gone) return;
    for (const [k, v] of this.carried) this.stored.set(k, v);
    const time = this.api.get(this.version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time');
    if (time) this.summed += durationSeconds(time) ?? Number.NaN;
  }
  lastError() {
    return this.error;
  }
}

/** A clock the test moves by hand. */
class FakeClock implements Timers {
  now = 1_000_000;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private ids = 0;
  set = (run: () => void, ms: number) => {
    const id = ++this.ids;
    this.timers.push({ at: this.now + ms, run, id });
    return id;
  };
  clear = (handle: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== handle);
  };
  advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.now = next.at;
      next.run();
    }
    this.now = end;
  }
  get pending() {
    return this.timers.map((t) => t.at - this.now);
  }
}

function report(over: Partial<Report> = {}): Report {
  return { completion: 'incomplete', success: 'unknown', progress: 0.5, location: '1.0', suspendData: '2|abc', objectives: [], finished: false, ...over };
}

function answer(id: string): InteractionReport {
  return {
    id,
    objective: 'victim-blaming',
    description: 'Wat doe je?',
    answerText: 'Bel de politie',
    response: ['bel-politie'],
    correct: ['bel-politie'],
    options: ['niets-doen', 'bel-politie'],
    result: 'correct',
    latencySeconds: 3,
    at: new Date('2026-12-02T10:00:00Z'),
  };
}

function setUp(dialect: Dialect = scorm2004, version: '1.2' | '2004' = '2004', timeRule?: TimeRule) {
  const lms = new FakeLms(version);
  lms.timeRule = timeRule;
  const clock = new FakeClock();
  const saves: (() => void)[] = [];
  const statuses: SaveStatus[] = [];
  const tracker = new Tracker(lms, dialect, {
    now: () => clock.now,
    timers: clock,
    schedule: (save) => saves.push(save),
    backoff: [500, 1000, 2000],
    unreachableAfter: 3,
    reportEvery: 30_000,
    log: () => {},
  });
  tracker.onStatus((s) => statuses.push(s));
  /** the browser painted: run the scheduled saves */
  const paint = () => saves.splice(0).forEach((save) => save());
  return { lms, clock, tracker, paint, statuses };
}

describe('Tracker', () => {
  it('writes nothing to the LMS until the feedback is painted, then one save for answers in the same frame', () => {
    const { lms, tracker, paint } = setUp();
    tracker.start();
    tracker.update(report(), [answer('les.v1')]);
    tracker.update(report({ location: '1.1' }), [answer('les.v2')]);
    expect(lms.calls).toEqual(['initialize']);
    paint();
    expect(lms.calls.filter((c) => c === 'commit')).toHaveLength(1);
    expect(lms.stored.get('cmi.interactions.0.id')).toBe('les.v1');
    expect(lms.stored.get('cmi.interactions.1.learner_response')).toBe('bel_politie');
    expect(lms.stored.get('cmi.location')).toBe('1.1');
  });

  it('sends again, with back-off, what a failed Commit carried, and tells the learner only after repeated failures', () => {
    const { lms, clock, tracker, paint, statuses } = setUp();
    tracker.start();
    lms.commitResults = [false, false, false, true];
    tracker.update(report(), [answer('les.v1')]);
    paint();
    expect(lms.stored.size).toBe(0);
    expect(statuses).toEqual(['retrying']);
    expect(clock.pending).toEqual([500]);
    clock.advance(500);
    expect(clock.pending).toEqual([1000]);
    clock.advance(1000);
    expect(statuses).toEqual(['retrying', 'unreachable']);
    expect(clock.pending).toEqual([2000]);
    clock.advance(2000);
    expect(statuses).toEqual(['retrying', 'unreachable', 'saved']);
    expect(lms.stored.get('cmi.interactions.0.result')).toBe('correct');
    expect(lms.stored.get('cmi.suspend_data')).toBe('2|abc');
    expect(clock.pending).toEqual([]);
  });

  it('keeps the longest back-off once the list runs out', () => {
    const { lms, clock, tracker, paint } = setUp();
    tracker.start();
    lms.commitResults = Array(6).fill(false);
    tracker.update(report());
    paint();
    for (const delay of [500, 1000, 2000, 2000, 2000]) {
      expect(clock.pending).toEqual([delay]);
      clock.advance(delay);
    }
  });

  it('sends again a value whose SetValue threw', () => {
    const { lms, clock, tracker, paint } = setUp();
    tracker.start();
    lms.throwOn.add('cmi.interactions.0.learner_response');
    tracker.update(report(), [answer('les.v1')]);
    paint();
    expect(lms.stored.get('cmi.interactions.0.learner_response')).toBeUndefined();
    clock.advance(500);
    expect(lms.stored.get('cmi.interactions.0.learner_response')).toBe('bel_politie');
  });

  it('never writes again an element the LMS does not implement, whatever its index, and says nothing to the learner', () => {
    const { lms, clock, tracker, paint, statuses } = setUp(scorm12, '1.2');
    lms.refuse.set(/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, 401);
    tracker.start();
    for (let i = 0; i < 5; i++) {
      tracker.update(report(), [answer(`les.v${i}`)]);
      paint();
      clock.advance(20_000);
    }
    expect(lms.calls.filter((c) => /objectives\.\d+\.id$/.test(c) && c.includes('interactions'))).toEqual(['set cmi.interactions.0.objectives.0.id']);
    expect(statuses).toEqual(['saved']);
    expect(lms.stored.get('cmi.interactions.4.student_response')).toBe('b');
  });

  it('drops a value the LMS refuses as invalid (2004 error 406) after one try, until the value changes', () => {
    const { lms, clock, tracker, paint } = setUp();
    lms.refuse.set(/^cmi\.location$/, 406);
    tracker.start();
    tracker.update(report());
    paint();
    clock.advance(20_000);
    tracker.update(report());
    paint();
    expect(lms.calls.filter((c) => c === 'set cmi.location')).toHaveLength(1);
    lms.refuse.clear();
    tracker.update(report({ location: '2.0' }));
    paint();
    expect(lms.stored.get('cmi.location')).toBe('2.0');
  });

  it('gives up on a value refused for a passing reason after three tries', () => {
    const { lms, clock, tracker, paint } = setUp();
    lms.refuse.set(/^cmi\.progress_measure$/, 351);
    tracker.start();
    tracker.update(report());
    paint();
    clock.advance(60_000);
    expect(lms.calls.filter((c) => c === 'set cmi.progress_measure')).toHaveLength(3);
    expect(clock.pending).toEqual([]);
  });

  it('writes only what changed since the LMS acknowledged it', () => {
    const { lms, tracker, paint } = setUp();
    tracker.start();
    tracker.update(report());
    paint();
    lms.calls = [];
    tracker.update(report({ location: '1.1' }));
    paint();
    expect(lms.calls).toEqual(['set cmi.location', 'set cmi.exit', 'commit']);
  });

  it('leaves with one save: what changed, the session time once, exit last, then Terminate without a Commit', () => {
    const { lms, clock, tracker, paint } = setUp();
    tracker.start();
    tracker.update(report());
    paint();
    lms.calls = [];
    clock.now += 95_500;
    tracker.finish(report({ location: '1.2' }));
    expect(lms.calls).toEqual(['set cmi.location', 'set cmi.session_time', 'set cmi.exit', 'terminate']);
    expect(lms.stored.get('cmi.session_time')).toBe('PT1M35.5S');
    tracker.update(report({ location: '9.9' }));
    tracker.flush();
    paint();
    expect(lms.calls.at(-1)).toBe('terminate');
  });

  it('reports session time in no other save', () => {
    const { lms, clock, tracker, paint } = setUp(scorm12, '1.2');
    tracker.start();
    for (let i = 0; i < 3; i++) {
      clock.now += 10_000;
      tracker.update(report({ location: `1.${i}` }));
      paint();
    }
    tracker.flush();
    expect(lms.calls.some((c) => c.includes('session_time'))).toBe(false);
    tracker.finish(report());
    expect(lms.calls.filter((c) => c.includes('session_time'))).toEqual(['set cmi.core.session_time']);
    expect(lms.stored.get('cmi.core.session_time')).toBe('00:00:30.00');
  });

  it('writes nothing in review mode', () => {
    const { lms, tracker, paint } = setUp();
    lms.launch.set('cmi.mode', 'review');
    tracker.start();
    tracker.update(report(), [answer('les.v1')]);
    paint();
    tracker.finish(report());
    expect(lms.calls).toEqual(['initialize', 'terminate']);
  });

  it('a first launch says "incomplete"; a resumed one (data present, even with entry ab-initio) does not', () => {
    const fresh = setUp();
    fresh.tracker.start();
    fresh.tracker.update(report());
    fresh.paint();
    expect(fresh.lms.stored.get('cmi.completion_status')).toBe('incomplete');
    const back = setUp(scorm12, '1.2');
    back.lms.launch.set('cmi.core.entry', 'ab-initio').set('cmi.suspend_data', '2|abc').set('cmi.interactions._count', '4');
    const launch = back.tracker.start();
    expect(launch.suspendData).toBe('2|abc');
    back.tracker.update(report({ completion: 'incomplete' }), [answer('les.v9')]);
    back.paint();
    expect(back.lms.stored.get('cmi.interactions.4.id')).toBe('les.v9');
  });
});

describe('Tracker in an LMS that adds every reported session time (Chamilo)', () => {
  const sumUp = () => setUp(scorm12, '1.2', 'sum');
  const times = (lms: FakeLms) => lms.calls.filter((c) => c.includes('session_time')).length;

  it('reports the time since the last report at each save and leaves the API at zero, so the LMS\'s own saves add nothing', () => {
    const { lms, clock, tracker, paint } = sumUp();
    tracker.start();
    clock.now += 12_000;
    tracker.update(report({ location: '1.0' }));
    paint();
    expect(lms.stored.get('cmi.core.session_time')).toBe('00:00:12.00');
    expect(lms.api.get('cmi.core.session_time')).toBe('00:00:00.00');
    clock.now += 8_000;
    tracker.update(report({ location: '1.1' }));
    paint();
    expect(lms.stored.get('cmi.core.session_time')).toBe('00:00:08.00');
    expect(lms.summed).toBe(20);
    // Chamilo's own leaving saves, one XHR and one beacon, before the course's pagehide.
    lms.ownSave();
    lms.ownSave();
    expect(lms.summed).toBe(20);
  });

  it('a session time is never the last value of a save (Chamilo cuts its last character): exit is', () => {
    const { lms, clock, tracker, paint } = sumUp();
    tracker.start();
    clock.now += 5_000;
    tracker.update(report());
    paint();
    const save = lms.calls.slice(0, lms.calls.indexOf('commit'));
    expect(save.at(-1)).toBe('set cmi.core.exit');
    expect(save).toContain('set cmi.core.session_time');
  });

  it('while the learner reads, a quiet save every 30 s reports the time; none while nothing happens after leaving', () => {
    const { lms, clock, tracker, paint } = sumUp();
    tracker.start();
    tracker.update(report());
    paint();
    for (let i = 0; i < 3; i++) {
      clock.advance(30_000);
      paint(); // the periodic save, like every save, runs after a paint
    }
    expect(lms.summed).toBe(90);
    expect(lms.calls.filter((c) => c === 'commit')).toHaveLength(4);
    // An answer resets the count: the next quiet save comes 30 s after it, not before.
    clock.advance(10_000);
    tracker.update(report({ location: '2.0' }));
    paint();
    expect(lms.summed).toBe(100);
    clock.advance(29_000);
    paint();
    expect(lms.summed).toBe(100);
    clock.advance(1_000);
    paint();
    expect(lms.summed).toBe(130);
    // Leaving by the LMS's navigation: its page goes first, the course's last save never arrives.
    clock.advance(20_000);
    lms.ownSave();
    lms.ownSave();
    lms.gone = true;
    tracker.finish(report());
    expect(lms.summed).toBe(130); // 150 s spent, 20 s lost: never more than 30 s
    const commits = lms.calls.filter((c) => c === 'commit').length;
    clock.advance(120_000);
    paint();
    expect(lms.calls.filter((c) => c === 'commit')).toHaveLength(commits);
  });

  it('a hidden page reports the time at once', () => {
    const { lms, clock, tracker } = sumUp();
    tracker.start();
    clock.now += 17_250;
    tracker.flush();
    expect(lms.summed).toBe(17.25);
    expect(times(lms)).toBe(2); // the time, then zero
  });

  it('leaving: the time since the last report, committed, zero, then LMSFinish; a leaving save after it adds nothing', () => {
    const { lms, clock, tracker, paint } = sumUp();
    tracker.start();
    tracker.update(report());
    paint();
    lms.calls = [];
    clock.now += 4_000;
    tracker.finish(report({ location: '1.2' }));
    expect(lms.calls).toEqual(['set cmi.core.lesson_location', 'set cmi.core.session_time', 'set cmi.core.exit', 'commit', 'set cmi.core.session_time', 'terminate']);
    expect(lms.summed).toBe(4);
    lms.ownSave();
    expect(lms.summed).toBe(4);
  });

  it('time a failed commit carried is reported again with the next one, once', () => {
    const { lms, clock, tracker, paint } = sumUp();
    tracker.start();
    lms.commitResults = [false];
    clock.now += 10_000;
    tracker.update(report());
    paint();
    expect(lms.summed).toBe(0);
    clock.advance(500); // the retry
    expect(lms.summed).toBe(10.5);
    expect(lms.api.get('cmi.core.session_time')).toBe('00:00:00.00');
  });

  it('2004 vocabulary too (a 2004 runtime that sums)', () => {
    const { lms, clock, tracker, paint } = setUp(scorm2004, '2004', 'sum');
    tracker.start();
    clock.now += 61_000;
    tracker.update(report());
    paint();
    expect(lms.stored.get('cmi.session_time')).toBe('PT1M1S');
    expect(lms.api.get('cmi.session_time')).toBe('PT0S');
  });

  it('in an LMS that keeps the last value, nothing of this: no quiet saves, time once on leaving', () => {
    const { lms, clock, tracker, paint } = setUp(scorm12, '1.2', 'replace');
    tracker.start();
    tracker.update(report());
    paint();
    clock.advance(120_000);
    paint();
    tracker.flush();
    expect(lms.calls.filter((c) => c === 'commit')).toHaveLength(1);
    expect(times(lms)).toBe(0);
    tracker.finish(report());
    expect(lms.stored.get('cmi.core.session_time')).toBe('00:02:00.00');
  });
});

describe('elementPattern', () => {
  it('replaces every index', () => {
    expect(elementPattern('cmi.interactions.12.objectives.0.id')).toBe('cmi.interactions.n.objectives.n.id');
    expect(elementPattern('cmi.objectives.3.score.raw')).toBe('cmi.objectives.n.score.raw');
    expect(elementPattern('cmi.location')).toBe('cmi.location');
  });
});
