// One small interface over the two SCORM APIs (and the browser-only fallback). Every call is
// guarded: an LMS that throws, or answers with HTML instead of "true", gives `false`, never an
// exception in the course. Version differences in *what* is written live in dialect.ts.
import { findApi } from './discover.js';
import { timeRuleOf, type TimeRule } from './time-rule.js';

export type ScormVersion = '1.2' | '2004';

/** ok; refused: the LMS said no (an error code); failed: it threw or did not answer, worth retrying. */
export type SetResult = 'ok' | 'refused' | 'failed';

export interface CmiChannel {
  readonly version: ScormVersion;
  /** true when no LMS was found and progress is kept in this browser only */
  readonly standalone: boolean;
  /** how this LMS adds up reported session times (time-rule.ts); absent: the standard rule */
  readonly timeRule?: TimeRule;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): SetResult;
  commit(): boolean;
  terminate(): boolean;
  lastError(): number;
}

interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
}

interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
}

export type ChannelLog = (message: string, error?: unknown) => void;

/** Some LMSs return true/false, most return "true"/"false"; a few prepend HTML. */
const ok = (result: unknown) => result === true || (typeof result === 'string' && /(^|>)\s*true\s*$/.test(result));

function guard<T>(log: ChannelLog, what: string, call: () => T, fallback: T): T {
  try {
    return call();
  } catch (error) {
    log(`${what} threw`, error);
    return fallback;
  }
}

function setResult(log: ChannelLog, what: string, call: () => unknown): SetResult {
  try {
    return ok(call()) ? 'ok' : 'refused';
  } catch (error) {
    log(`${what} threw`, error);
    return 'failed';
  }
}

export class Scorm12Channel implements CmiChannel {
  readonly version = '1.2';
  readonly standalone = false;
  constructor(private api: Scorm12Api, private log: ChannelLog, readonly timeRule: TimeRule = 'replace') {}
  initialize() { return guard(this.log, 'LMSInitialize', () => ok(this.api.LMSInitialize('')), false); }
  get(element: string) { return guard(this.log, `LMSGetValue ${element}`, () => String(this.api.LMSGetValue(element) ?? ''), ''); }
  set(element: string, value: string) { return setResult(this.log, `LMSSetValue ${element}`, () => this.api.LMSSetValue(element, value)); }
  commit() { return guard(this.log, 'LMSCommit', () => ok(this.api.LMSCommit('')), false); }
  terminate() { return guard(this.log, 'LMSFinish', () => ok(this.api.LMSFinish('')), false); }
  lastError() { return guard(this.log, 'LMSGetLastError', () => Number(this.api.LMSGetLastError()) || 0, 0); }
}

export class Scorm2004Channel implements CmiChannel {
  readonly version = '2004';
  readonly standalone = false;
  constructor(private api: Scorm2004Api, private log: ChannelLog, readonly timeRule: TimeRule = 'replace') {}
  initialize() { return guard(this.log, 'Initialize', () => ok(this.api.Initialize('')), false); }
  get(element: string) { return guard(this.log, `GetValue ${element}`, () => String(this.api.GetValue(element) ?? ''), ''); }
  set(element: string, value: string) { return setResult(this.log, `SetValue ${element}`, () => this.api.SetValue(element, value)); }
  commit() { return guard(this.log, 'Commit', () => ok(this.api.Commit('')), false); }
  terminate() { return guard(this.log, 'Terminate', () => ok(this.api.Terminate('')), false); }
  lastError() { return guard(this.log, 'GetLastError', () => Number(this.api.GetLastError()) || 0, 0); }
}

/**
 * Without an LMS the course still works: values are kept in localStorage under one key per
 * course, in the 2004 vocabulary, so a learner who reopens the page resumes.
 */
export class BrowserChannel implements CmiChannel {
  readonly version = '2004';
  readonly standalone = true;
  private values: Record<string, string> = {};
  constructor(private storageKey: string, private log: ChannelLog) {}
  initialize() {
    this.values = guard(this.log, 'localStorage read', () => JSON.parse(localStorage.getItem(this.storageKey) ?? '{}'), {});
    if (this.values['cmi.exit'] === 'suspend') this.values['cmi.entry'] = 'resume';
    return true;
  }
  get(element: string) {
    if (element === 'cmi.interactions._count') return String(Object.keys(this.values).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length);
    return this.values[element] ?? '';
  }
  set(element: string, value: string): SetResult {
    this.values[element] = value;
    return 'ok';
  }
  commit() {
    return guard(this.log, 'localStorage write', () => (localStorage.setItem(this.storageKey, JSON.stringify(this.values)), true), false);
  }
  terminate() { return this.commit(); }
  lastError() { return 0; }
}

/**
 * The package asks for its own SCORM version first, through every frame up and the opener.
 * Only when that API is nowhere does it take the other one: an LMS with a single runtime
 * (Chamilo 1.11 has only 1.2) still gets the learner's results, in its own vocabulary.
 * Some LMSs expose both APIs, so the package's own version always wins when present.
 */
export function connect(version: ScormVersion, log: ChannelLog, storageKey: string): CmiChannel {
  const order: ScormVersion[] = version === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const wanted of order) {
    const channel = wanted === '2004' ? find2004(log) : find12(log);
    if (!channel) continue;
    if (wanted !== version) log(`no SCORM ${version} runtime found; tracking through the SCORM ${wanted} one`);
    return channel;
  }
  return new BrowserChannel(storageKey, log);
}

function find2004(log: ChannelLog): CmiChannel | undefined {
  const found = findApi<Scorm2004Api>('API_1484_11');
  return found && new Scorm2004Channel(found.api, log, ruleOf(found.api, found.host, log));
}

function find12(log: ChannelLog): CmiChannel | undefined {
  const found = findApi<Scorm12Api>('API');
  return found && new Scorm12Channel(found.api, log, ruleOf(found.api, found.host, log));
}

function ruleOf(api: object, host: Window, log: ChannelLog): TimeRule {
  const rule = timeRuleOf(api, host);
  if (rule === 'sum') log('this LMS adds every reported session time (Chamilo): time is reported as it passes, at each save');
  return rule;
}
