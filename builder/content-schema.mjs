// Schemas for the files in lessons/. Structure (what a learner can do, what is right, which
// objective a choice tests) lives in lesson.yaml / <course>.yaml; text lives in <lang>.yaml.
// Cross-references (branch targets, answer keys, lesson ids) are checked in validate-lessons.mjs,
// because a schema alone cannot see other files.
//
// These schemas are also the player's types: src/course/model.ts infers them with z.infer, so the
// shape of the course is written down once. Only types cross over; zod stays out of the bundle.
import { z } from 'zod';
import { LANGUAGES, OBJECTIVES } from '../src/course/vocabulary.mjs';

/** Ids end up in cmi.interactions.n.id and in suspend_data: short, no spaces, valid in 1.2 and 2004. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1-40 characters: lowercase letters, digits and "-"');

export { OBJECTIVES };
export const Objective = z.enum(OBJECTIVES);
export const SourceRef = z.string().regex(/^S00\d$|^W\d{1,3}$/, 'must be a source id such as S004 or W15');

const ScenarioOption = z.strictObject({
  id: Id,
  /** true for the answer(s) the course counts as right */
  correct: z.boolean().optional(),
  /** the step or ending this option leads to */
  next: Id,
});

const Step = z.strictObject({
  objective: Objective,
  options: z.array(ScenarioOption).min(2, 'a decision needs at least two options').max(5, 'at most five options'),
  sources: z.array(SourceRef).min(1).optional(),
});

/** A file under assets/, e.g. icons/look.svg (see assets/README.md). */
export const AssetPath = z
  .string()
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\.svg$/, 'must be a path under assets/ such as icons/look.svg (lowercase, .svg)');

/** icon: a decorative pictogram beside text that already says the same; hidden from assistive technology. */
const TextBlock = z.strictObject({ id: Id, type: z.literal('text'), icon: AssetPath.optional() });
const ListBlock = z.strictObject({ id: Id, type: z.literal('list'), icon: AssetPath.optional() });
const CalloutBlock = z.strictObject({
  id: Id,
  type: z.literal('callout'),
  tone: z.enum(['info', 'warning', 'tip']).default('info'),
  icon: AssetPath.optional(),
});
/** An informative picture: its alt text is blocks.<id>.alt in every language, unless decorative. */
const PictureBlock = z.strictObject({ id: Id, type: z.literal('picture'), src: AssetPath, decorative: z.boolean().default(false) });
const QuoteBlock = z.strictObject({ id: Id, type: z.literal('quote'), source: SourceRef });
const SourceBlock = z.strictObject({ id: Id, type: z.literal('sources'), sources: z.array(SourceRef).min(1) });

export const QuestionBlock = z.strictObject({
  id: Id,
  type: z.literal('question'),
  objective: Objective,
  multiple: z.boolean().default(false),
  options: z.array(Id).min(2, 'a question needs at least two options').max(5, 'at most five options (they are stored in one character)'),
  correct: z.array(Id).min(1, 'a question needs at least one correct option'),
  sources: z.array(SourceRef).min(1, 'cite at least one source'),
});

export const ScenarioBlock = z.strictObject({
  id: Id,
  type: z.literal('scenario'),
  start: Id,
  steps: z.record(Id, Step).refine((steps) => Object.keys(steps).length >= 1, 'needs at least one step'),
  endings: z.array(Id).min(1, 'a scenario needs at least one ending'),
  sources: z.array(SourceRef).min(1, 'cite at least one source'),
});

export const Block = z.discriminatedUnion('type', [
  TextBlock,
  ListBlock,
  PictureBlock,
  CalloutBlock,
  QuoteBlock,
  SourceBlock,
  QuestionBlock,
  ScenarioBlock,
]);

export const Page = z.strictObject({
  id: Id,
  /** hotel course: the departments this page is for; only they see it (the others get the lesson's summary page) */
  departments: z.array(Id).optional(),
  blocks: z.array(Block).min(1, 'a page needs at least one block'),
});

export const Lesson = z.strictObject({
  pages: z.array(Page).min(1, 'a lesson needs at least one page').optional(),
  /** an assessment lesson holds a bank of questions instead of pages */
  bank: z.array(QuestionBlock).min(1).optional(),
});

export const HelpResource = z.strictObject({
  id: Id,
  phone: z.string().regex(/^[0-9 -]{3,20}$/, 'digits, spaces and "-" only').optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  icon: AssetPath.optional(),
});

/**
 * A language is `reviewed` only with a sign-off recorded in the course file; otherwise it is
 * `needs-review` (builder/review-status.mjs derives it; nothing else decides it).
 */
export const LanguageStatus = z.enum(['reviewed', 'needs-review']);

/** A calendar date written as YYYY-MM-DD that exists (2026-02-30 does not). */
export const IsoDate = z.iso.date({ message: 'must be a date written as YYYY-MM-DD' });

/**
 * A domain reviewer's sign-off of one language of a course: data, never a default. Recorded
 * only by (or for) the named reviewer, with the commit whose texts they read.
 */
export const Signoff = z.strictObject({
  language: z.enum(LANGUAGES),
  name: z.string().trim().min(1, 'name the reviewer'),
  role: z.string().trim().min(1, "give the reviewer's role, e.g. trainer at Fier"),
  date: IsoDate,
  scope: z.string().trim().min(1, 'say what was reviewed, e.g. all lessons and the final test'),
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'must be the full 40-character git commit the reviewer read (git rev-parse HEAD)'),
});

export const Course = z.strictObject({
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
  /** LOM intendedEndUserRole */
  role: z.enum(['learner', 'teacher', 'author', 'manager']),
  /** LOM context */
  context: z.enum(['school', 'higher education', 'training', 'other']),
  lessons: z.array(Id).min(1),
  assessment: z
    .strictObject({
      lesson: Id,
      draw: z.number().int().positive(),
      masteryScore: z.number().int().min(0).max(100),
      /** every drawn test holds at least this many questions of each objective */
      minPerObjective: z.number().int().min(1),
      /** the bank must hold at least this many questions (checked with the validity rules) */
      minBank: z.number().int().min(1),
      /** ... and at least this many of each objective */
      minBankPerObjective: z.number().int().min(1),
      /**
       * Whether the pilot's discrimination rules (lessons/pilot/README.md) fail the build:
       * `enforce`, or `report` while a bank does not meet them yet. `report` is shown to every
       * administrator (catalogue, review copy); pilot answers for every item are required either way.
       */
      pilotRules: z.enum(['enforce', 'report']).default('enforce'),
    })
    .refine((a) => a.draw >= a.minPerObjective * OBJECTIVES.length, {
      message: `draw must leave room for minPerObjective questions of each of the ${OBJECTIVES.length} objectives`,
      path: ['draw'],
    })
    .refine((a) => a.minBankPerObjective >= a.minPerObjective, {
      message: 'must be at least minPerObjective, or a draw could run out of questions of one objective',
      path: ['minBankPerObjective'],
    })
    .optional(),
  /** the course's languages in order (the first is the source language), some of the player's LANGUAGES */
  languages: z
    .array(z.enum(LANGUAGES))
    .min(1, 'name at least one language')
    .refine((l) => new Set(l).size === l.length, 'a language is listed twice'),
  /** domain reviewers' sign-offs; a language without one is needs-review */
  signoffs: z.array(Signoff).optional(),
  /** a decorative pictogram on the certificate */
  icon: AssetPath.optional(),
  /** the course texts carry `certificate.note`, printed on the certificate (e.g. which certificate this is not) */
  certificateNote: z.boolean().optional(),
  departments: z.array(Id).optional(),
  /** a decorative pictogram per department, shown beside its name */
  departmentIcons: z.record(Id, AssetPath).optional(),
  help: z.array(HelpResource).min(1),
});

export const Source = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int(),
  url: z.url().optional(),
  /** the language the source is written in (BCP 47, e.g. en), when not Dutch: lists mark it with lang */
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en').optional(),
});
export const Sources = z.record(SourceRef, Source);
