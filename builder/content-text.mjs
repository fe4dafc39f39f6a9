// The text side of lessons/: which keys a structure needs in <lang>.yaml, and whether every
// language has each of them, in the right shape, and no key the structure does not use.

const STRING = 'string';
const PARAGRAPHS = 'paragraphs'; // a non-empty list of strings

/** The text keys a lesson's structure needs, with their shape. */
export function requiredLessonText(lesson) {
  const req = { title: STRING };
  const question = (q) => {
    req[`blocks.${q.id}.prompt`] = STRING;
    for (const o of q.options) {
      req[`blocks.${q.id}.options.${o}.label`] = STRING;
      req[`blocks.${q.id}.options.${o}.feedback`] = STRING;
    }
  };
  (lesson.bank ?? []).forEach(question);
  for (const page of lesson.pages ?? []) {
    req[`pages.${page.id}`] = STRING;
    for (const block of page.blocks) {
      const at = `blocks.${block.id}`;
      if (block.type === 'text') req[`${at}.paragraphs`] = PARAGRAPHS;
      if (block.type === 'list') req[`${at}.items`] = PARAGRAPHS;
      if (block.type === 'callout') Object.assign(req, { [`${at}.title`]: STRING, [`${at}.paragraphs`]: PARAGRAPHS });
      if (block.type === 'quote') Object.assign(req, { [`${at}.paragraphs`]: PARAGRAPHS, [`${at}.attribution`]: STRING });
      if (block.type === 'picture' && !block.decorative) req[`${at}.alt`] = STRING;
      if (block.type === 'question') question(block);
      if (block.type === 'scenario') {
        req[`${at}.title`] = STRING;
        req[`${at}.intro`] = PARAGRAPHS;
        for (const [stepId, step] of Object.entries(block.steps)) {
          req[`${at}.steps.${stepId}.prompt`] = STRING;
          for (const o of step.options) {
            req[`${at}.steps.${stepId}.options.${o.id}.label`] = STRING;
            req[`${at}.steps.${stepId}.options.${o.id}.feedback`] = STRING;
          }
        }
        for (const end of block.endings) req[`${at}.endings.${end}`] = PARAGRAPHS;
      }
    }
  }
  return req;
}

export function requiredCourseText(course) {
  const req = {
    title: STRING,
    description: STRING,
    keywords: PARAGRAPHS,
    'welcome.title': STRING,
    'welcome.paragraphs': PARAGRAPHS,
    'contentNote.title': STRING,
    'contentNote.paragraphs': PARAGRAPHS,
    'help.intro': STRING,
  };
  for (const r of course.help) {
    req[`help.${r.id}.name`] = STRING;
    req[`help.${r.id}.description`] = STRING;
  }
  for (const d of course.departments ?? []) req[`departments.${d}`] = STRING;
  if (course.certificateNote) req['certificate.note'] = STRING;
  return req;
}

/** Checks each language has every required key with the right shape, and that all languages have the same keys. */
export function checkText(required, text, base, rel, problems, sep, languages) {
  const fileOf = (lang) => rel(`${base}${sep}${lang}.yaml`);
  const flat = {};
  for (const lang of languages) {
    if (text[lang] === undefined) continue;
    if (typeof text[lang] !== 'object' || text[lang] === null || Array.isArray(text[lang])) {
      problems.push(`${fileOf(lang)}: (root): must be a mapping of keys to text`);
      continue;
    }
    flat[lang] = flatten(text[lang]);
    for (const [key, kind] of Object.entries(required)) {
      const value = lookup(text[lang], key);
      if (value === undefined) problems.push(`${fileOf(lang)}: ${key}: missing translation`);
      else if (kind === STRING && (typeof value !== 'string' || !value.trim())) problems.push(`${fileOf(lang)}: ${key}: must be non-empty text`);
      else if (kind === PARAGRAPHS && !(Array.isArray(value) && value.length && value.every((v) => typeof v === 'string' && v.trim()))) {
        problems.push(`${fileOf(lang)}: ${key}: must be a non-empty list of texts`);
      }
    }
  }
  for (const lang of Object.keys(flat)) {
    for (const key of Object.keys(flat[lang])) {
      const base = key.replace(/\[\d+\]$/, '');
      if (!(base in required)) problems.push(`${fileOf(lang)}: ${key}: not used by the structure (a typo, or a comma in unquoted text?)`);
    }
  }
  const [first, ...others] = languages.filter((l) => flat[l]);
  for (const lang of others) {
    for (const key of Object.keys(flat[first])) if (!(key in flat[lang])) problems.push(`${fileOf(lang)}: ${key}: missing translation (present in ${first})`);
    for (const key of Object.keys(flat[lang])) if (!(key in flat[first])) problems.push(`${fileOf(first)}: ${key}: missing translation (present in ${lang})`);
  }
}

function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v)) v.forEach((item, i) => (out[`${key}[${i}]`] = item));
    else if (v && typeof v === 'object') flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

function lookup(obj, dotted) {
  let at = obj;
  for (const part of dotted.split('.')) {
    if (at === null || typeof at !== 'object' || !(part in at)) return undefined;
    at = at[part];
  }
  return at;
}

