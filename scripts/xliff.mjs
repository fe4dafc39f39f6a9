// npm run xliff:export -- <course> <lang> [out.xlf] [--from earlier.xlf]
//                                                   every text of a course in <lang>, for a translator;
//                                                   --from reuses an earlier file's translations where
//                                                   the source did not change
// npm run xliff:import -- <file.xlf>                  writes the translated language files back
// The file format and the checks are in builder/xliff.mjs; the steps in lessons/README.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { ContentError, loadContent } from '../builder/content.mjs';
import { exportXliff, importXliff, XliffError } from '../builder/xliff.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [command, ...args] = process.argv.slice(2);

async function main() {
  const { courses } = loadContent(root);
  if (command === 'export') {
    const from = args.indexOf('--from');
    const previous = from >= 0 ? readFileSync(args.splice(from, 2)[1], 'utf8') : undefined;
    const [courseId, lang, out = `translations/${courseId}.${lang}.xlf`] = args;
    const course = courses.find((c) => c.id === courseId);
    if (!course || !/^[a-z]{2,3}$/.test(lang ?? '')) {
      throw new Error(`usage: npm run xliff:export -- <course> <lang> [out.xlf]; courses: ${courses.map((c) => c.id).join(', ')}; lang such as pl`);
    }
    const xml = await exportXliff(root, course, lang, previous);
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(resolve(out), xml + '\n');
    const open = (xml.match(/<\/source>\s*<\/segment>/g) ?? []).length;
    console.log(`wrote ${out}: ${(xml.match(/<unit /g) ?? []).length} units, ${open} to translate, ${course.languages[0]} → ${lang}`);
  } else if (command === 'import') {
    const [file] = args;
    if (!file) throw new Error('usage: npm run xliff:import -- <file.xlf>');
    const xml = readFileSync(file, 'utf8');
    const course = courses.find((c) => xml.includes(`<file id="course.${c.id}"`));
    if (!course) throw new XliffError(file, [`no <file id="course.<id>"> naming one of the courses (${courses.map((c) => c.id).join(', ')})`]);
    const { target, files } = await importXliff(root, course, xml, file);
    for (const [path, text] of Object.entries(files)) {
      const body = path.endsWith('.json')
        ? JSON.stringify(text, null, 2) + '\n'
        : `# ${target}: written by npm run xliff:import from ${file.split('/').pop()}; edit here or re-import\n` + stringify(text, { lineWidth: 0 });
      writeFileSync(join(root, path), body);
    }
    console.log(`wrote ${Object.keys(files).length} ${target} files for ${course.id}`);
    if (!course.languages.includes(target)) console.log(`next: add ${target} to languages: [...] in lessons/courses/${course.id}.course.yaml (it stays needs-review until a reviewer signs it off), then npm run build`);
  } else {
    throw new Error('usage: node scripts/xliff.mjs export <course> <lang> [out.xlf] | import <file.xlf>');
  }
}

main().catch((error) => {
  console.error(error instanceof ContentError || error instanceof XliffError ? error.message : String(error.message ?? error));
  process.exit(1);
});
