// SCORM time formats. 1.2 and 2004 disagree on every one of them.

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours 2 to 4 digits). */
export function scorm12Duration(totalSeconds: number): string {
  const centis = Math.max(0, Math.round(totalSeconds * 100));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. PT1H2M3.5S; never an empty "PT". */
export function iso8601Duration(totalSeconds: number): string {
  const centis = Math.max(0, Math.round(totalSeconds * 100));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || out === 'PT') out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

/** SCORM 1.2 CMITime (time of day): HH:MM:SS. */
export function scorm12TimeOfDay(date: Date): string {
  return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}

/** SCORM 2004 time(second,10,0): a UTC timestamp with at most two decimals. */
export function iso8601Timestamp(date: Date): string {
  return date.toISOString().replace(/(\.\d{2})\d*Z$/, '$1Z');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
