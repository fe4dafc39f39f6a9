// The certificate's facts are fixed at the moment of passing and kept in suspend_data, so the
// same pass shows the same date, score and code on every reopening, in every language. The
// verification code is derived only from those facts, the learner id and the course id:
// anyone holding them can recompute it (the report tool does, from the LMS export).

export interface CertificateFacts {
  /** the learner's local date of passing, YYYY-MM-DD */
  date: string;
  /** percent, as it was when the learner passed */
  score: number;
  /** the content version the learner passed */
  version: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar date: a learner who passes at 00:30 in Amsterdam passed on that day, not the UTC one. */
export function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function factsAtPassing(at: Date, score: number, version: string): CertificateFacts {
  return { date: localDate(at), score, version };
}

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is not misread. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** FNV-1a, 32 bits: small, stable everywhere, enough to catch a typed or invented code. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(text)) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  return h;
}

/** `<COURSE3>-<YYYYMMDD>-<score>-<6 base32 chars>`, e.g. HOT-20261202-90-K3F9QX. */
export function verificationCode(facts: CertificateFacts, learnerId: string, courseId: string): string {
  let hash = fnv1a([learnerId, courseId, facts.date, facts.score, facts.version].join('|'));
  let tail = '';
  for (let i = 0; i < 6; i++, hash >>>= 5) tail += BASE32[hash & 31];
  return [courseId.replace(/[^a-z0-9]/gi, '').slice(0, 3).toUpperCase(), facts.date.replace(/-/g, ''), facts.score, tail].join('-');
}
