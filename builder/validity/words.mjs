// Words of an option label, for cue-word counting. Stop words (articles, pronouns, common
// verbs and prepositions) are left out: they are in almost every option and say nothing.
// Absolute and hedging words ("altijd", "alleen", "never", "only") are deliberately NOT stop
// words: they are the classic cues.

const STOP = {
  nl: `de het een en of maar dat die dit deze dan als om te van in op aan met voor bij naar uit over door tot
    je jij jou jouw u uw ik me mij mijn we wij ons onze hij hem zijn ze zij haar hun hen het er hier daar
    is ben bent was waren wordt worden werd zijn heeft hebt heb had hebben kan kun kunnen wil wilt willen
    moet moeten mag mogen zal zult zullen gaat ga gaan doe doet doen zo ook nog wel al wat wie waar hoe
    welke`,
  en: `the a an and or but that this these those then than if to of in on at with for by from into about
    as you your i me my we us our he him his she her they them their it its there here is are was were be
    been being am has have had do does did can could will would shall should may might must what who
    where how which so also`,
  pl: `w we z ze na do od o u po za przy przez dla i a ale lub albo czy że żeby to ten ta te tego tej tym
    ty ci cię ciebie ja mi mnie my nas nam on go mu jego ona jej ją ono oni one ich im je się sobie
    jest są był była było byli być ma mam masz mają mamy może mogę możesz mogą musi muszę musisz muszą
    jak co kto gdzie kiedy który która które tak też już jeszcze wtedy tu tam tym tę twój twoja twoje
    swój swoja swoje mój moja moje jeśli gdy bo więc by`,
};
const stopWords = Object.fromEntries(Object.entries(STOP).map(([lang, list]) => [lang, new Set(list.split(/\s+/).filter(Boolean))]));

/** Distinct lower-case words of a text, stop words removed. */
export function contentWords(text, lang) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  return new Set(words.filter((w) => !stopWords[lang]?.has(w)));
}
