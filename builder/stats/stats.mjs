// How long a course takes (#15): per route the words a learner reads and the minutes at a B1
// reading speed, and the reading ease of every page.
//
// minutes = words read on the route / 130 words per minute + 10 s per answer.
// 130 wpm is the speed agreed for B1 readers and readers in a second language: Brysbaert (2019,
// "How many words do we read per minute?", Journal of Memory and Language 109) puts adult silent
// reading of non-fiction at 238 wpm (most adults 175–300) and finds second-language readers
// slower; 130 wpm sits well below the adult range, as a B1 reader on a phone needs.
// Counted per route: the welcome screen (title, paragraphs, content note), every page on the
// route (reading.mjs) and the final test. Left out: the player's own words (buttons, menu,
// progress), the help panel and the sources screen (opened on demand), the department picker
// and the result screen's score line.
// The course's durationMinutes (LOM, catalogue.json, {{minutes}} in the welcome text) is the
// longest route in any language, rounded up to 5 minutes.
import { readability, scoreText } from './readability.mjs';
import { assessmentReading, pageReading, welcomeTexts, wordCount } from './reading.mjs';

export const WORDS_PER_MINUTE = 130;
export const SECONDS_PER_ANSWER = 10;

export const minutesFor = (words, answers) => words / WORDS_PER_MINUTE + (answers * SECONDS_PER_ANSWER) / 60;
export const roundUpTo5 = (minutes) => Math.max(5, Math.ceil(minutes / 5) * 5);

/**
 * @param {(course, department?: string) => { kind: string, lesson?: number, page?: number }[]} route
 *   the player's own route (src/progress/screens.ts), so the figures follow what a learner sees
 */
export function courseStats(course, lang, route) {
  const departments = course.departments?.length ? [undefined, ...course.departments] : [undefined];
  const test = assessmentReading(course, lang);
  const routes = departments.map((department) => {
    let words = wordCount(welcomeTexts(course, lang));
    let answers = 0;
    let pages = 0;
    for (const screen of route(course, department)) {
      if (screen.kind !== 'page') continue;
      const lesson = course.lessons[screen.lesson];
      const read = pageReading(lesson, lesson.pages[screen.page], lang, 'route');
      words += wordCount(read.texts);
      answers += read.answers;
      pages++;
    }
    words += test.words;
    answers += test.answers;
    return { department: department ?? null, pages, words: Math.round(words), answers: Math.round(answers), minutes: minutesFor(words, answers) };
  });
  const pages = [
    { lesson: '(course)', page: 'welcome', title: course.text[lang].welcome.title, ...readability(welcomeTexts(course, lang), lang) },
    ...course.lessons.flatMap((lesson) =>
      lesson.pages.map((page) => ({
        lesson: lesson.id,
        page: page.id,
        title: lesson.text[lang].pages[page.id],
        departments: page.departments,
        ...readability(pageReading(lesson, page, lang, 'all').texts, lang),
      })),
    ),
  ];
  if (course.assessment) pages.push({ lesson: course.assessment.lesson, page: 'bank', title: course.assessment.text[lang].title, ...readability(test.texts, lang) });
  return { course: course.id, lang, routes, pages };
}

/** Stats of every course in every language, and each course's durationMinutes. */
export function allStats(courses, route) {
  return courses.map((course) => {
    const perLanguage = course.languages.map((lang) => courseStats(course, lang, route));
    const longest = Math.max(...perLanguage.flatMap((s) => s.routes.map((r) => r.minutes)));
    return { course: course.id, durationMinutes: roundUpTo5(longest), longestMinutes: longest, perLanguage };
  });
}

export function formatStats(stats) {
  const lines = [];
  for (const s of stats) {
    lines.push(`${s.course}: durationMinutes ${s.durationMinutes} (longest route ${s.longestMinutes.toFixed(1)} min, rounded up to 5)`);
    for (const l of s.perLanguage) {
      lines.push(`  ${l.lang}: route                words  answers  minutes`);
      for (const r of l.routes) {
        lines.push(`      ${(r.department ?? '(no department)').padEnd(20)} ${String(r.words).padStart(5)}  ${String(r.answers).padStart(7)}  ${r.minutes.toFixed(1).padStart(7)}`);
      }
      lines.push(`  ${l.lang}: reading ease per page (${l.pages[0].formula ?? 'no validated formula for this language: a native reviewer checks B1'}; words, words/sentence, syllables/word)`);
      for (const p of l.pages) {
        const where = `${p.lesson}/${p.page}${p.departments ? ` [${p.departments.join(',')}]` : ''}`;
        lines.push(`      ${scoreText(p).padStart(4)}  ${where.padEnd(52)} ${String(p.words).padStart(5)}  ${p.wordsPerSentence.toFixed(1).padStart(5)}  ${p.syllablesPerWord.toFixed(2)}`);
      }
    }
    lines.push('');
  }
  lines.push(`minutes = words / ${WORDS_PER_MINUTE} per minute + ${SECONDS_PER_ANSWER} s per answer; see builder/stats/stats.mjs`);
  return lines.join('\n');
}
