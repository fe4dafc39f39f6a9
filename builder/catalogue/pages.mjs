// The catalogue's pages as HTML, from the course data and one language's strings. Structure only:
// every word comes from strings/<lang>.mjs or from the course data.
import { esc, layout, pageFile } from './html.mjs';
import { languageStatus } from './language-status.mjs';
import { LMS_TRIALS } from './compatibility.mjs';

/** A course's text in the page's language, or its source language when it has no such version. */
const inLang = (perLanguage, lang) => perLanguage[lang] ?? Object.values(perLanguage)[0];
const paragraphs = (list) => list.map((p) => `<p>${esc(p)}</p>`).join('\n');
const list = (items, tag = 'ul') => `<${tag}>\n${items.map((i) => `<li>${esc(i)}</li>`).join('\n')}\n</${tag}>`;
const kilobytes = (bytes, lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1024);

function languageList(course, t) {
  return `<ul class="languages">\n${course.entry.languages
    .map((l) => `<li><span lang="${l}">${esc(t.languageNames[l] ?? l)}</span>: <span class="status ${languageStatus(course.entry, l)}">${esc(t.facts.status[languageStatus(course.entry, l)])}</span></li>`)
    .join('\n')}\n</ul>`;
}

/** index.html: who each course is for, with a link to its page; the way to the guide and the results. */
export function indexPage({ t, other, courses, version }) {
  const cards = courses
    .map((c) => {
      const title = inLang(c.entry.title, t.lang);
      return `<li class="card">
<h3><a href="${pageFile(c.entry.id, t.lang)}">${esc(title)}</a></h3>
<p>${esc(inLang(c.entry.description, t.lang))}</p>
<dl class="facts">
<div><dt>${esc(t.facts.length)}</dt><dd>${esc(t.facts.minutes(c.entry.durationMinutes))}</dd></div>
<div><dt>${esc(t.facts.languages)}</dt><dd>${c.entry.languages.map((l) => `<span lang="${l}">${esc(t.languageNames[l] ?? l)}</span>`).join(', ')}</dd></div>
</dl>
<p><a class="more" href="${pageFile(c.entry.id, t.lang)}">${esc(t.index.more(title))}</a></p>
</li>`;
    })
    .join('\n');
  const body = `<h1>${esc(t.index.title)}</h1>
${paragraphs(t.index.intro)}
<section aria-labelledby="courses">
<h2 id="courses">${esc(t.index.coursesHeading)}</h2>
<ul class="cards">
${cards}
</ul>
</section>
<section aria-labelledby="admins">
<h2 id="admins">${esc(t.index.adminHeading)}</h2>
<p>${esc(t.index.adminText)}</p>
<p><a href="${pageFile('guide', t.lang)}">${esc(t.index.adminLink)}</a></p>
<p>${esc(t.index.resultsText)} <a href="results.html">${esc(t.index.resultsLink)}</a></p>
</section>`;
  return layout({ t, other, name: 'index', title: t.index.title, current: 'courses', body, version });
}

/** <course>.html: everything about one course, from who it is for to the zips. */
export function coursePage({ t, other, course, version }) {
  const { entry, assessment, departments, certificateNote, tryHref } = course;
  const title = inLang(entry.title, t.lang);
  const c = t.course;
  const dept = departments && inLang(departments, t.lang);
  const note = certificateNote && inLang(certificateNote, t.lang);
  const rows = entry.packages
    .map((p) => `<tr>
<th scope="row"><a href="downloads/${esc(p.file)}" download type="application/zip">${esc(p.file)}</a></th>
<td>${esc(t.scormVersion[p.scormVersion] ?? p.scormVersion)}</td>
<td>${esc(t.size(kilobytes(p.bytes, t.lang)))}</td>
<td><code class="hash">${esc(p.sha256)}</code></td>
</tr>`)
    .join('\n');
  const body = `<h1>${esc(title)}</h1>
<p class="lead">${esc(inLang(entry.description, t.lang))}</p>
<section aria-labelledby="facts">
<h2 id="facts">${esc(t.facts.heading)}</h2>
<dl class="facts wide">
<div><dt>${esc(t.facts.audience)}</dt><dd>${esc(inLang(entry.description, t.lang).split(/(?<=\.)\s/)[0])}${dept ? `<p>${esc(t.facts.departments)}</p>${list(Object.values(dept))}` : ''}</dd></div>
<div><dt>${esc(t.facts.length)}</dt><dd>${esc(t.facts.minutes(entry.durationMinutes))}</dd></div>
<div><dt>${esc(t.facts.languages)}</dt><dd>${languageList(course, t)}</dd></div>
<div><dt>${esc(t.facts.version)}</dt><dd>${esc(entry.version)}</dd></div>
</dl>
</section>
<section aria-labelledby="objectives">
<h2 id="objectives">${esc(c.objectivesHeading)}</h2>
<p>${esc(c.objectivesIntro)}</p>
${list(entry.objectives.map((o) => c.objectives[o] ?? o))}
</section>
<section aria-labelledby="lessons">
<h2 id="lessons">${esc(c.lessonsHeading)}</h2>
${list(entry.lessons.map((l) => inLang(l.title, t.lang)), 'ol')}
</section>
<section aria-labelledby="test">
<h2 id="test">${esc(c.testHeading)}</h2>
${assessment ? paragraphs(c.test({ ...assessment, masteryScore: entry.masteryScore })) : ''}
<p>${esc(c.certificate)}</p>
${note ? `<p class="note">${esc(note)}</p>` : ''}
<p>${esc(c.notOfficial)}</p>
</section>
<section aria-labelledby="try">
<h2 id="try">${esc(c.tryHeading)}</h2>
<p><a class="button" href="${esc(tryHref)}">${esc(c.tryLink(title))}</a></p>
<p>${esc(c.tryText)}</p>
<p class="note">${esc(c.tryDisk)}</p>
</section>
<section aria-labelledby="downloads">
<h2 id="downloads">${esc(c.downloadsHeading)}</h2>
<p>${esc(c.downloadsIntro)}</p>
<div class="scroll" role="region" aria-labelledby="downloads-caption" tabindex="0">
<table>
<caption id="downloads-caption">${esc(c.downloadsCaption)}</caption>
<thead><tr><th scope="col">${esc(c.col.file)}</th><th scope="col">${esc(c.col.version)}</th><th scope="col">${esc(c.col.size)}</th><th scope="col">${esc(c.col.sha256)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
<p>${esc(c.whichZip)} <a href="${pageFile('guide', t.lang)}#which">${esc(c.whichZipLink)}</a>.</p>
</section>`;
  return layout({ t, other, name: entry.id, title, current: '', body, version });
}

function compatibilityTable(t, courses) {
  const g = t.guide;
  const titleOf = (id) => {
    const course = courses.find((c) => c.entry.id === id);
    return course ? inLang(course.entry.title, t.lang) : id;
  };
  const rows = LMS_TRIALS.flatMap((trial) => {
    if (!trial.packages.length) {
      return [`<tr><th scope="row">${esc(trial.lms)}</th><td>${esc(g.tried[trial.tried])}</td><td colspan="4">${esc(g.untried)}</td></tr>`];
    }
    return trial.packages.map((p, i) => `<tr>
${i === 0 ? `<th scope="rowgroup" rowspan="${trial.packages.length}">${esc(trial.lms)}</th><td rowspan="${trial.packages.length}">${esc(g.tried[trial.tried])}</td>` : ''}
<td>${esc(t.scormVersion[p.version === 'scorm12' ? '1.2' : '2004 4th Edition'])}</td>
<td>${p.courses.length ? p.courses.map((id) => esc(titleOf(id))).join('; ') : esc(g.noCourses)}</td>
<td>${esc(g.advice[p.advice])}</td>
<td>${p.notes.map((n) => esc(g.notes[n])).join(' ')}</td>
</tr>`);
  });
  return `<div class="scroll" role="region" aria-labelledby="compat-caption" tabindex="0">
<table class="compat">
<caption id="compat-caption">${esc(g.compatCaption)}</caption>
<thead><tr>${['lms', 'how', 'package', 'courses', 'advice', 'notes'].map((k) => `<th scope="col">${esc(g.compatCol[k])}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`;
}

/** guide.html: which zip, where it was tried, Moodle and Chamilo step by step, checking a certificate. */
export function guidePage({ t, other, courses, version }) {
  const g = t.guide;
  const section = (id, heading, inner) => `<section aria-labelledby="${id}">\n<h2 id="${id}">${esc(heading)}</h2>\n${inner}\n</section>`;
  const sub = (heading, inner) => `<h3>${esc(heading)}</h3>\n${inner}`;
  const downloads = courses.map((c) => `<li><a href="${pageFile(c.entry.id, t.lang)}#downloads">${esc(inLang(c.entry.title, t.lang))}</a></li>`).join('\n');
  const body = `<h1>${esc(g.title)}</h1>
<p class="lead">${esc(g.intro)}</p>
${section('which', g.whichHeading, `${paragraphs(g.which)}\n<ul>\n${downloads}\n</ul>`)}
${section('compat', g.compatHeading, compatibilityTable(t, courses))}
${section('moodle', g.moodleHeading, [
    sub(g.moodleImportHeading, list(g.moodleImport, 'ol')),
    sub(g.settingsHeading, list(g.settings)),
    sub(g.moodleShowsHeading, list(g.moodleShows)),
    sub(g.moodleExportHeading, list(g.moodleExport, 'ol')),
  ].join('\n'))}
${section('chamilo', g.chamiloHeading, [
    sub(g.chamiloImportHeading, list(g.chamiloImport, 'ol')),
    sub(g.chamiloShowsHeading, list(g.chamiloShows)),
    sub(g.chamiloExportHeading, list(g.chamiloExport, 'ol')),
  ].join('\n'))}
${section('certificate', g.certHeading, paragraphs(g.cert))}
${section('results', g.resultsHeading, `<p>${esc(g.results)} <a href="results.html">${esc(t.index.resultsLink)}</a></p>`)}`;
  return layout({ t, other, name: 'guide', title: g.title, current: 'guide', body, version });
}
