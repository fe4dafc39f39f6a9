// The preview LMS's store: only a save that arrives stores anything; how each LMS adds up time.
import { describe, expect, it } from 'vitest';
import { createStore, durationSeconds, formatDuration } from './lms-store.js';
import chamilo from './profiles/chamilo.js';
import moodle from './profiles/moodle.js';

describe('lms-store', () => {
  it('stores what a save carried, and loses what a failed save carried', () => {
    const store = createStore({ is12: false });
    store.set('cmi.location', '1.0');
    store.discard();
    store.set('cmi.suspend_data', 'x');
    store.save();
    expect(store.held).toEqual({ 'cmi.suspend_data': 'x', 'cmi.total_time': 'PT0H0M0S' });
  });
  it('replace: earlier sessions plus the last session time reported', () => {
    const store = createStore({ is12: true, previousSeconds: 60 });
    store.set('cmi.core.session_time', '00:00:10.00');
    store.save();
    store.set('cmi.core.session_time', '00:00:30.00');
    store.save({ final: true });
    expect(store.totalSeconds).toBe(90);
    expect(store.held['cmi.core.total_time']).toBe('0000:01:30.00');
  });
  it('sum (Chamilo): every reported session time is added, but only when reported', () => {
    const store = createStore({ is12: true, timeRule: 'sum' });
    for (const t of ['00:00:10.00', '00:00:20.00']) {
      store.set('cmi.core.session_time', t);
      store.save();
    }
    store.save();
    store.save();
    expect(store.totalSeconds).toBe(30);
  });
  it("sum (Chamilo): a save that posts the whole state adds the session time the API still holds [99]", () => {
    const store = createStore({ is12: true, timeRule: 'sum' });
    store.set('cmi.core.session_time', '00:00:10.00');
    store.save({ apiSessionTime: '00:00:10.00' });
    store.set('cmi.core.session_time', '00:00:20.00');
    store.save({ apiSessionTime: '00:00:20.00' });
    // Chamilo's own leaving saves: nothing set since, the API still holds 20 s.
    store.save({ apiSessionTime: '00:00:20.00' });
    store.save({ apiSessionTime: '00:00:20.00' });
    expect(store.totalSeconds).toBe(70);
    // A course that set the API back to zero after its last report: its leaving saves add nothing.
    store.set('cmi.core.session_time', '00:00:00.00');
    store.save({ apiSessionTime: '00:00:00.00' });
    expect(store.totalSeconds).toBe(70);
  });
  it('replace-at-finish (Moodle): no total time before Terminate', () => {
    const store = createStore({ is12: false, timeRule: 'replace-at-finish' });
    store.set('cmi.session_time', 'PT12S');
    store.save();
    expect(store.held['cmi.total_time']).toBeUndefined();
    store.save({ final: true });
    expect(store.held['cmi.total_time']).toBe('PT0H0M12S');
  });
  it('reads both duration formats', () => {
    expect(durationSeconds('0001:02:03.50')).toBe(3723.5);
    expect(durationSeconds('PT1H2M3.5S')).toBe(3723.5);
    expect(durationSeconds('P')).toBeUndefined();
    expect(formatDuration(3723.5, false)).toBe('PT1H2M3.5S');
  });
});

describe('profiles', () => {
  it('Moodle takes the last declared objective as the passing score, 1.0 without a measure', () => {
    const manifest = (objectives) => ({ objectives, masteryScore: undefined });
    expect(moodle.launchValues({ is12: false, manifest: manifest([{ minNormalizedMeasure: 0.8 }]) })).toEqual({ 'cmi.scaled_passing_score': 0.8 });
    expect(moodle.launchValues({ is12: false, manifest: manifest([{ minNormalizedMeasure: 0.8 }, {}]) })).toEqual({ 'cmi.scaled_passing_score': 1 });
  });
  it('Moodle refuses a hyphen in a 2004 choice response, not elsewhere', () => {
    const get = () => 'choice';
    expect(moodle.refuse('cmi.interactions.0.learner_response', 'a-b[,]c', { is12: false, get })).toBe(406);
    expect(moodle.refuse('cmi.interactions.0.correct_responses.0.pattern', 'a_b[,]c', { is12: false, get })).toBe(0);
    expect(moodle.refuse('cmi.interactions.0.learner_response', 'a-b', { is12: false, get: () => 'fill-in' })).toBe(0);
    expect(moodle.refuse('cmi.interactions.0.student_response', 'a-b', { is12: true, get })).toBe(0);
  });
  it('Chamilo leaves first with two saves of its own, and can be recognised [86, 88, 106]', () => {
    expect(chamilo).toMatchObject({ leaving: 'lms-first', leavingSaves: ['xhr', 'beacon'], apiMarks: ['save_asset', 'void_save_asset'], pageGlobals: ['olms'], storesExit: false });
    expect(moodle.leaving).toBe('course-first');
  });
  it('Chamilo cuts the last character of the last value of a save, and refuses interaction objectives', () => {
    expect(chamilo.editSave([['a', 'xyz'], ['cmi.core.exit', 'suspend']])).toEqual([['a', 'xyz'], ['cmi.core.exit', 'suspen']]);
    expect(chamilo.refuse('cmi.interactions.3.objectives.0.id')).toBe(401);
    expect(chamilo.apis('scorm2004')).toEqual(['scorm12']);
  });
});
