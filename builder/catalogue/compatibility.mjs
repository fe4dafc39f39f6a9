// Where the packages were tried, as data: the catalogue's compatibility table and the guide's
// advice are generated from it. Facts from README.md ("For LMS administrators") and the real
// trials recorded in the shared LMS notes (Moodle 4.5.6 and Chamilo 1.11.28 exports of
// December 2026). `tried`: 'real' (an administrator's site), 'preview' (scorm-again profiles in
// e2e/lms-profiles.spec.ts) or 'no'. `lms` is a product name, or a key into the strings' guide.lmsNames;
// `notes` are keys into guide.notes.
export const LMS_TRIALS = [
  {
    lms: 'Moodle 4.5.6',
    tried: 'real',
    packages: [
      { version: 'scorm12', courses: ['hotel'], advice: 'recommended', notes: ['moodleAnswers12', 'moodlePass12'] },
      { version: 'scorm2004', courses: ['hotel', 'jeugdhulp'], advice: 'works', notes: ['moodleNoAnswers2004', 'moodlePass2004'] },
    ],
  },
  {
    lms: 'Chamilo 1.11.28',
    tried: 'real',
    packages: [
      { version: 'scorm12', courses: ['hotel'], advice: 'recommended', notes: ['chamiloStatus', 'chamiloNoAnswers'] },
      { version: 'scorm2004', courses: [], advice: 'useOther', notes: ['chamiloOnly12'] },
    ],
  },
  {
    lms: 'preview',
    tried: 'preview',
    packages: [
      { version: 'scorm12', courses: ['hotel', 'jeugdhulp'], advice: 'works', notes: ['previewAll'] },
      { version: 'scorm2004', courses: ['hotel', 'jeugdhulp'], advice: 'works', notes: ['previewAll'] },
    ],
  },
  { lms: 'SCORM Cloud', tried: 'no', packages: [] },
  { lms: 'Totara', tried: 'no', packages: [] },
];
