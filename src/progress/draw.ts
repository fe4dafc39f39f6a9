// The final test's draw. Every objective gets at least `minPerObjective` questions, so no drawn
// test can skip one (a certificate must say the holder knows all three); the remaining places
// go to the rest of the bank at random. A retry is a new test: questions the learner met in an
// earlier attempt (`seen`) are drawn only when an objective has too few unseen ones left.
// Everything follows from the seed and `seen`, which is all suspend_data keeps, so a resumed
// attempt redraws the same questions in the same order.
import { COMPETENCES, type Assessment, type QuestionBlock } from '../course/model.js';
import { seededRandom, shuffled } from './random.js';

export function drawQuestions(assessment: Assessment, seed: number, seen: ReadonlySet<string> = new Set()): QuestionBlock[] {
  const random = seededRandom(seed);
  const minimum = assessment.minPerObjective ?? 0;
  const reserved: QuestionBlock[] = [];
  const rest: QuestionBlock[] = [];
  // Objectives in a fixed order, so the sequence of random numbers is the same on every load.
  const objectives = [...COMPETENCES, ...new Set(assessment.bank.map((q) => q.objective).filter((o) => !COMPETENCES.includes(o)))];
  for (const objective of objectives) {
    const group = unseenFirst(shuffled(assessment.bank.filter((q) => q.objective === objective), random), seen);
    reserved.push(...group.slice(0, minimum));
    rest.push(...group.slice(minimum));
  }
  const free = unseenFirst(shuffled(rest, random), seen).slice(0, Math.max(0, assessment.draw - reserved.length));
  return shuffled([...reserved, ...free], random).slice(0, assessment.draw);
}

/** The same questions, those not seen before first, each part in the order it had. */
const unseenFirst = (questions: QuestionBlock[], seen: ReadonlySet<string>) => [
  ...questions.filter((q) => !seen.has(q.id)),
  ...questions.filter((q) => seen.has(q.id)),
];
