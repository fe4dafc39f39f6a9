import { describe, expect, it } from 'vitest';
import { iso8601Duration, iso8601Timestamp, scorm12Duration, scorm12TimeOfDay } from './time.js';

describe('SCORM time formats', () => {
  it('1.2 CMITimespan: HHHH:MM:SS.SS, 2 to 4 hour digits, capped', () => {
    expect(scorm12Duration(0)).toBe('00:00:00.00');
    expect(scorm12Duration(3723.456)).toBe('01:02:03.46');
    expect(scorm12Duration(59.999)).toBe('00:01:00.00');
    expect(scorm12Duration(-5)).toBe('00:00:00.00');
    expect(scorm12Duration(200 * 3600)).toBe('200:00:00.00');
    expect(scorm12Duration(20000 * 3600)).toMatch(/^9999:/);
  });
  it('2004 duration: never an empty "PT", never "PT50S.21S"', () => {
    expect(iso8601Duration(0)).toBe('PT0S');
    expect(iso8601Duration(50.21)).toBe('PT50.21S');
    expect(iso8601Duration(3600)).toBe('PT1H');
    expect(iso8601Duration(3723.5)).toBe('PT1H2M3.5S');
    expect(iso8601Duration(120)).toBe('PT2M');
    for (const s of [0.004, 1, 59.995, 86399.99, 123456.78]) expect(iso8601Duration(s)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
  });
  it('1.2 time of day and 2004 timestamp', () => {
    const at = new Date(2026, 11, 2, 9, 5, 7, 891);
    expect(scorm12TimeOfDay(at)).toBe('09:05:07');
    expect(iso8601Timestamp(new Date('2026-12-02T09:05:07.891Z'))).toBe('2026-12-02T09:05:07.89Z');
    expect(iso8601Timestamp(new Date('2026-12-02T09:05:07Z'))).toBe('2026-12-02T09:05:07.00Z');
  });
});
