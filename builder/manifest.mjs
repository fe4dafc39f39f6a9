// imsmanifest.xml for one course package, as SCORM 1.2 or SCORM 2004 4th Edition text.
// Checked against ADL's/IMS's own XSDs (e2e/schemas, see its README for the xmllint commands).
// Why things are as they are:
// - Two metadata dialects. SCORM 1.2 uses IMS MD 1.2.1: lower-case element names, every string a
//   <langstring xml:lang>, vocabulary values capitalised ("Learner", "Final") under source
//   "LOMv1.0" in x-none langstrings. SCORM 2004 uses IEEE LOM XML: camelCase names,
//   <string language>, and ADL's default lom.xsd only accepts the LOMv1.0 token set ("learner",
//   "final"), so every vocabulary value below comes from a fixed table, never from free text.
// - LOM "context" has no 1.2.1 equivalent for "other", and "training"/"school" map to the IMS
//   1.2.1 terms listed in CONTEXT_12; with "other" the 1.2 <context> is left out.
// - XML ids (xs:ID) must start with a letter and course ids may start with a digit, so every
//   identifier gets a prefix ("course-", "org-", "item-", "res-"). The manifest identifier does not
//   include the version: an LMS may use it to recognise an updated upload of the same course.
// - 1.2 puts the pass mark on the item (adlcp:masteryscore, percent). 2004 puts it on the primary
//   objective (satisfiedByMeasure + minNormalizedMeasure, scaled 0..1): the LMS then derives
//   passed/failed from cmi.score.scaled. Without a mastery score, satisfaction is left to the SCO.
// - 2004 declares the primary objective and no other. Moodle 4.5 gives every declared objective
//   without a minNormalizedMeasure the value 1.0 and hands the course the *last* objective's value
//   as cmi.scaled_passing_score: with secondary objectives declared, a learner with 90 % failed.
//   The competences and lessons are still reported, as cmi.objectives the SCO creates at run time.
// - The organisation has flow="true" so an LMS can start the single SCO without a menu click.
// - deliveryControls completionSetByContent/objectiveSetByContent: the SCO reports completion
//   and objectives itself; without them a 2004 LMS sets completed/satisfied on its own when the
//   SCO exits with those still unknown.
// - No xsi:schemaLocation: the packages do not ship the XSD files, and a hint pointing at files
//   that are not in the zip helps nobody. Validation uses the schemas on the xmllint command line.
// - The review status of every language (builder/review-status.mjs) is a second general
//   description, one string per language, so an administrator reads "needs-review" in the LMS.
// - All text goes through one escaper (& < > " ' and characters XML 1.0 forbids), so a title with
//   "&" or "<" is safe. Hrefs are percent-encoded like a URI and then XML-escaped.

const NS = {
  cp12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  cp2004: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
};

const ROLES = ['learner', 'teacher', 'author', 'manager'];
const CONTEXTS = ['school', 'higher education', 'training', 'other'];
/** IMS MD 1.2.1 spelling of the LOMv1.0 values (SCORM 1.2 metadata). */
const ROLE_12 = { learner: 'Learner', teacher: 'Teacher', author: 'Author', manager: 'Manager' };
/** IMS MD 1.2.1 has no "school", "training" or "other"; these are its nearest terms. */
const CONTEXT_12 = {
  school: ['Primary Education', 'Secondary Education'],
  'higher education': ['Higher Education'],
  training: ['Vocational Training'],
  other: [],
};
/** The course mixes reading with decisions; an assessed course also has an exam. */
const INTERACTIVITY = 'mixed';
const resourceTypes = (pkg) => ['narrative text', 'exercise', ...(pkg.masteryScore === undefined ? [] : ['exam'])];
const RESOURCE_TYPE_12 = { 'narrative text': 'Narrative Text', exercise: 'Exercise', exam: 'Exam' };
/** Objective id of the 2004 primary objective (course passed/completed), the only one the manifest declares. */
const PRIMARY_OBJECTIVE = 'primary';

// ---------------------------------------------------------------------------------------------
// A tiny XML writer: el() builds a node, render() prints it indented two spaces per level.

/**
 * @param {string} name
 * @param {Record<string, string | number | boolean | undefined>} [attrs] undefined values are left out
 * @param {...(object | string | false | null | undefined | Array<any>)} children
 */
function el(name, attrs = {}, ...children) {
  return { name, attrs, children: children.flat(Infinity).filter((c) => c !== false && c !== null && c !== undefined) };
}

// XML 1.0 allows tab, LF, CR and U+0020 upwards except surrogates and U+FFFE/U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (value) => String(value).replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);

function render(node, depth = 0) {
  const pad = '  '.repeat(depth);
  if (typeof node === 'string') return pad + escapeXml(node);
  if (node.comment) return `${pad}<!-- ${String(node.comment).replace(/--/g, '- -')} -->`;
  const pairs = Object.entries(node.attrs).filter(([, v]) => v !== undefined);
  // Many attributes (the root's namespace declarations) go one per line, aligned under the first.
  const sep = pairs.length > 3 ? `\n${pad}${' '.repeat(node.name.length + 2)}` : ' ';
  const attrs = pairs.map(([k, v], i) => `${i === 0 ? ' ' : sep}${k}="${escapeXml(v)}"`).join('');
  if (node.children.length === 0) return `${pad}<${node.name}${attrs}/>`;
  if (node.children.every((c) => typeof c === 'string')) return `${pad}<${node.name}${attrs}>${node.children.map(escapeXml).join('')}</${node.name}>`;
  return [`${pad}<${node.name}${attrs}>`, ...node.children.map((c) => render(c, depth + 1)), `${pad}</${node.name}>`].join('\n');
}

const xmlDocument = (root) => `<?xml version="1.0" encoding="UTF-8"?>\n${render(root)}\n`;

// ---------------------------------------------------------------------------------------------
// Input checks: fail the build with a clear message rather than write a manifest an LMS rejects.

function check(pkg) {
  const problems = [];
  const need = (ok, message) => ok || problems.push(message);
  need(typeof pkg.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(pkg.id), `id: must match [a-z0-9-] (got ${JSON.stringify(pkg.id)})`);
  need(typeof pkg.version === 'string' && /^\S{1,20}$/.test(pkg.version), 'version: 1-20 characters, no spaces');
  need(Array.isArray(pkg.languages) && pkg.languages.length > 0, 'languages: at least one');
  for (const lang of pkg.languages ?? []) {
    need(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang), `languages: ${JSON.stringify(lang)} is not a language tag`);
    need(typeof pkg.titles?.[lang] === 'string' && pkg.titles[lang].trim() !== '', `titles.${lang}: missing`);
    need(typeof pkg.reviewStatus?.[lang] === 'string' && pkg.reviewStatus[lang].trim() !== '', `reviewStatus.${lang}: missing (builder/review-status.mjs statusSentence)`);
  }
  need(Number.isInteger(pkg.durationMinutes) && pkg.durationMinutes > 0, 'durationMinutes: a positive whole number');
  need(ROLES.includes(pkg.role), `role: one of ${ROLES.join(', ')}`);
  need(CONTEXTS.includes(pkg.context), `context: one of ${CONTEXTS.join(', ')}`);
  need(
    pkg.masteryScore === undefined || (typeof pkg.masteryScore === 'number' && pkg.masteryScore >= 0 && pkg.masteryScore <= 100),
    'masteryScore: a number 0-100, or undefined',
  );
  need(
    pkg.objectives === undefined,
    'objectives: the 2004 manifest declares only the primary objective (an LMS such as Moodle takes the pass mark from the last declared objective); competences are reported at run time in cmi.objectives',
  );
  need(Array.isArray(pkg.files) && pkg.files.length > 0, 'files: at least the launch file');
  need(new Set(pkg.files).size === pkg.files?.length, 'files: listed twice');
  for (const file of pkg.files ?? []) need(typeof file === 'string' && file !== '' && !/^\/|(^|\/)\.\.(\/|$)|\\/.test(file), `files: ${JSON.stringify(file)} must be a relative path inside the package`);
  need(pkg.files?.includes(pkg.launch), `launch: ${JSON.stringify(pkg.launch)} is not in files`);
  need(!pkg.files?.includes('imsmanifest.xml'), 'files: imsmanifest.xml is written by the packager, do not list it');
  if (problems.length) throw new Error(`manifest: invalid package description for ${JSON.stringify(pkg.id)}:\n  ${problems.join('\n  ')}`);
}

/** Values in language order, skipping languages without text. */
const perLanguage = (pkg, map) => pkg.languages.filter((l) => typeof map?.[l] === 'string' && map[l].trim() !== '').map((l) => [l, map[l]]);
const keywordsOf = (pkg) => pkg.languages.flatMap((l) => (pkg.keywords?.[l] ?? []).filter((k) => String(k).trim() !== '').map((k) => [l, k]));
/** The organisation/item title: plain text in one language, so the first one. */
const mainTitle = (pkg) => pkg.titles[pkg.languages[0]];
const href = (path) => encodeURI(path);
const isoDuration = (minutes) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
};
const ids = (pkg) => ({ manifest: `course-${pkg.id}`, org: `org-${pkg.id}`, item: `item-${pkg.id}`, res: `res-${pkg.id}` });

// ---------------------------------------------------------------------------------------------
// SCORM 1.2: IMS CP 1.1.2 + ADL CP 1.2 + IMS MD 1.2.1

/** IMS MD 1.2.1 vocabulary entry: source and value are langstrings in the "x-none" language. */
const vocab12 = (name, value) =>
  el(`imsmd:${name}`, {},
    el('imsmd:source', {}, el('imsmd:langstring', { 'xml:lang': 'x-none' }, 'LOMv1.0')),
    el('imsmd:value', {}, el('imsmd:langstring', { 'xml:lang': 'x-none' }, value)));
const langstrings12 = (name, pairs) => pairs.length > 0 && el(`imsmd:${name}`, {}, pairs.map(([lang, text]) => el('imsmd:langstring', { 'xml:lang': lang }, text)));

function lom12(pkg) {
  return el('imsmd:lom', {},
    el('imsmd:general', {},
      langstrings12('title', perLanguage(pkg, pkg.titles)),
      pkg.languages.map((l) => el('imsmd:language', {}, l)),
      langstrings12('description', perLanguage(pkg, pkg.descriptions)),
      langstrings12('description', perLanguage(pkg, pkg.reviewStatus)),
      keywordsOf(pkg).map(([lang, k]) => langstrings12('keyword', [[lang, k]]))),
    el('imsmd:lifecycle', {},
      langstrings12('version', [['x-none', pkg.version]]),
      vocab12('status', 'Final')),
    el('imsmd:metametadata', {},
      el('imsmd:metadatascheme', {}, 'ADL SCORM 1.2'),
      el('imsmd:language', {}, pkg.languages[0])),
    el('imsmd:technical', {},
      el('imsmd:format', {}, 'text/html')),
    el('imsmd:educational', {},
      vocab12('interactivitytype', 'Mixed'),
      resourceTypes(pkg).map((t) => vocab12('learningresourcetype', RESOURCE_TYPE_12[t])),
      vocab12('intendedenduserrole', ROLE_12[pkg.role]),
      CONTEXT_12[pkg.context].map((c) => vocab12('context', c)),
      el('imsmd:typicallearningtime', {}, el('imsmd:datetime', {}, isoDuration(pkg.durationMinutes))),
      pkg.languages.map((l) => el('imsmd:language', {}, l))),
    el('imsmd:rights', {},
      vocab12('cost', 'no'),
      vocab12('copyrightandotherrestrictions', 'yes'),
      langstrings12('description', perLanguage(pkg, pkg.rights))));
}

/** @returns {string} imsmanifest.xml text for a SCORM 1.2 package */
export function manifestScorm12(pkg) {
  check(pkg);
  const id = ids(pkg);
  return xmlDocument(
    el('manifest', {
      identifier: id.manifest,
      version: pkg.version,
      xmlns: NS.cp12,
      'xmlns:adlcp': NS.adlcp12,
      'xmlns:imsmd': NS.imsmd,
    },
      el('metadata', {},
        el('schema', {}, 'ADL SCORM'),
        el('schemaversion', {}, '1.2'),
        lom12(pkg)),
      el('organizations', { default: id.org },
        el('organization', { identifier: id.org },
          el('title', {}, mainTitle(pkg)),
          el('item', { identifier: id.item, identifierref: id.res, isvisible: 'true' },
            el('title', {}, mainTitle(pkg)),
            pkg.masteryScore !== undefined && el('adlcp:masteryscore', {}, String(pkg.masteryScore))))),
      el('resources', {},
        el('resource', { identifier: id.res, type: 'webcontent', 'adlcp:scormtype': 'sco', href: href(pkg.launch) },
          pkg.files.map((f) => el('file', { href: href(f) }))))));
}

// ---------------------------------------------------------------------------------------------
// SCORM 2004 4th Edition: IMS CP 1.1.4 + ADL CP/SEQ/NAV v1p3 + IMS SS + IEEE LOM

const vocab = (name, value) => el(name, {}, el('source', {}, 'LOMv1.0'), el('value', {}, value));
const langString = (name, pairs) => pairs.length > 0 && el(name, {}, pairs.map(([lang, text]) => el('string', { language: lang }, text)));

function lom2004(pkg) {
  return el('lom', { xmlns: NS.lom },
    el('general', {},
      el('identifier', {}, el('catalog', {}, 'course'), el('entry', {}, pkg.id)),
      langString('title', perLanguage(pkg, pkg.titles)),
      pkg.languages.map((l) => el('language', {}, l)),
      langString('description', perLanguage(pkg, pkg.descriptions)),
      langString('description', perLanguage(pkg, pkg.reviewStatus)),
      keywordsOf(pkg).map(([lang, k]) => langString('keyword', [[lang, k]]))),
    el('lifeCycle', {},
      el('version', {}, el('string', {}, pkg.version)),
      vocab('status', 'final')),
    el('metaMetadata', {},
      el('metadataSchema', {}, 'LOMv1.0'),
      el('metadataSchema', {}, 'SCORM_CAM_v1.3'),
      el('language', {}, pkg.languages[0])),
    el('technical', {},
      el('format', {}, 'text/html')),
    el('educational', {},
      vocab('interactivityType', INTERACTIVITY),
      resourceTypes(pkg).map((t) => vocab('learningResourceType', t)),
      vocab('intendedEndUserRole', pkg.role),
      vocab('context', pkg.context),
      el('typicalLearningTime', {}, el('duration', {}, isoDuration(pkg.durationMinutes))),
      pkg.languages.map((l) => el('language', {}, l))),
    el('rights', {},
      vocab('cost', 'no'),
      vocab('copyrightAndOtherRestrictions', 'yes'),
      langString('description', perLanguage(pkg, pkg.rights))));
}

/** minNormalizedMeasure is a decimal -1..1; 80 → "0.8" (no float noise such as 0.7000000000000001). */
const scaled = (percent) => String(Number((percent / 100).toFixed(4)));

function sequencing(pkg) {
  const mastery = pkg.masteryScore !== undefined;
  return el('imsss:sequencing', {},
    el('imsss:objectives', {},
      el('imsss:primaryObjective', { objectiveID: PRIMARY_OBJECTIVE, satisfiedByMeasure: mastery ? 'true' : undefined },
        mastery && el('imsss:minNormalizedMeasure', {}, scaled(pkg.masteryScore)))),
    el('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' }));
}

/** @returns {string} imsmanifest.xml text for a SCORM 2004 4th Edition package */
export function manifestScorm2004(pkg) {
  check(pkg);
  const id = ids(pkg);
  return xmlDocument(
    el('manifest', {
      identifier: id.manifest,
      version: pkg.version,
      xmlns: NS.cp2004,
      'xmlns:adlcp': NS.adlcp,
      'xmlns:adlseq': NS.adlseq,
      'xmlns:adlnav': NS.adlnav,
      'xmlns:imsss': NS.imsss,
    },
      el('metadata', {},
        el('schema', {}, 'ADL SCORM'),
        el('schemaversion', {}, '2004 4th Edition'),
        lom2004(pkg)),
      el('organizations', { default: id.org },
        el('organization', { identifier: id.org },
          el('title', {}, mainTitle(pkg)),
          el('item', { identifier: id.item, identifierref: id.res, isvisible: 'true' },
            el('title', {}, mainTitle(pkg)),
            sequencing(pkg)),
          el('imsss:sequencing', {},
            el('imsss:controlMode', { choice: 'true', flow: 'true' })))),
      el('resources', {},
        el('resource', { identifier: id.res, type: 'webcontent', 'adlcp:scormType': 'sco', href: href(pkg.launch) },
          pkg.files.map((f) => el('file', { href: href(f) }))))));
}
