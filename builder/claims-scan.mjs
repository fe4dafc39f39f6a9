// Finds the references the claims register must cover in a course's texts: law articles
// ("artikel 273f", "art. 438 Sr", "273g Sr", "Article 273f", Polish "art." / "artykułu") and
// phone numbers (112, 0800-…, 0900-…, 020-…), in every language, with the file, field and place
// (lesson/block, or course/<key>) each is in. Pure functions: claims.mjs decides what is covered.

// An article number: digits with an optional letter or two (273f, 248b, 438, 6).
const NUMBER = String.raw`\d{1,3}[a-z]{0,2}`;
// Lists and ranges after the first number: "273f en 273g", "248a–c", "240b, 248a and 250".
const MORE = String.raw`(?:\s*(?:,|en|and|or|of|i|oraz|lub|[–-])\s*(?:${NUMBER}|[a-z]\b))*`;
const WORD = String.raw`(?:artikelen|artikel|articles|article|art\.|artykuł(?:y|u|ów|em)?|sections?)`;
const AFTER_WORD = new RegExp(String.raw`\b${WORD}\s*(${NUMBER}${MORE})`, 'giu');
// "273g Sr" / "438 WvSr" / "273f k.k." without a word before it.
const BEFORE_CODE = new RegExp(String.raw`(?<![\w.])(${NUMBER})\s+(?:Sr|WvSr|k\.\s?k\.)(?![\w])`, 'gu');

/** Laws other than the Criminal Code, as a text may name them after the number. */
const OTHER_CODES = [
  ['Sv', /^\s*(?:Sv\b|(?:van het |of the (?:Dutch )?)?(?:Wetboek van Strafvordering|Code of Criminal Procedure))/i],
  ['AVG', /^\s*(?:(?:van de |of the )?(?:AVG|UAVG|GDPR|RODO))\b/i],
  ['Jeugdwet', /^\s*(?:(?:van de |of the )?(?:Jeugdwet|Youth Act))/i],
  ['Wmo', /^\s*(?:(?:van de |of the )?(?:Wmo|Wet maatschappelijke ondersteuning))/i],
];

/**
 * Law articles cited in a text, normalised as "<number> <code>" (e.g. "273f Sr"). The Criminal
 * Code (Sr) is assumed unless another law is named right after the number.
 * @returns {{ ref: string, written: string }[]}
 */
export function articlesIn(text) {
  const found = [];
  const add = (numbers, written, rest) => {
    const code = OTHER_CODES.find(([, re]) => re.test(rest))?.[0] ?? 'Sr';
    let previous;
    // Separators are kept (odd indexes): a dash between two numbers or letters is a range.
    const parts = numbers.split(/\s*(,|\ben\b|\band\b|\bor\b|\bof\b|\bi\b|\boraz\b|\blub\b|[–-])\s*/u);
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i];
      if (!part) continue;
      // "248a–c": a bare letter continues the previous number; after a dash it closes a range.
      const number = /^[a-z]$/.test(part) && previous ? previous.replace(/[a-z]+$/, '') + part : part;
      if (!/^\d/.test(number)) continue;
      if (/[–-]/.test(parts[i - 1] ?? '') && previous && /[a-z]$/.test(previous) && /[a-z]$/.test(number)) {
        const base = number.slice(0, -1);
        for (let c = previous.at(-1).charCodeAt(0) + 1; c < number.at(-1).charCodeAt(0); c++) found.push({ ref: `${base}${String.fromCharCode(c)} ${code}`, written });
      }
      previous = number;
      found.push({ ref: `${number} ${code}`, written });
    }
  };
  for (const m of text.matchAll(AFTER_WORD)) add(m[1], m[0], text.slice(m.index + m[0].length));
  for (const m of text.matchAll(BEFORE_CODE)) if (!found.some((f) => f.ref === `${m[1]} Sr`)) add(m[1], m[0], '');
  return unique(found);
}

// 112 standing alone (not 1.112 or 112,5); Dutch numbers of 8 to 11 digits starting with 0,
// written with single spaces or hyphens (0800-2000, 0900-0101, 020-261 52 75, 0202615275).
const EMERGENCY = /(?<![\d.,])112(?![\d]|[.,]\d)/gu;
const DUTCH_NUMBER = /(?<![\d.,])0\d{1,3}(?:[ -]?\d){6,8}(?!\d|[.,]\d)/gu;

/** The digits of a phone number, so "020-261 52 75" and "020-2615275" are one number. */
export const phoneKey = (written) => written.replace(/\D/g, '');

/**
 * Phone numbers in a text, normalised to their digits.
 * @returns {{ ref: string, written: string }[]}
 */
export function phonesIn(text) {
  const found = [];
  for (const m of text.matchAll(EMERGENCY)) found.push({ ref: '112', written: m[0] });
  for (const m of text.matchAll(DUTCH_NUMBER)) {
    const digits = phoneKey(m[0]);
    if (digits.length >= 8 && digits.length <= 11) found.push({ ref: digits, written: m[0] });
  }
  return unique(found);
}

const unique = (list) => list.filter((item, i) => list.findIndex((o) => o.ref === item.ref) === i);

/**
 * Every text of a course as { file, field, place, text }: lessons and the final test per
 * language (place "<lesson>/<block or page id>", or "<lesson>/title"), the course texts per
 * language (place "course/<key>", "course/help.<id>" for a help resource) and the phone numbers
 * of the help resources in the course file.
 * @param {any} course as loadContent() returns it
 */
export function courseTexts(course) {
  const out = [];
  const lessons = [...course.lessons, ...(course.assessment ? [{ id: course.assessment.lesson, text: course.assessment.text }] : [])];
  for (const lesson of lessons) {
    for (const lang of course.languages) {
      for (const [field, text] of flatTexts(lesson.text[lang])) {
        out.push({ file: `lessons/${lesson.id}/${lang}.yaml`, field, place: lessonPlace(lesson.id, field), text, lang });
      }
    }
  }
  for (const lang of course.languages) {
    for (const [field, text] of flatTexts(course.text[lang])) {
      out.push({ file: `lessons/courses/${course.id}.${lang}.yaml`, field, place: coursePlace(field), text, lang });
    }
  }
  course.help.forEach((h, i) => {
    if (h.phone) out.push({ file: `lessons/courses/${course.id}.course.yaml`, field: `help[${i}].phone`, place: `course/help.${h.id}`, text: h.phone, lang: null });
  });
  return out;
}

/** blocks.<id>… → <lesson>/<id>; pages.<id> → <lesson>/<id>; title → <lesson>/title. */
function lessonPlace(lessonId, field) {
  const [head, id] = field.split(/[.[]/);
  return `${lessonId}/${head === 'blocks' || head === 'pages' ? id : head}`;
}

/** help.<id>.… → course/help.<id>; welcome.paragraphs[0] → course/welcome. */
function coursePlace(field) {
  const [head, id] = field.split(/[.[]/);
  return head === 'help' && id !== 'intro' ? `course/help.${id}` : `course/${head}`;
}

/** [field, text] for every string in a text file, fields written as the validator writes them. */
function flatTexts(obj, prefix = '', out = []) {
  if (typeof obj === 'string') out.push([prefix, obj]);
  else if (Array.isArray(obj)) obj.forEach((v, i) => flatTexts(v, `${prefix}[${i}]`, out));
  else if (obj && typeof obj === 'object') for (const [k, v] of Object.entries(obj)) flatTexts(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
