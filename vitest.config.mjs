// Unit tests: fast, no browser. They sit next to the module they test as `*.test.ts` / `*.test.mjs`;
// the browser tests in e2e/ are Playwright's (`*.spec.ts`) and are not run here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{src,builder,preview,report,scripts}/**/*.test.{ts,mjs,js}'],
    environment: 'node',
    // No test file mocks a module or changes a global, so the files can share their workers'
    // module cache: half the time of a fresh module graph per file.
    pool: 'threads',
    isolate: false,
  },
});
