// Pictures a course references from assets/: found, checked and optimised here, so a package
// holds exactly the files its lessons use (see assets/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { optimize } from 'svgo';

/**
 * Every asset a course references, with the file and field that names it. A missing file is a
 * problem "<file>: <field>: assets/<path> does not exist".
 * @returns {string[]} asset paths relative to assets/, sorted, each once
 */
export function checkAssets(root, course, problems) {
  const courseFile = `lessons/courses/${course.id}.course.yaml`;
  const refs = [];
  if (course.icon) refs.push({ file: courseFile, field: 'icon', path: course.icon });
  for (const [d, path] of Object.entries(course.departmentIcons ?? {})) refs.push({ file: courseFile, field: `departmentIcons.${d}`, path });
  course.help.forEach((r, i) => r.icon && refs.push({ file: courseFile, field: `help[${i}].icon`, path: r.icon }));
  for (const lesson of course.lessons) {
    (lesson.pages ?? []).forEach((page, p) =>
      page.blocks.forEach((block, b) => {
        const field = `pages[${p}].blocks[${b}]`;
        const file = `lessons/${lesson.id}/lesson.yaml`;
        if (block.icon) refs.push({ file, field: `${field}.icon`, path: block.icon });
        if (block.type === 'picture') refs.push({ file, field: `${field}.src`, path: block.src });
      }),
    );
  }
  for (const ref of refs) {
    if (!existsSync(join(root, 'assets', ref.path))) problems.push(`${ref.file}: ${ref.field}: assets/${ref.path} does not exist`);
  }
  return [...new Set(refs.map((r) => r.path))].sort();
}

const SVGO = {
  multipass: true,
  plugins: [
    // Sizes come from CSS; the viewBox keeps the drawing scalable.
    { name: 'preset-default' },
    'removeDimensions',
  ],
};

/**
 * The package files for a course's assets: each SVG optimised with svgo, plus the licence text
 * of every folder they come from (LICENSE*.txt beside them), as the icon set's licence asks.
 * @returns {Record<string, string>} zip path → content
 */
export function assetFiles(root, paths) {
  const files = {};
  for (const path of paths) {
    const svg = readFileSync(join(root, 'assets', path), 'utf8');
    files[`assets/${path}`] = optimize(svg, { ...SVGO, path }).data;
  }
  for (const dir of new Set(paths.map((p) => dirname(p)))) {
    for (const name of readdirSync(join(root, 'assets', dir)).filter((f) => /^LICENSE.*\.txt$/.test(f))) {
      files[posix.join('assets', dir, name)] = readFileSync(join(root, 'assets', dir, name), 'utf8');
    }
  }
  return files;
}
