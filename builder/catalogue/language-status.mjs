// The one place the catalogue reads a language's review status, so a change in how the build
// derives it (who reviewed, when) touches only this function.

/** 'reviewed' or 'needs-review' for one language of a catalogue.json course entry. */
export function languageStatus(entry, lang) {
  const status = entry.languageStatus?.[lang];
  if (status === 'reviewed' || status?.status === 'reviewed') return 'reviewed';
  return 'needs-review';
}
