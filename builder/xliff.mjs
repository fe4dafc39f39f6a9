// A translator's round trip through XLIFF 2.0 (written and read with the `xliff` library):
// exportXliff() puts every text of a course (course file, lessons, final test, player strings)
// in one file, the source language's text beside the target's, with context per unit;
// importXliff() turns a translated file back into the language files, refusing it with a clear
// list of problems when units are missing, a source text changed since export, or placeholders
// and markup do not match. See lessons/README.md, "Adding a language".
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';

/** Attributes of our own on each unit live in their own namespace, as XLIFF 2.0 allows. */
const NS = 'urn:signaleren:xliff:1';
const PLURAL = /_(zero|one|two|few|many|other)$/;

export const sourceHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** "a.b.0.c" paths of every string in a text resource, in document order. */
export function flattenText(value, prefix = '') {
  if (typeof value === 'string') return [[prefix, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => flattenText(v, `${prefix}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => flattenText(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

/** The files a course's texts live in, per language, with how to describe each unit. */
function textFiles(root, course) {
  const files = [{ id: `course.${course.id}`, path: (l) => `lessons/courses/${course.id}.${l}.yaml`, text: course.text, describe: () => 'course: welcome, help panel, catalogue' }];
  const lessons = [...course.lessons, ...(course.assessment ? [{ id: course.assessment.lesson, bank: course.assessment.bank, text: course.assessment.text }] : [])];
  for (const lesson of lessons) {
    const pageOf = new Map((lesson.pages ?? []).flatMap((p) => p.blocks.map((b) => [b.id, p.id])));
    files.push({
      id: lesson.id,
      path: (l) => `lessons/${lesson.id}/${l}.yaml`,
      text: lesson.text,
      describe: (key) => {
        const block = key.match(/^blocks\.([^.]+)/)?.[1];
        const page = key.match(/^pages\.([^.]+)$/)?.[1] ?? pageOf.get(block);
        return lesson.bank ? `final test ${lesson.id}, question ${block}` : `lesson ${lesson.id}${page ? `, page ${page}` : ''}${block ? `, block ${block}` : ''}`;
      },
    });
  }
  const player = (l) => join(root, 'src/i18n', `${l}.json`);
  files.push({
    id: 'player',
    path: (l) => `src/i18n/${l}.json`,
    text: new Proxy({}, { get: (_, l) => (existsSync(player(l)) ? JSON.parse(readFileSync(player(l), 'utf8')) : undefined) }),
    describe: () => 'player: buttons, menus, messages (shared by every course)',
  });
  return files;
}

/** What a unit is, from the shape of its key: the translator sees it in the note. */
function roleOf(key) {
  const rules = [
    [/\.options\.[^.]+\.label$/, 'option (an answer the learner picks)'],
    [/\.options\.[^.]+\.feedback$/, 'feedback (shown after the choice; explains why, never blames a victim)'],
    [/\.prompt$/, 'prompt (the question or decision)'],
    [/\.endings\.[^.]+\.\d+$/, 'scenario ending, paragraph'],
    [/\.intro\.\d+$/, 'scenario introduction, paragraph'],
    [/\.items\.\d+$/, 'list item'],
    [/\.paragraphs\.\d+$/, 'paragraph'],
    [/\.attribution$/, 'quote attribution'],
    [/\.alt$/, 'picture alt text (what the picture tells)'],
    [/^pages\.[^.]+$/, 'page title (heading)'],
    [/^title$/, 'title'],
    [/\.title$/, 'heading'],
    [/\.name$/, 'name of an organisation'],
    [/\.description$/, 'description'],
    [/^keywords\.\d+$/, 'catalogue keyword'],
  ];
  return rules.find(([re]) => re.test(key))?.[1] ?? 'text';
}

/** Short texts (labels, titles, buttons) get a length limit; long ones only a note. */
const isShort = (role, text) => text.length <= 60 && !/paragraph|feedback|list item|description/.test(role);
const sizeLimit = (text) => Math.max(20, Math.ceil(text.length * 1.6));

/** Target-language plural keys for a source plural group ("open_one", "open_other" → pl: one, few, many, other). */
function pluralUnits(entries, target) {
  const out = [];
  const categories = new Intl.PluralRules(target).resolvedOptions().pluralCategories;
  const done = new Set();
  for (const [key, text] of entries) {
    const base = key.replace(PLURAL, '');
    if (!PLURAL.test(key)) out.push([key, text]);
    else if (!done.has(base)) {
      done.add(base);
      const forms = Object.fromEntries(entries.filter(([k]) => k.replace(PLURAL, '') === base).map(([k, v]) => [k.match(PLURAL)[1], v]));
      for (const c of categories) out.push([`${base}_${c}`, forms[c] ?? forms.other]);
    }
  }
  return out;
}

/**
 * @param {string} root project root
 * @param {any} course a course as loadContent() returns it
 * @param {string} target language code, e.g. "pl"
 * @param {string} [previous] an earlier XLIFF of the same course and language: its translations
 *   are reused for units whose source is unchanged; a changed unit is left to translate, with the
 *   old translation in its note
 * @returns {Promise<string>} XLIFF 2.0
 */
export async function exportXliff(root, course, target, previous) {
  const before = previous ? (await xliff2js(previous)).resources ?? {} : {};
  const source = course.languages[0];
  if (target === source) throw new Error(`${target} is the source language of ${course.id}; export another language`);
  const resources = {};
  for (const file of textFiles(root, course)) {
    const existing = file.id === 'player' ? file.text[target] : readTarget(root, file.path(target), file.text[target]);
    const targets = new Map(flattenText(existing ?? {}));
    const units = {};
    for (const [key, text] of pluralUnits(flattenText(file.text[source]), target)) {
      const role = roleOf(key);
      let note = `${file.describe(key)} · role: ${role} · ${text.length} characters in ${source}`;
      const attributes = { 'xmlns:ssx': NS, 'ssx:sourceHash': sourceHash(text) };
      if (isShort(role, text)) attributes.sizeRestriction = sizeLimit(text);
      const old = before[file.id]?.[key];
      let translation = targets.get(key);
      if (old && typeof old.target === 'string') {
        if (old.additionalAttributes?.['ssx:sourceHash'] === sourceHash(text)) translation = old.target;
        else {
          translation = undefined;
          note += ` · the ${source} text changed; the earlier translation was: ${old.target}`;
        }
      }
      units[key] = { source: text, ...(translation !== undefined ? { target: translation } : {}), note, additionalAttributes: attributes };
    }
    resources[file.id] = units;
  }
  return js2xliff({ sourceLanguage: source, targetLanguage: target, resources });
}

function readTarget(root, path, loaded) {
  if (loaded) return loaded;
  const file = join(root, path);
  return existsSync(file) ? parseYaml(readFileSync(file, 'utf8')) : undefined;
}

export class XliffError extends Error {
  constructor(file, problems) {
    super(`${file}: cannot import (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

const placeholders = (s) => [...s.matchAll(/\{\{\s*[\w.]+\s*\}\}/g)].map((m) => m[0].replace(/\s/g, '')).sort().join(' ');
const markup = (s) => [...s.matchAll(/<\/?[a-z][^>]*>|&[a-z]+;/gi)].map((m) => m[0]).sort().join(' ');

/**
 * Reads a translated XLIFF file and returns the language files to write, keyed by path, with
 * the same shape and key order as the source language's files.
 * @returns {Promise<{ target: string, files: Record<string, any> }>}
 */
export async function importXliff(root, course, xml, name = 'the XLIFF file') {
  let doc;
  try {
    doc = await xliff2js(xml);
  } catch (error) {
    throw new XliffError(name, [`not valid XLIFF: ${String(error.message ?? error).split('\n')[0]}`]);
  }
  const source = course.languages[0];
  const target = doc.targetLanguage;
  const problems = [];
  if (doc.sourceLanguage !== source) problems.push(`srcLang: "${doc.sourceLanguage}" but ${course.id} is written in "${source}"`);
  if (!target) problems.push('trgLang: missing');
  const files = {};
  for (const file of textFiles(root, course)) {
    const units = doc.resources?.[file.id];
    if (!units) {
      problems.push(`file ${file.id}: missing (export again and translate every file)`);
      continue;
    }
    const expected = pluralUnits(flattenText(file.text[source]), target ?? source);
    const translated = new Map();
    for (const [key, text] of expected) {
      const unit = units[key];
      const at = `file ${file.id}, unit ${key}`;
      if (!unit) {
        problems.push(`${at}: missing`);
        continue;
      }
      if (unit.additionalAttributes?.['ssx:sourceHash'] !== sourceHash(text)) {
        problems.push(`${at}: the ${source} text changed since export; export again and translate it anew (now: "${text.slice(0, 60)}")`);
        continue;
      }
      if (typeof unit.target !== 'string') {
        problems.push(`${at}: ${unit.target === undefined ? 'no translation' : 'contains XLIFF inline markup; plain text only'}`);
        continue;
      }
      if (!unit.target.trim()) problems.push(`${at}: empty translation`);
      if (placeholders(unit.target) !== placeholders(text)) problems.push(`${at}: placeholders ${placeholders(text) || '(none)'} expected, found ${placeholders(unit.target) || '(none)'}`);
      if (markup(unit.target) !== markup(text)) problems.push(`${at}: markup ${markup(text) || '(none)'} expected, found ${markup(unit.target) || '(none)'}`);
      translated.set(key, unit.target);
    }
    const known = new Set(expected.map(([k]) => k));
    for (const key of Object.keys(units)) if (!known.has(key)) problems.push(`file ${file.id}, unit ${key}: not in the course any more (export again)`);
    files[file.path(target)] = rebuild(file.text[source], translated, target);
  }
  if (problems.length) throw new XliffError(name, problems);
  return { target, files };
}

/** The source resource's shape with every string replaced by its translation (plural keys per target language). */
function rebuild(shape, translated, target, prefix = '') {
  if (typeof shape === 'string') return translated.get(prefix);
  if (Array.isArray(shape)) return shape.map((v, i) => rebuild(v, translated, target, `${prefix}.${i}`));
  const out = {};
  const written = new Set();
  for (const [k, v] of Object.entries(shape)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string' && PLURAL.test(k)) {
      const base = key.replace(PLURAL, '');
      if (written.has(base)) continue;
      written.add(base);
      for (const c of new Intl.PluralRules(target).resolvedOptions().pluralCategories) out[`${k.replace(PLURAL, '')}_${c}`] = translated.get(`${base}_${c}`);
      continue;
    }
    out[k] = rebuild(v, translated, target, key);
  }
  return out;
}
