// What the results page and the sector page share: their own words (nl, en) and saving a file
// the page made (a Blob link: nothing is uploaded).

const TEXT = {
  nl: {
    all: 'alle',
    unrecorded: 'geen organisatie vastgelegd',
    shown: '{n} van {of} deelnemers getoond',
    noExports: 'Er is nog geen exportbestand gekozen (alleen een cursuspakket).',
    readerMissing: 'De lezer voor .xlsx en .ods (xlsx-reader.js) ontbreekt naast deze pagina. Kopieer de hele map, of kies de tekstdownloads (.txt, .csv).',
  },
  en: {
    all: 'all',
    unrecorded: 'no organisation recorded',
    shown: '{n} of {of} learners shown',
    noExports: 'No export file chosen yet (only a course package).',
    readerMissing: 'The .xlsx and .ods reader (xlsx-reader.js) is missing next to this page. Copy the whole folder, or choose the text downloads (.txt, .csv).',
  },
};

export const pageText = (lang) => TEXT[lang] ?? TEXT.nl;

/** Saves text the page made as a file, through a Blob link. */
export function download(content, type, name) {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
