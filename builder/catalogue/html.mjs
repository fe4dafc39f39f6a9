// The frame every catalogue page shares: head with a strict CSP, skip link, header with the menu
// and the language switch, main, footer. Text is escaped here; callers pass escaped fragments.

/** Escape text for HTML content and double-quoted attributes. */
export const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * No script at all, styles only from catalogue.css, pictures only from this folder, no
 * connections: the pages work the same from a web server and from disk (file://).
 */
export const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** The file of a page in a language: Dutch is `<name>.html`, other languages `<name>.<lang>.html`. */
export const pageFile = (name, lang) => (lang === 'nl' ? `${name}.html` : `${name}.${lang}.html`);

/**
 * @param {object} o
 * @param {object} o.t strings of the page's language
 * @param {object} o.other strings of the language the switch leads to
 * @param {string} o.name page name (index, guide, a course id)
 * @param {string} o.title the page's own title (text, unescaped)
 * @param {string} o.current which menu item is this page ('courses', 'guide' or '')
 * @param {string} o.body the main content (HTML)
 * @param {string} o.version the catalogue's version line
 */
export function layout({ t, other, name, title, current, body, version }) {
  const item = (key, href) =>
    `<li><a href="${href}"${current === key ? ' aria-current="page"' : ''}>${esc(t.nav[key])}</a></li>`;
  return `<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${esc(title === t.siteName ? title : `${title} · ${t.siteName}`)}</title>
<link rel="stylesheet" href="catalogue.css">
<link rel="alternate" hreflang="${other.lang}" href="${pageFile(name, other.lang)}">
</head>
<body>
<a class="skip" href="#main">${esc(t.skip)}</a>
<header class="site">
<div class="bar">
<a class="home" href="${pageFile('index', t.lang)}">${esc(t.siteName)}</a>
<a class="switch" href="${pageFile(name, other.lang)}" hreflang="${other.lang}" lang="${other.lang}">${esc(t.switchTo)}</a>
</div>
<nav aria-label="${esc(t.nav.label)}">
<ul>
${item('courses', pageFile('index', t.lang))}
${item('guide', pageFile('guide', t.lang))}
${item('results', pageFile('results', t.lang))}
</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site">
<p>${esc(t.footer(version))}</p>
<p><a href="catalogue.json" type="application/json">${esc(t.catalogueJson)}</a></p>
</footer>
</body>
</html>
`;
}
