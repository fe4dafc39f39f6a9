import { describe, expect, it } from 'vitest';
import { LMS_ID, assessmentInteraction, contentId, lmsId, questionInteraction, scenarioInteraction } from './ids.js';

describe('LMS identifiers', () => {
  it('maps "-" to "_" and back', () => {
    expect(lmsId('noteren-melden')).toBe('noteren_melden');
    expect(contentId(lmsId('hotel-signalen.vraag-1'))).toBe('hotel-signalen.vraag-1');
    expect(lmsId('plain')).toBe('plain');
  });
  it('derives interaction ids every runtime takes', () => {
    for (const id of [questionInteraction('hotel-signalen', 'vraag-a'), scenarioInteraction('jh-het-gesprek', 'sc-1', 'stap-2'), assessmentInteraction('t-minderjarig', 3)]) {
      expect(lmsId(id)).toMatch(LMS_ID);
    }
    expect(assessmentInteraction('t-x', 2)).toBe('assessment.t-x.try2');
  });
});
