// One bundle for every course: the player is the same, only course.json and locales differ.
// scorm-again never enters it (it is the LMS side, used by preview/ and e2e/ only).
// Two chunks: app.js, what the first screen needs, and lesson-screens.js, the screens after the
// welcome, which app.js imports (relative to itself) once the first screen is up.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'src/main.ts',
  output: { dir: 'dist/.bundle', entryFileNames: 'app.js', chunkFileNames: '[name].js', format: 'es', sourcemap: false },
  plugins: [
    nodeResolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist/.bundle', rootDir: '.', noEmitOnError: true }),
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
  onwarn(warning, warn) {
    // lit's decorators compile to `this` at the top level of helper code; harmless.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
