// What an administrator's LMS holds: objectives, every answer as an interaction, scores and
// statuses, in each SCORM version's own vocabulary; retries add history, never overwrite it.
import { expect, test } from './fixtures';
import { CERTIFICATE_INTERACTION, LMS_ID, assessmentInteraction, lmsId } from '../src/lms/ids';
import { COURSES, VERSIONS, committed, launch, leave, lms, packageData, playLessons, takeAssessment } from './helpers';
import { durationSeconds } from '../preview/lms-store.js';

const COMPETENCES = ['signals', 'victim-blaming', 'next-steps'];
/** How long the learner thinks over one final-test question, in ms. */
const THINK_MS = 1_500;

/** Seconds since midnight of a SCORM 1.2 time of day (HH:MM:SS). */
const secondsOfDay = (time: string) => time.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** Interactions as the LMS holds them: index → { field → value }. */
function interactions(held: Record<string, string>) {
  const out: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(held)) {
    const m = key.match(/^cmi\.interactions\.(\d+)\.(.+)$/);
    if (m && !m[2].includes('_count') && !m[2].endsWith('_children')) (out[Number(m[1])] ??= {})[m[2]] = value;
  }
  return out;
}

function objectives(held: Record<string, string>) {
  const out: Record<string, Record<string, string>> = {};
  for (const [key, value] of Object.entries(held)) {
    const m = key.match(/^cmi\.objectives\.(\d+)\.(.+)$/);
    if (m && !m[2].includes('_count') && !m[2].endsWith('_children')) {
      const id = held[`cmi.objectives.${m[1]}.id`].replace(/_/g, '-');
      (out[id] ??= {})[m[2]] = value;
    }
  }
  return out;
}

/** Decisions a learner who always picks a right option makes in the lessons. */
/** Decisions on the keyed path through the pages a learner of `department` sees (other departments' pages are not on the route). */
function lessonDecisions(structure: any, department?: string): number {
  const mine = department ?? structure.departments?.[0];
  let n = 0;
  for (const lesson of structure.lessons) {
    const pages = lesson.pages.filter((p: any) => !p.departments || p.departments.includes(mine));
    for (const block of pages.flatMap((p: any) => p.blocks)) {
      if (block.type === 'question') n++;
      if (block.type === 'scenario') {
        for (let at = block.start; !block.endings.includes(at); n++) at = block.steps[at].options.find((o: any) => o.correct).next;
      }
    }
  }
  return n;
}

for (const course of COURSES) {
  for (const version of VERSIONS) {
    const is12 = version === 'scorm12';
    test.describe(`${course} in SCORM ${is12 ? '1.2' : '2004'} reports`, () => {
      const { structure, text } = packageData(course, version);

      test('objectives, interactions and scores for a failed then passed attempt', async ({ page }) => {
        const frame = await launch(page, { course, version, lang: 'en-GB', name: 'Jansen, Eva' });
        // The second department: its pages move up the route (lms-profiles.spec.ts plays the first).
        await playLessons(frame, structure, text.en, { right: true, department: structure.departments?.[1] });
        await takeAssessment(frame, structure, text.en, 0);
        await expect(frame.getByText(text.en.ui.result.failed, { exact: true })).toBeVisible();
        await expect(frame.locator('course-certificate')).toHaveCount(0);
        await expect.poll(() => committed(page, is12 ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('failed');
        let held = (await lms(page)).committed!;
        expect(held[is12 ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBe('failed');
        expect(held[is12 ? 'cmi.core.score.raw' : 'cmi.score.raw']).toBe('0');
        expect(held[is12 ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
        // A fail shows what to read again per objective, with the lessons, and not the keys.
        const result = frame.locator('result-view');
        await expect(result.getByRole('heading', { name: text.en.ui.result.revisitTitle })).toBeVisible();
        for (const objective of COMPETENCES) await expect(result).toContainText(text.en.ui.objectives[objective]);
        await expect(result.getByRole('button', { name: text.en.lessons[structure.lessons[0].id].title }).first()).toBeVisible();
        await expect(result.getByText(text.en.ui.result.yourAnswer)).toHaveCount(0);

        await frame.getByRole('button', { name: text.en.ui.result.retry, exact: true }).click();
        // The learner thinks 1.5 s over the second question: its latency and time must show it.
        const retriedAt = Date.now();
        const order = new Map<string, string[]>();
        await takeAssessment(frame, structure, text.en, Infinity, order, 'keys', (index) => (index === 1 ? THINK_MS : 0));
        const attemptSeconds = (Date.now() - retriedAt) / 1000;
        await expect(frame.getByText(text.en.ui.result.passed, { exact: true })).toBeVisible();
        await expect(frame.locator('course-certificate')).toContainText('Eva Jansen'); // the LMS's "Last, First", as a person reads it
        // The learner leaves: the last save reports the session time.
        await leave(page, is12);
        held = (await lms(page)).committed!;

        const all = interactions(held);
        // The certificate's code is recorded once, as a neutral fill-in answer.
        const certificate = all.filter((i) => i.id === CERTIFICATE_INTERACTION);
        expect(certificate).toHaveLength(1);
        expect(certificate[0]).toMatchObject({ type: 'fill-in', result: 'neutral' });
        expect(certificate[0][is12 ? 'student_response' : 'learner_response']).toMatch(/^[A-Z]{3}-\d{8}-100-[0-9A-Z]{6}$/);
        const list = all.filter((i) => i.id !== CERTIFICATE_INTERACTION);
        const draw = structure.assessment.draw;
        expect(list).toHaveLength(lessonDecisions(structure, structure.departments?.[0]) + 2 * draw);
        const ids = list.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.filter((id) => id.endsWith('.try1'))).toHaveLength(draw);
        expect(ids.filter((id) => id.endsWith('.try2'))).toHaveLength(draw);
        // A retry is a new test: a question of the first try comes back only where the bank has too
        // few unseen ones, per objective (minPerObjective each) and in all (the draw).
        const asked = (k: number) => ids.filter((id) => id.endsWith(`.try${k}`)).map((id) => id.replace(/\.try\d+$/, ''));
        const { bank, minPerObjective } = structure.assessment;
        const unseen = (objective: string) => bank.filter((q: any) => q.objective === objective && !asked(1).includes(lmsId(`assessment.${q.id}`))).length;
        const forcedPerObjective = COMPETENCES.reduce((n, o) => n + Math.max(0, minPerObjective - unseen(o)), 0);
        const spareUnseen = COMPETENCES.reduce((n, o) => n + Math.max(0, unseen(o) - minPerObjective), 0);
        const forced = forcedPerObjective + Math.max(0, draw - COMPETENCES.length * minPerObjective - spareUnseen);
        expect(asked(2).filter((id) => asked(1).includes(id)).length).toBe(forced);
        for (const i of list) {
          expect(i.id).toMatch(LMS_ID);
          expect(i.type).toBe('choice');
          expect(COMPETENCES.map(lmsId)).toContain(i['objectives.0.id']);
          if (is12) {
            expect(i.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
            expect(i.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
            expect(i.student_response).toMatch(/^[a-e](,[a-e])*$/);
            expect(i['correct_responses.0.pattern']).toMatch(/^[a-e](,[a-e])*$/);
            expect(['correct', 'wrong']).toContain(i.result);
          } else {
            expect(i.latency).toMatch(/^P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/);
            expect(i.latency).not.toBe('PT');
            expect(i.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?Z$/);
            // Letters, digits, "_" and ".": what Moodle takes in a choice response.
            expect(i.learner_response).toMatch(/^[A-Za-z0-9_.]+(\[,\][A-Za-z0-9_.]+)*$/);
            expect(i['correct_responses.0.pattern']).toMatch(/^[A-Za-z0-9_.]+(\[,\][A-Za-z0-9_.]+)*$/);
            expect(i.description).toContain(' — Answer: ');
            expect(i.description.length).toBeLessThanOrEqual(250);
            expect(['correct', 'incorrect']).toContain(i.result);
          }
        }
        // Per-question time: latency from showing a question to the last answer to it, time of
        // that answer; not the hand-in's for every question.
        const answeredInOrder = [...order.keys()].map((id) => list.find((i) => i.id === lmsId(assessmentInteraction(id, 2)))!);
        const latencies = answeredInOrder.map((i) => durationSeconds(i.latency)!);
        const times = answeredInOrder.map((i) => (is12 ? secondsOfDay(i.time) : Date.parse(i.timestamp) / 1000));
        console.log(`${course} ${version} try2: latencies ${latencies.map((l) => l.toFixed(2)).join(' ')} s; times ${times.map((t) => (t - times[0]).toFixed(2)).join(' ')} s after the first; attempt ${attemptSeconds.toFixed(1)} s`);
        for (const latency of latencies) {
          expect(latency).toBeGreaterThan(0);
          expect(latency).toBeLessThan(attemptSeconds);
        }
        expect(latencies[1]).toBeGreaterThanOrEqual(THINK_MS / 1000);
        expect(latencies[0]).toBeLessThan(THINK_MS / 1000);
        expect(latencies.reduce((a, b) => a + b, 0)).toBeLessThan(attemptSeconds);
        for (let n = 1; n < times.length; n++) expect(times[n]).toBeGreaterThanOrEqual(times[n - 1]);
        // 1.2 times have whole seconds: the think time shows as at least one second between the first two.
        expect(times[1] - times[0]).toBeGreaterThanOrEqual(is12 ? 1 : THINK_MS / 1000);
        expect(times.at(-1)! - times[0]).toBeLessThan(attemptSeconds + 1);

        const first = list.filter((i) => i.id.endsWith('.try1'));
        expect(first.every((i) => i.result !== 'correct')).toBe(true);
        expect(list.filter((i) => i.id.endsWith('.try2')).every((i) => i.result === 'correct')).toBe(true);

        const objs = objectives(held);
        for (const id of COMPETENCES) {
          expect(objs[id], id).toBeTruthy();
          // A competence scores the share of right decisions in the lessons and the latest test
          // attempt: the LMS's own interactions must add up to the objective's score.
          const counted = list.filter((i) => i['objectives.0.id'] === lmsId(id) && !i.id.endsWith('.try1'));
          const right = counted.filter((i) => i.result === 'correct').length;
          expect(objs[id]['score.raw'], id).toBe(String(Math.round((right / counted.length) * 100)));
          if (is12) expect(['passed', 'failed']).toContain(objs[id].status);
          else {
            expect(objs[id].completion_status).toBe('completed');
            expect(['passed', 'failed']).toContain(objs[id].success_status);
          }
        }
        for (const lesson of structure.lessons) {
          expect(objs[lesson.id][is12 ? 'status' : 'completion_status']).toBe('completed');
        }
        if (is12) {
          expect(held['cmi.core.lesson_status']).toBe('passed');
          expect(held['cmi.core.score.raw']).toBe('100');
          expect(held['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
        } else {
          expect(held['cmi.completion_status']).toBe('completed');
          expect(held['cmi.success_status']).toBe('passed');
          expect(held['cmi.score.raw']).toBe('100');
          expect(held['cmi.score.scaled']).toBe('1');
          expect(held['cmi.exit']).toBe('normal');
          expect(held['cmi.session_time']).toMatch(/^PT/);
          expect(held['cmi.progress_measure']).toBe('1.00');
        }
        expect((await lms(page)).errors).toEqual([]);
      });

      test("the LMS's mastery score wins over the course default", async ({ page }) => {
        const frame = await launch(page, { course, version, lang: 'nl-NL', mastery: 50 });
        await frame.getByRole('button', { name: text.nl.ui.start, exact: true }).click();
        await frame.getByRole('button', { name: text.nl.ui.menu, exact: true }).click();
        await frame.getByRole('button', { name: text.nl.ui.screens.assessment, exact: true }).click();
        await expect(frame.getByText(`${50}%`, { exact: false }).first()).toBeVisible();
        const draw = structure.assessment.draw;
        await takeAssessment(frame, structure, text.nl, Math.ceil(draw * 0.6));
        await expect.poll(() => committed(page, is12 ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('passed');
        const held = (await lms(page)).committed!;
        if (is12) expect(held['cmi.core.lesson_status']).toBe('passed');
        else expect(held['cmi.success_status']).toBe('passed');
        // Not every lesson was done, so the course is not complete (2004 keeps these apart).
        if (!is12) expect(held['cmi.completion_status']).toBe('incomplete');
        await expect(frame.getByText(text.nl.ui.result.passed, { exact: true })).toBeVisible();
      });
    });
  }
}
