// A broken lesson file fails the build, naming the file, the field and the reason. Each test
// breaks one thing in a copy of lessons/ and runs the validator the build runs (validate.mjs).
import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from './content.mjs';
import { ValidityError } from './validity/index.mjs';
import { validateLessons } from './validate.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));

/** The message the build would print for this project root, or null when it passes. */
function problems(root) {
  try {
    validateLessons(root, 'strict');
    return null;
  } catch (error) {
    if (error instanceof ContentError || error instanceof ValidityError) return error.message;
    throw error;
  }
}

function validateBroken(file, edit) {
  const root = mkdtempSync(join(tmpdir(), 'lessons-'));
  try {
    cpSync(join(project, 'lessons'), join(root, 'lessons'), { recursive: true });
    cpSync(join(project, 'assets'), join(root, 'assets'), { recursive: true });
    const path = join(root, 'lessons', file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, 'the edit must change the file').not.toBe(before);
    writeFileSync(path, after);
    return problems(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the lesson files as they are pass', () => {
  expect(problems(project)).toBeNull();
});

const cases = [
  {
    kind: 'a missing field',
    file: 'hotel-toets/lesson.yaml',
    // the first bank question loses its objective (edits match structure, not ids, so they survive content rewrites)
    edit: (s) => s.replace(/(\n  - id: [a-z0-9-]+\n\s+type: question\n)\s+objective: [a-z-]+\n/, '$1'),
    expected: /lessons\/hotel-toets\/lesson\.yaml: bank\[0\]\.objective: .*(expected|Invalid)/,
  },
  {
    kind: 'a wrong type',
    file: 'courses/hotel.course.yaml',
    edit: (s) => s.replace(/draw: \d+/, 'draw: tien'),
    expected: /lessons\/courses\/hotel\.course\.yaml: assessment\.draw: .*number/,
  },
  {
    kind: 'a draw too small to cover every objective',
    file: 'courses/hotel.course.yaml',
    edit: (s) => s.replace(/minPerObjective: \d+/, 'minPerObjective: 4'),
    expected: /lessons\/courses\/hotel\.course\.yaml: assessment\.draw: draw must leave room for minPerObjective questions of each of the 3 objectives/,
  },
  {
    kind: 'a bank smaller than the course requires (a validity rule)',
    file: 'courses/hotel.course.yaml',
    edit: (s) => s.replace(/minBank: \d+/, 'minBank: 999'),
    expected: /hotel \(nl\): the bank holds \d+ questions; minBank is 999/,
  },
  {
    kind: 'a scenario branch to nowhere',
    file: 'hotel-wat-is-uitbuiting/lesson.yaml',
    edit: (s) => s.replace(/(\{ id: [a-z0-9-]+, next: )[a-z0-9-]+ \}/, '$1nergens }'),
    expected: /lessons\/hotel-wat-is-uitbuiting\/lesson\.yaml: pages\[\d+\]\.blocks\[\d+\]\.steps\.[\w-]+\.options\[\d+\]\.next: "nergens" is neither a step nor an ending/,
  },
  {
    kind: 'an answer key that points to no option',
    file: 'hotel-toets/lesson.yaml',
    edit: (s) => s.replace(/correct: \[[a-z0-9-]+\]/, 'correct: [soms]'),
    expected: /lessons\/hotel-toets\/lesson\.yaml: bank\[0\]\.correct\[0\]: "soms" is not one of the options/,
  },
  {
    kind: 'a missing translation',
    file: 'hotel-toets/en.yaml',
    edit: (s) => s.replace(/\n    prompt: [^\n]*/, ''),
    expected: /lessons\/hotel-toets\/en\.yaml: blocks\.[a-z0-9-]+\.prompt: missing translation/,
  },
  {
    kind: 'text that is not YAML',
    file: 'hotel-signalen/nl.yaml',
    edit: (s) => s.replace(/^title: /m, 'title: : [\n'),
    expected: /lessons\/hotel-signalen\/nl\.yaml: \(file\): not valid YAML/,
  },
  {
    kind: 'a pictogram file that does not exist (lesson)',
    file: 'hotel-wat-te-doen/lesson.yaml',
    edit: (s) => s.replace('icon: icons/do.svg', 'icon: icons/doe-het.svg'),
    expected: /lessons\/hotel-wat-te-doen\/lesson\.yaml: pages\[\d+\]\.blocks\[\d+\]\.icon: assets\/icons\/doe-het\.svg does not exist/,
  },
  {
    kind: 'a pictogram file that does not exist (course)',
    file: 'courses/hotel.course.yaml',
    edit: (s) => s.replace('receptie: icons/reception.svg', 'receptie: icons/balie.svg'),
    expected: /lessons\/courses\/hotel\.course\.yaml: departmentIcons\.receptie: assets\/icons\/balie\.svg does not exist/,
  },
  {
    kind: 'a picture without alt text',
    file: 'hotel-wat-te-doen/lesson.yaml',
    edit: (s) => s.replace(/(\n(\s+)- \{ id: stappen-lijst,)/, '\n$2- { id: sleutel-foto, type: picture, src: icons/room-key.svg }$1'),
    expected: /lessons\/hotel-wat-te-doen\/nl\.yaml: blocks\.sleutel-foto\.alt: missing translation/,
  },
  {
    kind: 'a language status written in the old map form',
    file: 'courses/hotel.course.yaml',
    edit: (s) => s.replace(/^languages: \[nl, en, pl\]$/m, 'languages: { nl: reviewed, en: reviewed, pl: needs-review }'),
    expected: /lessons\/courses\/hotel\.course\.yaml: languages: .*(expected array|Invalid)/,
  },
  {
    kind: 'a sign-off without a full commit, a real date or a name',
    file: 'courses/hotel.course.yaml',
    edit: (s) => `${s}signoffs:\n  - { language: nl, name: " ", role: trainer, date: 2026-02-30, scope: all lessons, commit: 32ec414 }\n`,
    expected:
      /hotel\.course\.yaml: signoffs\[0\]\.name: name the reviewer[\s\S]*signoffs\[0\]\.date: must be a date written as YYYY-MM-DD[\s\S]*signoffs\[0\]\.commit: must be the full 40-character git commit/,
  },
  {
    kind: 'a sign-off for a language the course does not offer',
    file: 'courses/jeugdhulp.course.yaml',
    edit: (s) => `${s}signoffs:\n  - { language: pl, name: A. Jansen, role: trainer, date: 2026-03-01, scope: all lessons, commit: ${'a'.repeat(40)} }\n`,
    expected: /lessons\/courses\/jeugdhulp\.course\.yaml: signoffs\[0\]\.language: "pl" is not one of languages \(nl, en\)/,
  },
  {
    kind: 'a law article in a lesson text that the claims register does not cover',
    file: 'hotel-signalen/en.yaml',
    edit: (s) => s.replace(/^title: (.*)$/m, 'title: "$1 (article 273f)"'),
    expected:
      /lessons\/hotel-signalen\/en\.yaml: title: cites article 273f Sr \("article 273f"\), but lessons\/claims\.yaml has no claim for it used in hotel at hotel-signalen\/title: add "hotel-signalen\/title" to usedIn\.hotel of claim "art-273f-minderjarige"/,
  },
  {
    kind: 'a claim whose usage no longer exists',
    file: 'claims.yaml',
    // the first hotel place list gains a block that does not exist (matches structure, not ids)
    edit: (s) => s.replace(/\n      hotel: \[([^\]\n]+)\]/, '\n      hotel: [$1, hotel-rol-van-het-hotel/vervallen]'),
    expected: /lessons\/claims\.yaml: claims\[\d+\]\.usedIn\.hotel\[\d+\]: "hotel-rol-van-het-hotel\/vervallen" is not a place in course hotel/,
  },
  {
    kind: 'a claim without a verified status',
    file: 'claims.yaml',
    edit: (s) => s.replace(/\n    verified: secondary\n/, '\n'),
    expected: /lessons\/claims\.yaml: claims\[\d+\]\.verified: /,
  },
];

describe('a broken lesson file', () => {
  for (const c of cases) {
    test(`${c.kind} fails with the file, the field and the reason`, () => {
      expect(validateBroken(c.file, c.edit)).toMatch(c.expected);
    });
  }
});
