// The import graph, checked: the course model (course/, progress/) is pure and owns its words,
// the LMS adapter and the elements depend on it, never the other way round; elements never see
// the session or the LMS. Imports are read from the source text, so a new file is covered at once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Every source module under src/ (tests and fixtures left out) with the modules it imports, as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs)$/.test(entry.name) && !/\.(test|fixture)\.ts$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
          (m) => m[1] ?? m[2] ?? m[3],
        );
        graph.set(
          relative(SRC, path),
          specifiers.map((s) => (s.startsWith('.') ? relative(SRC, resolve(dirname(path), s)).replace(/\.js$/, '.ts') : s)),
        );
      }
    }
  };
  walk(SRC);
  return graph;
}

const graph = importGraph();
const importsOf = (prefix: string) => [...graph].filter(([file]) => file.startsWith(prefix)).flatMap(([file, deps]) => deps.map((dep) => `${file} → ${dep}`));
const arrows = (from: string, to: RegExp) => importsOf(from).filter((arrow) => to.test(arrow.split(' → ')[1]));

describe('import graph', () => {
  it('reads the imports (sanity: a known arrow is found)', () => {
    expect(importsOf('session.ts')).toContain('session.ts → progress/transition.ts');
    expect(graph.size).toBeGreaterThan(20);
  });

  for (const model of ['course/', 'progress/']) {
    it(`has no arrow from ${model} into lms/, components/, the session or i18n`, () => {
      expect(arrows(model, /^(lms|components|i18n)\/|^(session|main)\.ts$/)).toEqual([]);
    });

    it(`keeps ${model} free of the DOM's libraries (lit, i18next) and of zod at run time`, () => {
      const runtime = [...graph]
        .filter(([file]) => file.startsWith(model))
        .flatMap(([file]) => [...readFileSync(join(SRC, file), 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*from\s+['"](lit|i18next|zod)[^'"]*['"]/gm)].map((m) => `${file} → ${m[1]}`));
      expect(runtime).toEqual([]);
    });
  }

  it('has no arrow from lms/ into components/ or the session', () => {
    expect(arrows('lms/', /^components\/|^session\.ts$/)).toEqual([]);
  });

  it('lets no element but the root know the session or the LMS', () => {
    const leaks = arrows('components/', /^lms\/|^session\.ts$/).filter((arrow) => !arrow.startsWith('components/course-app.ts → session.ts') && !arrow.startsWith('components/session-controller.ts → session.ts'));
    expect(leaks).toEqual([]);
  });
});
