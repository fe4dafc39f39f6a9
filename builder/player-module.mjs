// Loads one of the player's own TypeScript modules (src/) into Node, so build tools compute
// with the player's logic instead of a copy of it (npm run stats follows src/progress/screens.ts
// `route`). Rollup bundles the module and what it imports, each file only transpiled by
// TypeScript (no type check: the build's bundle step does that), into a temporary ES module.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import ts from 'typescript';

/**
 * @param {string} root project root
 * @param {string} path a .ts module, relative to the root (e.g. src/progress/screens.ts)
 */
export async function importPlayerModule(root, path) {
  const bundle = await rollup({
    input: join(root, path),
    plugins: [transpileTypeScript()],
    // Packages (lit, i18next) stay imports, resolved from the project's node_modules below.
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  // Inside the project, so the module's package imports resolve from its node_modules.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'player-module-'));
  const out = join(dir, 'module.mjs');
  writeFileSync(out, output[0].code);
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function transpileTypeScript() {
  return {
    name: 'transpile-typescript',
    // src/ imports siblings as "./x.js" (what the browser loads); the source is x.ts.
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      return this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const { outputText } = ts.transpileModule(code, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true, useDefineForClassFields: false },
        fileName: id,
      });
      return { code: outputText, map: null };
    },
  };
}
