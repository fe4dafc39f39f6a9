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
<p>${esc(t.index.resultsText)} <a href="${pageFile('results', t.lang)}">${esc(t.index.resultsLink)}</a></p>
<p>${esc(t.index.sectorText)} <a href="${pageFile('sector', t.lang)}">${esc(t.index.sectorLink)}</a></p>
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
  const packages = entry.packages
    .map((p) => `<li>
<a href="downloads/${esc(p.file)}" download type="application/zip">${esc(p.file)}</a>
<dl class="facts">
<div><dt>${esc(c.col.version)}</dt><dd>${esc(t.scormVersion[p.scormVersion] ?? p.scormVersion)}</dd></div>
<div><dt>${esc(c.col.size)}</dt><dd>${esc(t.size(kilobytes(p.bytes, t.lang)))}</dd></div>
<div><dt>${esc(c.col.sha256)}</dt><dd><code class="hash">${esc(p.sha256)}</code></dd></div>
</dl>
</li>`)
    .join('\n');
  const [audience, ...about] = inLang(entry.description, t.lang).split(/(?<=[.!?])\s+/);
  const body = `<h1>${esc(title)}</h1>
${about.length ? `<p class="lead">${esc(about.join(' '))}</p>` : ''}
<section aria-labelledby="facts">
<h2 id="facts">${esc(t.facts.heading)}</h2>
<dl class="facts wide">
<div><dt>${esc(t.facts.audience)}</dt><dd>${esc(audience)}${dept ? `<p>${esc(t.facts.departments)}</p>${list(Object.values(dept))}` : ''}</dd></div>
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
${assessment?.pilot ? paragraphs([c.pilot(assessment.pilot)]) : ''}
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
<ul class="downloads">
${packages}
</ul>
<p>${esc(c.whichZip)} <a href="${pageFile('guide', t.lang)}#which">${esc(c.whichZipLink)}</a>.</p>
</section>`;
  return layout({ t, other, name: entry.id, title, current: '', body, version });
}

/** A short table (which LMS, how tried, advice per package), then what to know per LMS. */
function compatibility(t, courses) {
  const g = t.guide;
  const titleOf = (id) => {
    const course = courses.find((c) => c.entry.id === id);
    return course ? inLang(course.entry.title, t.lang) : id;
  };
  const lmsName = (trial) => g.lmsNames[trial.lms] ?? trial.lms;
  const versions = ['scorm12', 'scorm2004'];
  const label = (version) => t.scormVersion[version === 'scorm12' ? '1.2' : '2004 4th Edition'];
  const short = (version) => (version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004');
  const rows = LMS_TRIALS.map((trial) => {
    const cells = versions.map((v) => {
      const p = trial.packages.find((x) => x.version === v);
      return `<td data-label="${esc(short(v))}">${esc(p ? g.advice[p.advice] : g.tried.no)}</td>`;
    });
    return `<tr><th scope="row">${esc(lmsName(trial))}</th><td data-label="${esc(g.compatCol.how)}">${esc(g.tried[trial.tried])}</td>${cells.join('')}</tr>`;
  });
  const details = LMS_TRIALS.filter((trial) => trial.packages.length).map((trial) => `<h3>${esc(lmsName(trial))}</h3>
<ul>
${trial.packages.map((p) => `<li><strong>${esc(label(p.version))}</strong> (${esc(g.triedWith)}: ${p.courses.length ? p.courses.map((id) => esc(titleOf(id))).join('; ') : esc(g.noCourses)}): ${p.notes.map((n) => esc(g.notes[n])).join(' ')}</li>`).join('\n')}
</ul>`);
  const untried = LMS_TRIALS.filter((trial) => !trial.packages.length).map(lmsName);
  return `<div class="scroll" role="region" aria-labelledby="compat-caption" tabindex="0">
<table class="compat">
<caption id="compat-caption">${esc(g.compatCaption)}</caption>
<thead><tr><th scope="col">${esc(g.compatCol.lms)}</th><th scope="col">${esc(g.compatCol.how)}</th>${versions.map((v) => `<th scope="col">${esc(short(v))}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
${details.join('\n')}
<h3>${esc(untried.join(', '))}</h3>
<p>${esc(g.untried)}</p>`;
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
${section('compat', g.compatHeading, compatibility(t, courses))}
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
${section('results', g.resultsHeading, `<p>${esc(g.results)} <a href="${pageFile('results', t.lang)}">${esc(t.index.resultsLink)}</a></p>\n<p>${esc(t.index.sectorText)} <a href="${pageFile('sector', t.lang)}">${esc(t.index.sectorLink)}</a></p>`)}`;
  return layout({ t, other, name: 'guide', title: g.title, current: 'guide', body, version });
}
