// Faults an LMS really shows, injected into the preview LMS for the tests (issue: never lose an
// answer). `faults` is a comma-separated list:
//   commit-fail-30  about 30 % of commits return "false" (seeded, so runs repeat)
//   throw-set-10    about 10 % of SetValue calls throw
//   init-fail-once  the first Initialize returns "false"
export function installFaults(api, spec, is12) {
  const faults = new Set((spec ?? '').split(',').filter(Boolean));
  if (!faults.size) return api;
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const name = (n12, n2004) => (is12 ? n12 : n2004);
  const wrapped = { ...api };
  const commit = name('LMSCommit', 'Commit');
  const set = name('LMSSetValue', 'SetValue');
  const init = name('LMSInitialize', 'Initialize');
  window.lms.faultsInjected = 0;
  if (faults.has('commit-fail-30')) {
    wrapped[commit] = (arg) => {
      if (random() < 0.3) {
        window.lms.faultsInjected++;
        return 'false';
      }
      return api[commit](arg);
    };
  }
  if (faults.has('throw-set-10')) {
    wrapped[set] = (element, value) => {
      if (random() < 0.1) {
        window.lms.faultsInjected++;
        throw new Error('LMS adapter exploded');
      }
      return api[set](element, value);
    };
  }
  if (faults.has('init-fail-once')) {
    let failed = false;
    wrapped[init] = (arg) => {
      if (!failed) {
        failed = true;
        window.lms.faultsInjected++;
        return 'false';
      }
      return api[init](arg);
    };
  }
  return wrapped;
}
