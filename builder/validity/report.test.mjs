import { expect, it } from 'vitest';
import { hardRuleFailures, validityReport } from './report.mjs';
import { enforceValidity, ValidityError, validityMode } from './index.mjs';

// A tiny course in the shape loadContent returns: one scenario, one check, a bank of 6.
const q = (id, objective, labels) => ({ id, type: 'question', objective, multiple: false, options: Object.keys(labels), correct: [Object.keys(labels)[0]], sources: ['S004'] });
const textOf = (questions) => ({ nl: { blocks: Object.fromEntries(questions.map(([id, labels]) => [id, { options: Object.fromEntries(Object.entries(labels).map(([o, label]) => [o, { label }])) }])) } });

function course({ bankLabels, nextB = 'end-b' }) {
  const check = { a: 'Geef het door aan je leidinggevende', b: 'Niets doen', c: 'Zelf vragen' };
  const bank = bankLabels.map((labels, i) => q(`b${i}`, ['signals', 'victim-blaming', 'next-steps'][i % 3], labels));
  return {
    id: 'demo',
    lessons: [
      {
        id: 'les',
        pages: [
          {
            id: 'p',
            blocks: [
              q('check', 'signals', check),
              { id: 'sc', type: 'scenario', start: 's1', endings: ['end-a', 'end-b'], steps: { s1: { objective: 'next-steps', options: [{ id: 'a', correct: true, next: 'end-a' }, { id: 'b', next: nextB }] } } },
            ],
          },
        ],
        text: {
          nl: {
            blocks: {
              ...textOf([['check', check]]).nl.blocks,
              sc: { steps: { s1: { options: { a: { label: 'Kort' }, b: { label: 'Een veel langere keuze' } } } } },
            },
          },
        },
      },
    ],
    assessment: {
      lesson: 'toets',
      draw: 3,
      masteryScore: 60,
      minPerObjective: 1,
      minBank: 6,
      minBankPerObjective: 2,
      bank,
      text: textOf(bank.map((b, i) => [b.id, bankLabels[i]])),
    },
  };
}

it('a bank whose keys are always the longest fails on key length and blind pass', () => {
  const longKeys = Array.from({ length: 6 }, () => ({ k: 'het lange juiste antwoord', x: 'kort', y: 'korter' }));
  const report = validityReport(course({ bankLabels: longKeys }), 'nl');
  expect(report.keyed).toBe(8);
  expect(report.keyLongest).toBe(7); // every key but the scenario's "Kort"
  expect(report.bank.blindPass.longest).toBe(1);
  expect(report.bank.blindPass.shortest).toBe(0);
  expect(report.bank.blindPass.first).toBeCloseTo(7 / 27, 12); // need 2 of 3 (67 %), each 1/3
  const failures = hardRuleFailures(report);
  expect(failures).toContainEqual(expect.stringMatching(/^demo \(nl\): key longest in 7 of 8 items \(88 %\)/));
  expect(failures).toContainEqual(expect.stringMatching(/always picking the longest option passes the final test with probability 100\.00 %/));
  expect(failures).toContainEqual(expect.stringMatching(/always picking the first option passes the final test with probability 25\.93 %/));
});

it('a bank whose keys are always the shortest fails on key length and blind pass', () => {
  const shortKeys = Array.from({ length: 6 }, () => ({ k: 'kort', x: 'een lang fout antwoord', y: 'een langer fout antwoord' }));
  const report = validityReport(course({ bankLabels: shortKeys }), 'nl');
  expect(report.keyShortest).toBe(7); // every key but the check's long one
  expect(report.keyLongest).toBe(1);
  expect(report.bank.blindPass.shortest).toBe(1);
  const failures = hardRuleFailures(report);
  expect(failures).toContainEqual(expect.stringMatching(/^demo \(nl\): key shortest in 7 of 8 items \(88 %\); at most 35 %$/));
  expect(failures).not.toContainEqual(expect.stringMatching(/key longest/));
});

it('lets a key be the shortest option in at most 35 % of the items', () => {
  // 2 of 8 keys shortest (the scenario's "Kort" and one bank key) passes; 3 of 8 (38 %) fails.
  const mixed = (shortest) =>
    Array.from({ length: 6 }, (_, i) => (i < shortest ? { k: 'kort', x: 'wat langer', y: 'nog veel langer' } : { k: 'middellang', x: 'kort', y: 'nog veel langer' }));
  expect(hardRuleFailures(validityReport(course({ bankLabels: mixed(1) }), 'nl'))).not.toContainEqual(expect.stringMatching(/key shortest/));
  expect(hardRuleFailures(validityReport(course({ bankLabels: mixed(2) }), 'nl'))).toContainEqual(
    expect.stringMatching(/^demo \(nl\): key shortest in 3 of 8 items \(38 %\)/),
  );
});

it('lets a cue word sit on one side in at most 80 % of its uses', () => {
  // "gewoon" in one key and in `wrongUses` distractors of the bank.
  const bank = (wrongUses) =>
    Array.from({ length: 6 }, (_, i) => ({ k: i === 0 ? 'gewoon goed' : `goed ${i}`, x: i < wrongUses ? 'gewoon fout' : `fout ${i}`, y: `anders ${i}` }));
  const cueFailures = (wrongUses) => hardRuleFailures(validityReport(course({ bankLabels: bank(wrongUses) }), 'nl')).filter((f) => f.includes('"gewoon"'));
  expect(cueFailures(4)).toEqual([]); // 4 of 5 wrong: 80 %
  expect(cueFailures(5)).toEqual(['demo (nl): cue word "gewoon" is in a wrong option in 5 of its 6 uses (83.3 %); at most 80 %']);
});

it('reports a decision whose options all lead to the same place, and a small bank', () => {
  const balanced = Array.from({ length: 3 }, () => ({ k: 'even lang', x: 'zo lange', y: 'wat langer' }));
  const report = validityReport(course({ bankLabels: balanced, nextB: 'end-a' }), 'nl');
  expect(report.nonBranching).toEqual(['les/sc/s1']);
  const failures = hardRuleFailures(report);
  expect(failures).toContain('demo (nl): scenario decision les/sc/s1 does not branch: every option leads to the same next step');
  expect(failures).toContain('demo (nl): the bank holds 3 questions; minBank is 6');
  expect(failures).toContain('demo (nl): the bank holds 1 signals questions; minBankPerObjective is 2');
});

it('is strict unless VALIDITY=warn', () => {
  expect(validityMode({})).toBe('strict');
  expect(validityMode({ VALIDITY: 'warn' })).toBe('warn');
  expect(() => enforceValidity(['x: y'], 'strict')).toThrow(ValidityError);
  expect(enforceValidity(['x: y'], 'warn')).toEqual(['warning (VALIDITY=warn): x: y']);
  expect(enforceValidity([], 'strict')).toEqual([]);
});

it('pilot: unmet discrimination rules fail a course that enforces them, and are only reported by one that says `pilotRules: report`; missing answers fail both', async () => {
  const { courseItems } = await import('./items.mjs');
  const { fingerprint } = await import('../pilot/pilot-data.mjs');
  const { pilotNotices } = await import('./report.mjs');
  const labels = Array.from({ length: 6 }, () => ({ k: 'een antwoord', x: 'een ander', y: 'een derde' }));
  const base = course({ bankLabels: labels });
  const items = courseItems(base, 'nl');
  // every reader, naive or trained, picks every key: nothing discriminates
  const reader = (id, panel) => ({ id, panel, answers: Object.fromEntries(items.map((i) => [i.ref, { option: i.options.find((o) => o.correct).id, item: fingerprint(i) }])) });
  const pilot = { language: 'nl', readers: [...['n1', 'n2', 'n3', 'n4'].map((id) => reader(id, 'naive')), ...['t1', 't2', 't3'].map((id) => reader(id, 'trained'))] };
  const enforced = validityReport({ ...base, assessment: { ...base.assessment, pilotRules: 'enforce' } }, 'nl', pilot);
  expect(hardRuleFailures(enforced)).toContainEqual(expect.stringMatching(/pilot: toets\/b0: discrimination \+0 pt/));
  expect(pilotNotices(enforced)).toEqual([]);
  const reported = validityReport({ ...base, assessment: { ...base.assessment, pilotRules: 'report' } }, 'nl', pilot);
  expect(hardRuleFailures(reported).filter((f) => f.includes('pilot'))).toEqual([]);
  expect(pilotNotices(reported)).toContainEqual(expect.stringMatching(/^not yet met \(pilotRules: report in the course file\): demo \(nl\) pilot: toets\/b0: discrimination/));
  const unpiloted = validityReport({ ...base, assessment: { ...base.assessment, pilotRules: 'report' } }, 'nl', { language: 'nl', readers: [] });
  expect(hardRuleFailures(unpiloted)).toContainEqual(expect.stringMatching(/pilot: toets\/b0 has pilot answers from 0 naive and 0 trained readers/));
});
