// A package that finds only the other version's API tracks through it.
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from './channel.js';

const api12 = { LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: () => '', LMSSetValue: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '0' };
const api2004 = { Initialize: () => 'true', Terminate: () => 'true', GetValue: () => '', SetValue: () => 'true', Commit: () => 'true', GetLastError: () => '0' };

function withWindow(apis: Record<string, unknown>) {
  (globalThis as any).window = { ...apis, opener: null };
  (globalThis as any).window.parent = (globalThis as any).window;
}

describe('connect', () => {
  afterEach(() => delete (globalThis as any).window);
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);

  it("takes the package's own version when both are offered", () => {
    withWindow({ API: api12, API_1484_11: api2004 });
    expect(connect('2004', log, 'k').version).toBe('2004');
    expect(connect('1.2', log, 'k').version).toBe('1.2');
  });
  it('a 2004 package with only window.API tracks through SCORM 1.2, and the reverse', () => {
    withWindow({ API: api12 });
    const c = connect('2004', log, 'k');
    expect([c.version, c.standalone]).toEqual(['1.2', false]);
    withWindow({ API_1484_11: api2004 });
    expect(connect('1.2', log, 'k').version).toBe('2004');
    expect(logs.some((m) => m.includes('tracking through the SCORM 1.2'))).toBe(true);
  });
  it('with neither, the browser keeps the progress', () => {
    withWindow({});
    expect(connect('2004', log, 'k').standalone).toBe(true);
  });
});
