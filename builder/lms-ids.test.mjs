// The build refuses content whose LMS identifiers an LMS would refuse or confuse.
import { describe, expect, it } from 'vitest';
import { checkLmsIdentifiers } from './lms-ids.mjs';

const question = (id, options = ['ja', 'nee']) => ({ id, type: 'question', options, correct: [options[0]] });
const course = (lessons, bank = []) => ({ id: 'hotel', lessons, assessment: { lesson: 'hotel-toets', bank } });

describe('checkLmsIdentifiers', () => {
  it('accepts ids made of letters, digits and "-"', () => {
    const problems = [];
    checkLmsIdentifiers(course([{ id: 'les-1', pages: [{ blocks: [question('vraag-1')] }] }], [question('t-1')]), problems);
    expect(problems).toEqual([]);
  });
  it('names file and field for a "_" in a content id and for two ids the LMS would see as one', () => {
    const problems = [];
    const lessons = [{ id: 'les-1', pages: [{ blocks: [question('vraag_1', ['a_b', 'c']), question('vraag-1')] }] }];
    checkLmsIdentifiers(course(lessons), problems);
    expect(problems).toContain('lessons/les-1/lesson.yaml: pages[0].blocks[0].id: "vraag_1" contains "_", which is reserved (the LMS receives "-" as "_")');
    expect(problems).toContain('lessons/les-1/lesson.yaml: pages[0].blocks[0].options[0]: "a_b" contains "_", which is reserved (the LMS receives "-" as "_")');
    expect(problems.some((p) => p.startsWith('lessons/les-1/lesson.yaml: pages[0].blocks[1].id: sends "les_1.vraag_1" to the LMS, as does lessons/les-1/lesson.yaml: pages[0].blocks[0].id'))).toBe(true);
  });
  it('refuses characters no runtime takes', () => {
    const problems = [];
    checkLmsIdentifiers(course([{ id: 'les 1', pages: [] }]), problems);
    expect(problems.some((p) => p.includes('"les 1" is not an identifier every LMS accepts'))).toBe(true);
  });
});
