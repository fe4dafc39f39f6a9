// Every answer a learner gave, as the LMS must end up holding it: id, response and result, in
// the vocabulary of the API the course tracked through. Built from the course's own key and the
// choices the test made (helpers.ts: playLessons answers right, takeAssessment records its
// choices), never from hard-coded ids.
import { assessmentInteraction, lmsId, questionInteraction, scenarioInteraction } from '../src/lms/ids';

export interface HeldAnswer {
  id: string;
  response: string;
  result: string;
}

/** Interactions as the LMS holds them: index → { field → value }. */
export function heldInteractions(held: Record<string, string>): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(held)) {
    const m = key.match(/^cmi\.interactions\.(\d+)\.(.+)$/);
    if (m && !m[2].includes('_count') && !m[2].endsWith('_children')) (out[Number(m[1])] ??= {})[m[2]] = value;
  }
  return out;
}

function answer(is12: boolean, id: string, options: string[], chosen: string[], right: boolean): HeldAnswer {
  const letter = (option: string) => String.fromCharCode(97 + options.indexOf(option));
  return {
    id: lmsId(id),
    response: is12 ? chosen.map(letter).join(',') : chosen.map(lmsId).join('[,]'),
    result: right ? 'correct' : is12 ? 'wrong' : 'incorrect',
  };
}

/** A learner who answered every question and scenario step on the `played` pages ("lesson.page" keys) right, then the final test as `given`. */
export function expectedAnswers(structure: any, played: string[], given: Map<string, string[]>, is12: boolean, attempt = 1): HeldAnswer[] {
  const out: HeldAnswer[] = [];
  for (const key of played) {
    const [l, p] = key.split('.').map(Number);
    const lesson = structure.lessons[l];
    for (const block of lesson.pages[p].blocks) {
      if (block.type === 'question') out.push(answer(is12, questionInteraction(lesson.id, block.id), block.options, block.correct, true));
      if (block.type === 'scenario') {
        for (let at = block.start; !block.endings.includes(at); ) {
          const step = block.steps[at];
          const option = step.options.find((o: any) => o.correct);
          out.push(answer(is12, scenarioInteraction(lesson.id, block.id, at), step.options.map((o: any) => o.id), [option.id], true));
          at = option.next;
        }
      }
    }
  }
  for (const [questionId, chosen] of given) {
    const q = structure.assessment.bank.find((b: any) => b.id === questionId);
    const right = chosen.length === q.correct.length && chosen.every((c: string) => q.correct.includes(c));
    out.push(answer(is12, assessmentInteraction(questionId, attempt), q.options, chosen, right));
  }
  return out;
}

/** What the LMS holds for each expected answer (undefined fields where it holds nothing). */
export function heldAnswers(held: Record<string, string>, expected: HeldAnswer[], is12: boolean): HeldAnswer[] {
  const list = heldInteractions(held);
  return expected.map(({ id }) => {
    const found = list.find((i) => i?.id === id);
    return { id: found?.id as string, response: found?.[is12 ? 'student_response' : 'learner_response'] as string, result: found?.result as string };
  });
}
