// `npm test`: machine setup, unit tests, build, browser tests, in that order (the fast layer
// fails first), then the time each step took. Arguments go to Playwright, e.g.
// `npm test -- e2e/faults.spec.ts`.
import { spawnSync } from 'node:child_process';

const steps = [
  ['setup', 'node', ['scripts/setup.mjs']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'node', ['builder/build.mjs']],
  ['e2e', 'npx', ['playwright', 'test', ...process.argv.slice(2)]],
];

const took = [];
let status = 0;
for (const [name, command, args] of steps) {
  const started = performance.now();
  status = spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
  took.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) break;
}
console.log(`\nnpm test: ${took.join(', ')}${status ? ' (stopped at the first failure)' : ''}`);
process.exit(status);
