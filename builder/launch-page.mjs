// The launch page of a package. No inline script or style, so the course runs under a strict
// Content-Security-Policy (default-src 'self'). The SCORM version is fixed per package here:
// the player does not guess it from which API the LMS happens to expose.
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function launchPage(course, version) {
  const nl = course.text.nl;
  const en = course.text.en;
  return `<!doctype html>
<html lang="nl" data-scorm="${version === 'scorm12' ? '1.2' : '2004'}" data-course="${escape(course.id)}" data-languages="${escape(course.languages.join(' '))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(nl.title)}</title>
<link rel="stylesheet" href="page.css">
<link rel="preload" href="course.json" as="fetch" crossorigin="anonymous">
<script type="module" src="app.js"></script>
</head>
<body>
<p id="boot-error" hidden>${escape('De cursus kon niet worden geladen. Sluit dit venster en open de cursus opnieuw.')}<br><span lang="en">${escape('The course could not be loaded. Close this window and open the course again.')}</span>${course.languages.includes('pl') ? `<br><span lang="pl">${escape('Nie udało się wczytać kursu. Zamknij to okno i otwórz kurs ponownie.')}</span>` : ''}</p>
<noscript>${escape(nl.title)} / <span lang="en">${escape(en.title)}</span>: JavaScript is nodig / is required.</noscript>
</body>
</html>
`;
}
