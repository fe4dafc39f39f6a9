// Schema of lessons/claims.yaml, the register of every statement of law, procedure, number, phone
// number or figure in the lessons (format and rules in lessons/README.md, "Claims"). Cross-file
// checks (sources exist, every cited article or phone number is covered, no stale usage) are in
// claims.mjs.
import { z } from 'zod';
import { Id, IsoDate, SourceRef } from './content-schema.mjs';

/** Where a claim is used in one course: "<lesson>/<block or page id>", "<lesson>/title" or "course/<key>" (course/help.<id> for a help resource). */
export const Place = z
  .string()
  .regex(/^(course|[a-z0-9][a-z0-9-]{0,39})\/[a-zA-Z0-9][a-zA-Z0-9.-]*$/, 'must be "<lesson>/<block id>" or "course/<key>", e.g. hotel-wat-te-doen/stappen-lijst or course/help.alarm');

/** A law article as the checker normalises it: number, then the law (Sr = Wetboek van Strafrecht). */
export const ArticleRef = z.string().regex(/^\d{1,3}[a-z]{0,2} (Sr|Sv|AVG|Jeugdwet|Wmo)$/, 'must be "<article> <law>", e.g. "273f Sr"');

/** A phone number as written in the texts (digits, spaces, "-"); compared by its digits. */
export const Phone = z.string().regex(/^[0-9][0-9 -]{1,18}[0-9]$/, 'digits, spaces and "-" only, e.g. "0800-2000"');

const Law = z.strictObject({
  /** the law's id on wetten.overheid.nl, e.g. BWBR0001854 (Wetboek van Strafrecht) */
  bwb: z.string().regex(/^BWBR\d{7}$/, 'must be a wetten.overheid.nl id such as BWBR0001854'),
  article: z.string().min(1),
  /** the version of the law text the claim was checked against ("geldend van"), or not-checked */
  version: z.union([IsoDate, z.literal('not-checked')]),
});

export const Claim = z
  .strictObject({
    id: Id,
    kind: z.enum(['law', 'procedure', 'organisation', 'phone', 'figure']),
    /** the statement, short, in English or Dutch */
    claim: z.string().trim().min(1),
    /** per course id, the places that state it */
    usedIn: z.record(Id, z.array(Place).min(1)).refine((u) => Object.keys(u).length > 0, 'name at least one course and place'),
    /** law articles the texts cite for it; the build requires an entry for every article it finds */
    articles: z.array(ArticleRef).min(1).optional(),
    /** phone numbers the texts give for it; the build requires an entry for every number it finds */
    phones: z.array(Phone).min(1).optional(),
    sources: z.array(SourceRef).min(1).optional(),
    urls: z.array(z.url({ protocol: /^https$/ })).min(1).optional(),
    law: Law.optional(),
    /** primary: checked against the law or the organisation's own page; secondary: another page; unverified: not checked */
    verified: z.enum(['primary', 'secondary', 'unverified']),
    /** what was checked where, and what is still open */
    note: z.string().trim().min(1),
  })
  .refine((c) => c.sources || c.urls, { message: 'give sources (ids from lessons/sources.yaml) or urls', path: ['sources'] })
  .refine((c) => !c.articles || c.law, { message: 'a claim that cites an article needs law: { bwb, article, version }', path: ['law'] })
  .refine((c) => c.verified !== 'primary' || !c.law || c.law.version !== 'not-checked', {
    message: 'verified: primary needs the version of the law text that was read (law.version as YYYY-MM-DD)',
    path: ['law', 'version'],
  });

export const Claims = z.strictObject({ claims: z.array(Claim) });
