// Reading one file of lessons/: YAML parsed and checked against its schema. A problem is
// recorded as "<file>: <field>: <reason>" and the file skipped, so all problems surface at once.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * @param {string} root project root, for file names relative to it
 * @param {string[]} problems where problems are collected
 */
export function fileReader(root, problems) {
  const rel = (file) => relative(root, file);
  /** @returns {unknown} the parsed file, or undefined when it is missing or not YAML */
  const readYaml = (file) => {
    if (!existsSync(file)) {
      problems.push(`${rel(file)}: (file): missing`);
      return undefined;
    }
    try {
      return parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${rel(file)}: (file): not valid YAML: ${String(error.message).split('\n')[0]}`);
      return undefined;
    }
  };
  /** @returns {any} the file's data as the schema outputs it, or undefined when it does not fit */
  const checked = (schema, file) => {
    const raw = readYaml(file);
    if (raw === undefined) return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(`${rel(file)}: ${fieldPath(issue.path)}: ${issue.message}`);
    return undefined;
  };
  return { readYaml, checked };
}

function fieldPath(path) {
  if (!path.length) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
