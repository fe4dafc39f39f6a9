// Recognising an LMS that adds every reported session time, from what Chamilo 1.11.28 was seen to expose.
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from './channel.js';
import { timeRuleOf } from './time-rule.js';

const api12 = { LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: () => '', LMSSetValue: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '0' };
const chamiloApi = { ...api12, save_asset: () => {}, void_save_asset: () => {} };
const page = (globals: Record<string, unknown> = {}) => globals as unknown as Window;

describe('timeRuleOf', () => {
  it("Chamilo's API object (save_asset and void_save_asset) sums", () => {
    expect(timeRuleOf(chamiloApi, page())).toBe('sum');
  });
  it("Chamilo's player page (a global olms) sums", () => {
    expect(timeRuleOf(api12, page({ olms: {} }))).toBe('sum');
  });
  it('one of the two methods alone, or a plain API, is the standard rule', () => {
    expect(timeRuleOf({ ...api12, save_asset: () => {} }, page())).toBe('replace');
    expect(timeRuleOf(api12, page())).toBe('replace');
    expect(timeRuleOf(api12, undefined)).toBe('replace');
  });
  it('a window that throws on reading is the standard rule, not an error', () => {
    const hostile = new Proxy({}, { get: () => { throw new DOMException('Blocked', 'SecurityError'); } });
    expect(timeRuleOf(api12, hostile as Window)).toBe('replace');
  });
});

describe('connect', () => {
  afterEach(() => delete (globalThis as any).window);
  it("gives the channel the time rule of the LMS whose API it found", () => {
    const lmsPage: any = { API: chamiloApi, opener: null };
    lmsPage.parent = lmsPage;
    const course: any = { opener: null, parent: lmsPage };
    (globalThis as any).window = course;
    expect(connect('2004', () => {}, 'k').timeRule).toBe('sum');
    lmsPage.API = api12;
    expect(connect('1.2', () => {}, 'k').timeRule).toBe('replace');
  });
});
