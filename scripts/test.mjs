// `npm test`: machine setup, then the unit tests and the build side by side (neither needs the
// other; the build's output is shown after the unit tests'), then the browser tests against the
// built packages, then the time each step took. A failing step stops the run before the browser
// tests. Arguments go to Playwright, e.g. `npm test -- e2e/faults.spec.ts`.
import { spawn } from 'node:child_process';

/** Runs a command; resolves with its exit status, the seconds it took and (when captured) its output. */
function run(command, args, { capture = false } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (status) => resolve({ status: status ?? 1, seconds: (performance.now() - started) / 1000, output }));
  });
}

const took = [];
const report = (name, { seconds }) => took.push(`${name} ${seconds.toFixed(1)} s`);
const finish = (status) => {
  console.log(`\nnpm test: ${took.join(', ')}${status ? ' (stopped at the first failure)' : ''}`);
  process.exit(status);
};

const setup = await run('node', ['scripts/setup.mjs']);
report('setup', setup);
if (setup.status) finish(setup.status);

const building = run('node', ['builder/build.mjs'], { capture: true });
const unit = await run('npx', ['vitest', 'run']);
report('unit', unit);
const build = await building;
process.stdout.write(`\n${build.output}`);
report('build (beside unit)', build);
if (unit.status || build.status) finish(unit.status || build.status);

const e2e = await run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
report('e2e', e2e);
finish(e2e.status);
