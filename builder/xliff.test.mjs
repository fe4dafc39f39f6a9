// The translator's round trip (builder/xliff.mjs) on the real courses: export, import, same files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadContent } from './content.mjs';
import { exportXliff, importXliff } from './xliff.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { courses } = loadContent(root);
const read = (path) => (path.endsWith('.json') ? JSON.parse(readFileSync(join(root, path), 'utf8')) : parse(readFileSync(join(root, path), 'utf8')));
const hotel = courses.find((c) => c.id === 'hotel');

describe('XLIFF round trip', () => {
  for (const course of courses) {
    for (const lang of course.languages.slice(1)) {
      test(`${course.id} ${lang}: export then import gives back every language file exactly`, async () => {
        const xml = await exportXliff(root, course, lang);
        const { target, files } = await importXliff(root, course, xml);
        expect(target).toBe(lang);
        expect(Object.keys(files).sort()).toEqual(
          [`lessons/courses/${course.id}.${lang}.yaml`, `src/i18n/${lang}.json`, ...[...course.lessons.map((l) => l.id), course.assessment.lesson].map((id) => `lessons/${id}/${lang}.yaml`)].sort(),
        );
        for (const [path, text] of Object.entries(files)) expect(text, path).toEqual(read(path));
      });
    }
  }

  test('each unit carries its context: where, which role, a length hint, the source and its hash', async () => {
    const xml = await exportXliff(root, hotel, 'en');
    // The shortest answer option of the lessons' scenarios (the hotel lessons practise in scenarios;
    // short texts carry a length limit).
    const options = hotel.lessons.flatMap((l) =>
      l.pages.flatMap((p) =>
        p.blocks.filter((b) => b.type === 'scenario').flatMap((b) =>
          Object.entries(b.steps).flatMap(([step, s]) => s.options.map((o) => ({ l, p, b, step, option: o.id, label: l.text.nl.blocks[b.id].steps[step].options[o.id].label }))),
        ),
      ),
    );
    const { l, p, b, step, option, label } = options.sort((x, y) => x.label.length - y.label.length)[0];
    const unit = xml.match(new RegExp(`<unit id="blocks\\.${b.id}\\.steps\\.${step}\\.options\\.${option}\\.label"[^>]*>[\\s\\S]*?</unit>`))[0];
    expect(unit).toContain(`lesson ${l.id}, page ${p.id}, block ${b.id}`);
    expect(unit).toContain('role: option');
    expect(unit).toMatch(/slr:sizeRestriction="\d+"/);
    expect(unit).toMatch(/ssx:sourceHash="[0-9a-f]{12}"/);
    expect(unit).toContain(`<source>${label}</source>`);
  });

  test('a new export reuses an earlier translation where the source is unchanged, and asks again where it changed', async () => {
    const earlier = await exportXliff(root, hotel, 'en');
    const changed = { ...hotel, text: { ...hotel.text, nl: { ...hotel.text.nl, title: 'Een nieuwe titel' } } };
    const empty = { ...changed, text: { ...changed.text, en: {} } };
    // With no English files to read from, everything comes from the earlier export.
    const xml = await exportXliff(join(root, 'no-such-folder'), empty, 'en', earlier);
    const unit = (id) => xml.match(new RegExp(`<unit id="${id}"[^>]*>[\\s\\S]*?</unit>`))[0];
    expect(unit('description')).toContain(`<target>${hotel.text.en.description}</target>`);
    expect(unit('title')).not.toContain('<target>');
    expect(unit('title')).toContain(`the earlier translation was: ${hotel.text.en.title}`);
  });

  test('Polish plural forms are asked for (one, few, many, other) from the Dutch one/other', async () => {
    const xml = await exportXliff(root, hotel, 'pl');
    for (const form of ['one', 'few', 'many', 'other']) expect(xml).toContain(`<unit id="assessment.open_${form}"`);
  });
});

describe('XLIFF import refuses a file it cannot trust, naming the unit', () => {
  const translated = () => exportXliff(root, hotel, 'en');
  const refusal = async (xml, course = hotel) => {
    try {
      await importXliff(root, course, xml, 'hotel.en.xlf');
    } catch (error) {
      return error.message;
    }
    throw new Error('import accepted the file');
  };

  test('a missing unit', async () => {
    const xml = (await translated()).replace(/<unit id="welcome\.title"[\s\S]*?<\/unit>/, '');
    expect(await refusal(xml)).toMatch(/hotel\.en\.xlf: cannot import[\s\S]*file course\.hotel, unit welcome\.title: missing/);
  });

  test('a unit whose source text changed since export', async () => {
    const xml = await translated();
    const changed = { ...hotel, text: { ...hotel.text, nl: { ...hotel.text.nl, title: 'Een nieuwe titel' } } };
    expect(await refusal(xml, changed)).toMatch(/file course\.hotel, unit title: the nl text changed since export/);
  });

  test('a placeholder lost in translation', async () => {
    const xml = (await translated()).replace(/(<unit id="progressLabel"[\s\S]*?<target>)[^<]*/, '$1done');
    expect(await refusal(xml)).toMatch(/file player, unit progressLabel: placeholders \{\{percent\}\} expected, found \(none\)/);
  });

  test('markup added to plain text, and XLIFF inline codes', async () => {
    const withTag = (await translated()).replace(/(<unit id="welcome\.title"[\s\S]*?<target>)[^<]*/, '$1&lt;b&gt;Welcome&lt;/b&gt;');
    expect(await refusal(withTag)).toMatch(/unit welcome\.title: markup \(none\) expected, found <\/b> <b>/);
    const withPh = (await translated()).replace(/(<unit id="welcome\.title"[\s\S]*?<target>)[^<]*/, '$1Welcome <ph id="1"/>');
    expect(await refusal(withPh)).toMatch(/unit welcome\.title: contains XLIFF inline markup/);
  });

  test('a unit left untranslated, and a file that is not XLIFF', async () => {
    const xml = (await translated()).replace(/(<unit id="welcome\.title"[\s\S]*?)<target>[^<]*<\/target>/, '$1');
    expect(await refusal(xml)).toMatch(/unit welcome\.title: no translation/);
    expect(await refusal('<html>')).toMatch(/hotel\.en\.xlf: cannot import \(1 problem\):\n\s+not valid XLIFF/);
  });
});
