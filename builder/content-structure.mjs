// Checks within one lesson.yaml that a schema cannot express: unique ids, answer keys that name
// real options, sources that exist, and scenarios whose every branch leads to an ending.
// Each problem is pushed as "<file>: <field>: <reason>".

/**
 * @param {{ pages?: any[], bank?: any[] }} lesson parsed and schema-checked lesson.yaml
 * @param {string} file
 * @param {(file: string) => string} rel
 * @param {string[]} problems
 * @param {(file: string, field: string, refs: string[] | undefined) => void} citeCheck
 */
export function checkLessonStructure(lesson, file, rel, problems, citeCheck) {
  if (!lesson.pages === !lesson.bank) {
    problems.push(`${rel(file)}: (root): needs either "pages" or "bank", not both or neither`);
    return;
  }
  const seen = new Set();
  const unique = (id, field) => {
    if (seen.has(id)) problems.push(`${rel(file)}: ${field}: id "${id}" is used twice in this lesson`);
    seen.add(id);
  };
  const checkQuestion = (q, field) => {
    unique(q.id, `${field}.id`);
    const options = new Set(q.options);
    if (options.size !== q.options.length) problems.push(`${rel(file)}: ${field}.options: an option id is used twice`);
    q.correct.forEach((c, k) => {
      if (!options.has(c)) problems.push(`${rel(file)}: ${field}.correct[${k}]: "${c}" is not one of the options`);
    });
    if (!q.multiple && q.correct.length > 1) problems.push(`${rel(file)}: ${field}.correct: a single-choice question has one correct option`);
    citeCheck(file, `${field}.sources`, q.sources);
  };
  (lesson.bank ?? []).forEach((q, i) => checkQuestion(q, `bank[${i}]`));
  (lesson.pages ?? []).forEach((page, p) => {
    unique(page.id, `pages[${p}].id`);
    page.blocks.forEach((block, b) => {
      const field = `pages[${p}].blocks[${b}]`;
      if (block.type === 'question') return checkQuestion(block, field);
      unique(block.id, `${field}.id`);
      if (block.type === 'quote') citeCheck(file, `${field}.source`, [block.source]);
      if (block.type === 'sources') citeCheck(file, `${field}.sources`, block.sources);
      if (block.type === 'scenario') checkScenario(block, field, file, rel, problems, citeCheck);
    });
  });
}

function checkScenario(scenario, field, file, rel, problems, citeCheck) {
  const steps = scenario.steps;
  const endings = new Set(scenario.endings);
  citeCheck(file, `${field}.sources`, scenario.sources);
  if (!steps[scenario.start]) problems.push(`${rel(file)}: ${field}.start: "${scenario.start}" is not a step`);
  for (const [stepId, step] of Object.entries(steps)) {
    if (endings.has(stepId)) problems.push(`${rel(file)}: ${field}.steps.${stepId}: a step and an ending share this id`);
    citeCheck(file, `${field}.steps.${stepId}.sources`, step.sources);
    if (!step.options.some((o) => o.correct)) problems.push(`${rel(file)}: ${field}.steps.${stepId}.options: no option is marked correct`);
    const ids = new Set();
    step.options.forEach((option, o) => {
      const at = `${field}.steps.${stepId}.options[${o}]`;
      if (ids.has(option.id)) problems.push(`${rel(file)}: ${at}.id: "${option.id}" is used twice in this step`);
      ids.add(option.id);
      if (!steps[option.next] && !endings.has(option.next)) {
        problems.push(`${rel(file)}: ${at}.next: "${option.next}" is neither a step nor an ending of this scenario`);
      }
    });
  }
  // Every path must end: walk the graph from the start and refuse cycles.
  const visiting = new Set();
  const done = new Set();
  const walk = (id) => {
    if (endings.has(id) || done.has(id) || !steps[id]) return;
    if (visiting.has(id)) {
      problems.push(`${rel(file)}: ${field}.steps.${id}: a branch leads back here; every path must reach an ending`);
      return;
    }
    visiting.add(id);
    for (const option of steps[id].options) walk(option.next);
    visiting.delete(id);
    done.add(id);
  };
  walk(scenario.start);
  for (const id of Object.keys(steps)) {
    if (!done.has(id) && !visiting.has(id)) problems.push(`${rel(file)}: ${field}.steps.${id}: no branch leads to this step`);
  }
}
