// The items a test-wise learner can game: every knowledge check, every final-test bank question
// and every scenario decision, with its option labels in one language and which option is right.
// Only items with exactly one right option are "keyed" (key longest/shortest, cue words, blind
// pass); every scenario decision counts for branching, however many options are right.

/**
 * @typedef {{ id: string, label: string, correct: boolean, next?: string }} ItemOption
 * @typedef {{ ref: string, kind: 'check' | 'bank' | 'decision', objective: string, prompt: string, context?: string[], options: ItemOption[] }} Item
 * `context` is what a decision's reader knows already: the scenario's title and introduction.
 */

/** @returns {Item[]} in course order: lessons (checks and decisions), then the bank */
export function courseItems(course, lang) {
  const items = [];
  for (const lesson of course.lessons) {
    const text = lesson.text[lang]?.blocks ?? {};
    for (const block of lesson.pages.flatMap((page) => page.blocks)) {
      if (block.type === 'question') items.push(questionItem(block, text[block.id], `${lesson.id}/${block.id}`, 'check'));
      if (block.type === 'scenario') {
        for (const [stepId, step] of Object.entries(block.steps)) {
          const scenario = text[block.id] ?? {};
          const labels = scenario.steps?.[stepId]?.options ?? {};
          items.push({
            ref: `${lesson.id}/${block.id}/${stepId}`,
            kind: 'decision',
            objective: step.objective,
            prompt: scenario.steps?.[stepId]?.prompt ?? '',
            context: [scenario.title ?? '', ...[scenario.intro ?? []].flat()],
            options: step.options.map((o) => ({ id: o.id, label: labels[o.id]?.label ?? '', correct: !!o.correct, next: o.next })),
          });
        }
      }
    }
  }
  const bankText = course.assessment?.text[lang]?.blocks ?? {};
  for (const q of course.assessment?.bank ?? []) items.push(questionItem(q, bankText[q.id], `${course.assessment.lesson}/${q.id}`, 'bank'));
  return items;
}

function questionItem(block, text, ref, kind) {
  return {
    ref,
    kind,
    objective: block.objective,
    prompt: text?.prompt ?? '',
    options: block.options.map((id) => ({ id, label: text?.options?.[id]?.label ?? '', correct: block.correct.includes(id) })),
  };
}

export const isKeyed = (item) => item.options.filter((o) => o.correct).length === 1;
export const keyOf = (item) => item.options.find((o) => o.correct);
/** Length as a learner sees it: characters of the label, surrounding space and quotes ignored. */
export const labelLength = (option) => option.label.trim().replace(/^["'“‘]|["'”’]$/g, '').length;

/** Scenario decisions whose options all lead to the same next step or ending. */
export const nonBranching = (items) => items.filter((i) => i.kind === 'decision' && new Set(i.options.map((o) => o.next)).size < 2);
