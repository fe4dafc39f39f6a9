// i18next set up for the course: one resource bundle per language, fetched from the package
// (locales/<lang>.json, written by the build) only when that language is used.
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../progress/state.js';

export const t = i18next.t.bind(i18next);

/** Maps what an LMS or browser says ("nl-NL", "en_GB", "dut", "eng") to a course language. */
export function matchLanguage(value: string | undefined | null): Language | undefined {
  const code = (value ?? '').trim().toLowerCase().slice(0, 3);
  if (/^(nl|dut|nld)/.test(code)) return 'nl';
  if (/^(en|eng)/.test(code)) return 'en';
  return undefined;
}

/** LMS preference first, then the browser, then Dutch. */
export function chooseLanguage(lmsPreference: string, browser: readonly string[]): Language {
  return matchLanguage(lmsPreference) ?? browser.map(matchLanguage).find((l) => l) ?? LANGUAGES[0];
}

export async function useLanguage(language: Language): Promise<void> {
  if (!i18next.isInitialized) {
    await i18next.init({ lng: language, fallbackLng: false, resources: {}, returnNull: false, interpolation: { escapeValue: false } });
  }
  if (!i18next.hasResourceBundle(language, 'translation')) {
    const response = await fetch(`locales/${language}.json`);
    if (!response.ok) throw new Error(`locales/${language}.json: ${response.status}`);
    i18next.addResourceBundle(language, 'translation', await response.json());
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** A list of paragraphs or items from the resources. */
export function texts(key: string): string[] {
  const value = i18next.t(key, { returnObjects: true }) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
}
