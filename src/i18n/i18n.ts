// i18next set up for the course. Each language comes in two parts, fetched from the package
// (written by the build): locales/<lang>.json holds what the first screen, the menu and the help
// panel show; locales/<lang>.rest.json the lessons and the final test, fetched after the first
// screen is up, so the learner waits only for what they see.
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../progress/state.js';

export const t = i18next.t.bind(i18next);

/** Maps what an LMS or browser says ("nl-NL", "en_GB", "dut", "pol") to one of the offered languages. */
export function matchLanguage(value: string | undefined | null, offered: readonly Language[] = LANGUAGES): Language | undefined {
  const code = (value ?? '').trim().toLowerCase().slice(0, 3);
  const language: Language | undefined = /^(nl|dut|nld)/.test(code)
    ? 'nl'
    : /^(en|eng)/.test(code)
      ? 'en'
      : /^(pl|pol)/.test(code)
        ? 'pl'
        : undefined;
  return language && offered.includes(language) ? language : undefined;
}

/** LMS preference first, then the browser, then the course's first language. */
export function chooseLanguage(lmsPreference: string, browser: readonly string[], offered: readonly Language[] = LANGUAGES): Language {
  return matchLanguage(lmsPreference, offered) ?? browser.map((b) => matchLanguage(b, offered)).find((l) => l) ?? offered[0];
}

const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/** Fetches one part of a language once, however often it is asked for. */
function load(language: Language, part: '' | '.rest'): Promise<void> {
  const file = `locales/${language}${part}.json`;
  if (!loading.has(file)) {
    const done = fetch(file).then(async (response) => {
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      i18next.addResourceBundle(language, 'translation', await response.json(), true, true);
      loaded.add(file);
    });
    done.catch(() => loading.delete(file)); // a failed fetch may be tried again
    loading.set(file, done);
  }
  return loading.get(file)!;
}

/** Switches to a language. With `rest: false` only the first screen's texts are awaited. */
export async function useLanguage(language: Language, { rest = true } = {}): Promise<void> {
  if (!i18next.isInitialized) {
    await i18next.init({ lng: language, fallbackLng: false, resources: {}, returnNull: false, interpolation: { escapeValue: false } });
  }
  await Promise.all([load(language, ''), rest ? load(language, '.rest') : undefined]);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The lessons' and the final test's texts in a language; resolves once they are in. */
export const loadLessonTexts = (language: Language): Promise<void> => load(language, '.rest');

/** True once the lessons' texts of the current language are in. */
export const lessonTextsReady = (): boolean => loaded.has(`locales/${i18next.language}.rest.json`);

/** A list of paragraphs or items from the resources. */
export function texts(key: string): string[] {
  const value = i18next.t(key, { returnObjects: true }) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
}
