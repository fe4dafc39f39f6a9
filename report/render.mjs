// Figures → one self-contained HTML page (inline CSS and SVG, no script, nothing fetched), in
// Dutch or English. Every chart has its table next to it. Everything from an export (names,
// organisations, responses, file names) goes through escapeHtml: it shows as text, never markup.
// The results page shows the same body (reportBody) and saves the same file (renderReport).
import { baseName as basename } from './activity.mjs';
import { escapeHtml as e } from './html.mjs';
import { columnChart, shareChart } from './charts.mjs';
import { NPST_SHARE } from './statistics.mjs';
import { t as translate } from './strings.mjs';

export const STYLE = `
:root { color: #1f2933; background: #fff; font: 16px/1.5 system-ui, sans-serif; }
body { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.8rem; margin: 0.5rem 0; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 0.5rem; padding-top: 0.75rem; border-top: 3px solid #2f5f8a; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border-bottom: 1px solid #c5ccd3; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #1f2933; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.figures { width: auto; min-width: 50%; }
.table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; }
.table-scroll > table { margin: 0; }
.learner-list th[scope=row] { min-width: 11rem; }
.table-scroll:focus-visible { outline: 3px solid #8a5a00; outline-offset: 2px; }
.note { background: #fff6e0; border-left: 4px solid #8a5a00; padding: 0.5rem 1rem; margin: 0.75rem 0; }
.note h3 { margin-top: 0.25rem; }
.options { list-style: none; margin: 0; padding: 0; }
.options li { margin: 0.1rem 0; padding-left: 3.5rem; text-indent: -3.5rem; }
.pct { display: inline-block; width: 3.25rem; text-align: right; text-indent: 0; margin-right: 0.25rem; font-variant-numeric: tabular-nums; font-weight: 400; }
.key { font-weight: 700; }
.flag { display: inline-block; border: 1px solid #8a1c1c; color: #8a1c1c; border-radius: 0.25rem; padding: 0 0.3rem; margin: 0 0.2rem 0.2rem 0; font-size: 0.85rem; }
.muted { color: #4a5560; }
.id { font-family: ui-monospace, monospace; font-size: 0.85rem; color: #4a5560; overflow-wrap: anywhere; }
code { font-family: ui-monospace, monospace; }
.chart { max-width: 100%; height: auto; display: block; margin: 0.5rem 0; }
nav ul { padding-left: 1.25rem; }
th.text { width: 34%; }
th.options-col { width: 38%; }
.status-passed { color: #1d5e2a; font-weight: 600; }
.status-failed { color: #8a1c1c; }
.lms-ids { font-family: ui-monospace, monospace; font-size: 0.8rem; color: #4a5560; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
a { color: #1a4f7a; }
@media print {
  :root { font-size: 9pt; }
  body { max-width: none; padding: 0; }
  main > section + section > h2 { break-before: page; }
  h2 { border-top: none; }
  h3, h4, caption { break-after: avoid; }
  tr, .chart { break-inside: avoid; }
  nav { display: none; }
  .table-scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}`;

/** The saved report: a whole page, its own CSP (nothing may load or run), the same body the results page shows. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * @param {{ activities: any[], options: any, files: string[], ignored: any[] }} report from analyseFiles()
 * @param {{ lang: 'nl'|'en', now?: Date }} options
 */
export function renderReport(report, { lang, now = new Date() }) {
  const t = (key, params) => translate(lang, key, params);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t('title'))}</title>
<style>${STYLE}</style>
</head>
<body>
${reportBody(report, { lang, now, headingLevel: 1 })}
</body>
</html>
`;
}

/** Header, contents and one section per activity: the part the results page puts in itself. */
export function reportBody(report, { lang, now = new Date() }) {
  const t = (key, params) => translate(lang, key, params);
  const fmt = formatters(lang);
  const ctx = { lang, t, fmt, org: report.options.org, dept: report.options.dept, headings: headingsOf(report, t, lang) };
  const sections = report.activities.map((a, i) => activitySection(a, `a${i + 1}`, i, ctx));
  const ignored = report.ignored.length ? `<p>${e(t('ignored'))}</p><ul>${report.ignored.map((f) => `<li><code>${e(basename(f.file))}</code>: ${e(t(`notUsed.${f.why}`))}</li>`).join('')}</ul>` : '';
  return scrollableTables(`<header>
<h1>${e(t('title'))}</h1>
<p class="muted">${e(t('generated', { date: fmt.dateTime(now), count: report.files.length }))}</p>
${ignored}
</header>
<nav aria-label="${e(t('contents'))}"><ul>${report.activities.map((a, i) => `<li><a href="#a${i + 1}">${e(ctx.headings[i])}</a></li>`).join('')}<li><a href="#definitions">${e(t('definitions'))}</a></li></ul></nav>
<main>
${sections.join('\n')}
<section aria-labelledby="definitions"><h2 id="definitions">${e(t('definitions'))}</h2><ul>${t('definitionList').map((d) => `<li>${e(d)}</li>`).join('')}</ul></section>
</main>`);
}

/**
 * On a phone a wide table scrolls in its own box, not the whole page sideways: a region named by
 * the table's caption, focusable so it scrolls by keyboard too. Every table here starts with its
 * caption; export values are escaped, so "<table" only ever comes from this file.
 */
function scrollableTables(html) {
  let n = 0;
  return html
    .replace(/<table\b([^>]*)><caption([^>]*)>/g, (_, attrs, captionAttrs) => {
      const id = `table-${++n}`;
      return `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}"><table${attrs}><caption id="${id}"${captionAttrs}>`;
    })
    .replace(/<\/table>/g, '</table></div>');
}

/** Course, SCORM version and LMS; a number when two activities would read the same. */
function headingsOf(report, t, lang) {
  const plain = report.activities.map((a) => {
    const course = a.activity.course?.title[lang] || a.activity.title || t('unknownCourse');
    const version = a.activity.scorm.version === 'unknown' ? t('versionUnknown') : a.activity.scorm.version;
    return `${t('activityHeading', { course, version })} (${a.activity.lms === 'chamilo' ? 'Chamilo' : 'Moodle'})`;
  });
  return plain.map((h, i) => (plain.filter((x) => x === h).length > 1 ? `${h} ${plain.slice(0, i + 1).filter((x) => x === h).length}` : h));
}

function activitySection(a, id, i, ctx) {
  const { t } = ctx;
  const files = Object.values(a.activity.files).map((f) => `${e(t(`kinds.${f.kind}`))} <code>${e(basename(f.file))}</code>`).join('; ');
  const duplicates = a.activity.duplicates.length ? `<p class="muted">${e(t('duplicates'))} ${a.activity.duplicates.map((d) => `<code>${e(basename(d.file))}</code> (${e(t('sameAs'))} <code>${e(basename(d.sameAs))}</code>)`).join('; ')}</p>` : '';
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${e(ctx.headings[i])}</h2>
<p class="muted">${e(t('files'))}: ${files}</p>
${duplicates}
${limits(a, ctx)}
${overview(a, id, ctx)}
${learners(a, id, ctx)}
${questions(a, id, ctx)}
${scenarios(a, id, ctx)}
${objectives(a, id, ctx)}
${certification(a, id, ctx)}
${lookup(a, id, ctx)}
</section>`;
}

/** Said plainly, before any figure: what these files cannot tell. */
function limits(a, { t }) {
  const act = a.activity;
  if (act.lms === 'chamilo') {
    const notes = [t('limits.chamiloStatus', { mark: act.passMark }), t('limits.chamiloNoItems'), t('limits.chamiloNoCertificates'), t('limits.chamiloNoAttempts'), t('limits.chamiloTime')];
    if (act.unlinkedDetails.length) notes.push(t('limits.chamiloUnlinked', { files: act.unlinkedDetails.map(basename).join(', ') }));
    if (!act.course) notes.push(t('limits.noCourse', { title: act.title }));
    if (a.certification.missing) notes.push(t('limits.noIdentity', { column: a.certification.column }));
    return `<div class="note"><h3>${e(t('cannotTell'))}</h3><ul>${notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul></div>`;
  }
  const notes = [t('limits.noPassFail', { mark: act.passMark, from: t(`limits.passMark${act.passMarkFrom[0].toUpperCase()}${act.passMarkFrom.slice(1)}`) })];
  if (act.scorm.version === '2004') {
    if (act.passMarkFrom !== 'option') notes.push(t('limits.moodle2004PassMark'));
    notes.push(t('limits.no2004Interactions'));
  } else if (!act.files.interactions) notes.push(t('limits.noInteractions'));
  if (act.scorm.evidence === 'name') notes.push(t('limits.versionGuessed', { version: act.scorm.version }));
  if (act.files.objectives && !a.objectives.reported.length) notes.push(t('limits.noObjectiveData') + (a.objectives.fromAnswers.length ? ` ${t('limits.objectivesFromAnswers')}` : ''));
  notes.push(t('limits.noTime'));
  if (!act.course) notes.push(t('limits.noCourse', { title: act.title }));
  if (a.certification.missing) notes.push(t('limits.noIdentity', { column: a.certification.column }));
  return `<div class="note"><h3>${e(t('cannotTell'))}</h3><ul>${notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul></div>`;
}

function overview(a, id, { t, fmt }) {
  const o = a.overview;
  const rows = [
    ['learners', fmt.int(o.learners)],
    ['started', fmt.int(o.started)],
    ['attempts', o.attempts === null ? '—' : fmt.int(o.attempts)],
    ['multipleAttempts', o.multipleAttempts === null ? '—' : fmt.int(o.multipleAttempts)],
    ['attemptsToPass', o.attemptsToPass.count ? `${fmt.score(o.attemptsToPass.mean)}; ${fmt.int(o.attemptsToPass.max)}` : '—'],
    ['completed', fmt.int(o.completed)],
    ['passed', fmt.int(o.passed)],
    ['passRateStarted', fmt.share(o.passed, o.started)],
    ['passRateAll', fmt.share(o.passed, o.learners)],
    ['meanScore', fmt.score(o.scores.mean)],
    ['medianScore', fmt.score(o.scores.median)],
    ...(a.activity.lms === 'chamilo' ? [] : [['span', o.spanMinutes.count ? `${fmt.minutes(o.spanMinutes.median)}; ${fmt.minutes(o.spanMinutes.max)}` : '—']]),
  ];
  const bands = o.scores.histogram.map((b) => ({ label: b.from === 100 ? '100' : `${b.from}–${b.to}`, value: b.count }));
  return `<h3 id="${id}-overview">${e(t('overview'))}</h3>
<table class="figures"><caption class="visually-hidden">${e(t('overview'))}</caption><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${e(t(`figures.${k}`))}</th><td class="num">${e(v)}</td></tr>`).join('')}</tbody></table>
<h3 id="${id}-scores">${e(t('scores'))}</h3>
${o.scores.count ? columnChart({ id: `${id}-scores-chart`, title: t('scoresChart'), bars: bands }) : ''}
<table><caption>${e(t('scores'))}</caption><thead><tr>${bands.map((b) => `<th scope="col" class="num">${e(b.label)}</th>`).join('')}</tr></thead>
<tbody><tr>${bands.map((b) => `<td class="num">${b.value}</td>`).join('')}</tr></tbody></table>`;
}

function questions(a, id, ctx) {
  const { t } = ctx;
  if (!a.items.answered && !a.items.unknown.length) return '';
  const table = (kind, caption) => {
    const rows = a.items.items.filter((f) => f.item.kind === kind);
    if (!rows.length) return '';
    return `<table><caption>${e(caption)}</caption><thead><tr><th scope="col" class="text">${e(t('question'))}</th><th scope="col" class="num">${e(t('answers'))}</th><th scope="col" class="num">${e(t('right'))}</th><th scope="col" class="options-col">${e(t('options'))}</th><th scope="col" class="num">${e(t('discrimination'))}</th><th scope="col">${e(t('flags'))}</th></tr></thead>
<tbody>${rows.map((f) => itemRow(f, ctx)).join('')}</tbody></table>`;
  };
  const unknown = a.items.unknown.length
    ? `<h4>${e(t('notInCourse'))}</h4><p>${e(t('notInCourseText'))}</p><table><caption>${e(t('notInCourse'))}</caption><thead><tr><th scope="col">${e(t('id'))}</th><th scope="col" class="num">${e(t('times'))}</th></tr></thead><tbody>${a.items.unknown.map((u) => `<tr><td class="id">${e(u.id)}</td><td class="num">${u.count}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<h3 id="${id}-questions">${e(t('questions'))}</h3>${table('test', t('testQuestions'))}${table('question', t('checkQuestions'))}${unknown}`;
}

function itemRow(f, { t, fmt, lang }) {
  const options = f.picks.map((o) => optionLine(o, f.withResponse, { t, fmt, lang })).join('');
  const extra = (f.notStored ? `<li class="muted">${e(t('notStored', { count: f.notStored }))}</li>` : '') +
    (f.unknownResponses ? `<li class="muted">${e(t('unknownOption', { count: f.unknownResponses }))}</li>` : '');
  return `<tr><td>${e(f.item.prompt[lang])}<div class="id">${e(f.item.id)}</div>${lmsIds(f, t)}</td><td class="num">${f.answers}</td><td class="num">${fmt.share(f.right, f.judged)}</td>
<td><ul class="options">${options}${extra}</ul></td><td class="num">${fmt.correlation(f.discrimination)}</td><td>${f.flags.map((k) => `<span class="flag">${e(t(`flag.${k}`))}</span>`).join('')}</td></tr>`;
}

/** The ids as the LMS wrote them, when they differ from the course's (so Ctrl+F finds t_minderjarig_derde.try1). */
function lmsIds(f, t) {
  const ids = f.lmsIds.filter((id) => id !== f.item.id);
  return ids.length ? `<div class="lms-ids">${e(t('lmsIds'))}: ${ids.map((id) => e(id)).join(', ')}</div>` : '';
}

/** One option: how often it was picked, its text, whether it is the key and (in a scenario) where it leads. */
function optionLine(option, of, { t, fmt, lang }) {
  const next = option.next ? ` <span class="muted">→ ${e(t('leadsTo'))} <span class="id">${e(option.next)}</span></span>` : '';
  return `<li${option.correct ? ' class="key"' : ''}><span class="pct">${fmt.share(option.count, of)}</span> ${e(option.label[lang] || option.id)}${option.correct ? ` (${e(t('key'))})` : ''}${next}</li>`;
}

function scenarios(a, id, ctx) {
  const { t, fmt, lang } = ctx;
  if (!a.scenarios.length) return '';
  const blocks = a.scenarios.map(({ scenario, steps, worst, commonWrong }) => {
    const summary = worst && commonWrong
      ? t('whereWrong', { step: worst.item.prompt[lang], right: fmt.share(worst.right, worst.judged), option: commonWrong.label[lang], share: fmt.share(commonWrong.count, worst.withResponse) })
      : t('noneWrong');
    const rows = steps
      .map((s) => {
        const options = s.picks.map((o) => optionLine(o, s.withResponse, ctx)).join('');
        return `<tr><td>${e(s.item.prompt[lang])}<div class="id">${e(s.item.id)}</div>${lmsIds(s, t)}</td><td class="num">${s.answers}</td><td class="num">${fmt.share(s.right, s.judged)}</td><td><ul class="options">${options}</ul></td></tr>`;
      })
      .join('');
    return `<h4>${e(scenario.title[lang])}</h4><p>${e(summary)}</p>
<table><caption>${e(scenario.title[lang])}</caption><thead><tr><th scope="col" class="text">${e(t('step'))}</th><th scope="col" class="num">${e(t('answers'))}</th><th scope="col" class="num">${e(t('right'))}</th><th scope="col" class="options-col">${e(t('options'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  return `<h3 id="${id}-scenarios">${e(t('scenarios'))}</h3>${blocks.join('')}`;
}

function objectives(a, id, { t, fmt }) {
  const o = a.objectives;
  if (!o.fromAnswers.length && !o.reported.length) return '';
  const name = (oid) => translateObjective(t, oid);
  const fromAnswers = o.fromAnswers.length
    ? `<table><caption>${e(t('objectives'))}</caption><thead><tr><th scope="col">${e(t('objective'))}</th><th scope="col" class="num">${e(t('decisions'))}</th><th scope="col" class="num">${e(t('right'))}</th></tr></thead><tbody>${o.fromAnswers.map((r) => `<tr><th scope="row">${e(name(r.id))}</th><td class="num">${r.judged}</td><td class="num">${fmt.share(r.right, r.judged)}</td></tr>`).join('')}</tbody></table>`
    : '';
  const reported = o.reported.length
    ? `<table><caption>${e(t('reportedObjectives'))}</caption><thead><tr><th scope="col">${e(t('objective'))}</th><th scope="col" class="num">${e(t('figures.attempts'))}</th><th scope="col">${e(t('statuses'))}</th><th scope="col" class="num">${e(t('score'))}</th></tr></thead><tbody>${o.reported.map((r) => `<tr><th scope="row">${e(name(r.id))}</th><td class="num">${r.attempts}</td><td>${e(Object.entries(r.statuses).map(([s, n]) => `${s}: ${n}`).join(', '))}</td><td class="num">${fmt.score(r.meanScore)}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<h3 id="${id}-objectives">${e(t('objectives'))}</h3>${fromAnswers}${reported}`;
}

function translateObjective(t, id) {
  const names = t('objectiveNames');
  return names[id] ?? id;
}

function certification(a, id, { t, fmt, org }) {
  const c = a.certification;
  const head = `<h3 id="${id}-certification">${e(t('certification'))}</h3><p>${e(t('npstExplained'))} ${e(t('limits.staffInExport'))}</p>`;
  if (!org) return `${head}<p>${e(t('noOrgOption'))}</p>`;
  if (c.missing) return `${head}<p>${e(t('limits.noIdentity', { column: c.column }))}</p>`;
  const label = (name) => name || t('empty');
  const chart = c.rows.length ? shareChart({
    id: `${id}-certification-chart`,
    title: t('certificationChart'),
    bars: c.rows.map((r) => ({ label: r.name, value: r.share, text: `${fmt.share(r.passed, r.staff)} (${r.passed}/${r.staff})` })),
    line: NPST_SHARE,
    lineLabel: '60 %',
  }) : '';
  const cellsOf = (r) => `<td class="num">${r.staff}</td><td class="num">${r.started}</td><td class="num">${r.passed}</td><td class="num">${fmt.share(r.passed, r.staff)}</td><td class="num">${r.attemptsToPass === null ? '—' : fmt.score(r.attemptsToPass)}</td>`;
  const rowsOf = (r, reaches) => {
    const main = `<tr><th scope="row">${e(r.name || t('unrecorded'))}</th>${c.deptColumn ? '<td></td>' : ''}${cellsOf(r)}<td>${e(reaches)}</td></tr>`;
    const depts = r.departments.map((d) => `<tr><td class="muted">${e(r.name || t('unrecorded'))}</td><td>${e(label(d.name))}</td>${cellsOf(d)}<td></td></tr>`).join('');
    return main + (c.deptColumn ? depts : '');
  };
  const rows = c.rows.map((r) => rowsOf(r, r.reaches ? t('yes') : t('no'))).join('') + (c.unrecorded ? rowsOf(c.unrecorded, '—') : '');
  const note = c.unrecorded ? `<p>${e(t('unrecordedNote'))}</p>` : '';
  return `${head}${chart}<table><caption>${e(t('certification'))}</caption><thead><tr><th scope="col">${e(t('organisation'))}</th>${c.deptColumn ? `<th scope="col">${e(t('department'))}</th>` : ''}<th scope="col" class="num">${e(t('staff'))}</th><th scope="col" class="num">${e(t('startedCol'))}</th><th scope="col" class="num">${e(t('certified'))}</th><th scope="col" class="num">${e(t('share'))}</th><th scope="col" class="num">${e(t('toPass'))}</th><th scope="col">${e(t('npst'))}</th></tr></thead><tbody>${rows}</tbody></table>${note}`;
}

/** Everyone in the export; rows carry their organisation and department for the page's filters. */
function learners(a, id, { t, fmt, org, dept }) {
  if (!a.learners.length) return '';
  const hasDept = Boolean(dept) && a.learners.some((l) => l.department);
  const rows = a.learners.map((l) => {
    const status = `${t(`statusNames.${l.status}`)}${a.activity.lms === 'chamilo' && l.statusFrom === 'derived' ? ` (${t('derived')})` : ''}`;
    const who = l.email || l.login;
    return `<tr data-org="${e(l.organisation)}" data-dept="${e(l.department)}"><th scope="row">${e(l.name)}${who ? `<div class="id">${e(who)}</div>` : ''}</th>${org ? `<td>${e(l.organisation || t('unrecorded'))}</td>` : ''}${hasDept ? `<td>${e(l.department)}</td>` : ''}<td class="status-${l.status}">${e(status)}</td><td class="num">${fmt.score(l.score)}</td><td class="num">${l.attempts === null ? '—' : l.attempts}</td><td class="num">${l.attemptsToPass ?? '—'}</td><td>${l.date ? e(fmt.date(l.date)) : '—'}</td><td><code>${e(l.certificate ?? '—')}</code></td></tr>`;
  }).join('');
  return `<h3 id="${id}-learners">${e(t('learnerList'))}</h3><p>${e(t('learnerListIntro'))}</p>
<table class="learner-list"><caption>${e(t('learnerList'))}</caption><thead><tr><th scope="col">${e(t('name'))} <span class="muted">(${e(t('loginOrEmail'))})</span></th>${org ? `<th scope="col">${e(t('organisation'))}</th>` : ''}${hasDept ? `<th scope="col">${e(t('department'))}</th>` : ''}<th scope="col">${e(t('status'))}</th><th scope="col" class="num">${e(t('bestScore'))}</th><th scope="col" class="num">${e(t('attemptsCol'))}</th><th scope="col" class="num">${e(t('toPassCol'))}</th><th scope="col">${e(t('lastDate'))}</th><th scope="col">${e(t('certificateCode'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function lookup(a, id, { t, fmt, org }) {
  const head = `<h3 id="${id}-lookup">${e(t('lookup'))}</h3><p>${e(t('lookupIntro'))}</p>`;
  if (a.activity.lms === 'chamilo') return `<h3 id="${id}-lookup">${e(t('lookup'))}</h3><p>${e(t('limits.chamiloNoCertificates'))}</p>`;
  if (!a.certificates.length) return `${head}<p>${e(t('noPasses'))}</p>`;
  const check = (c) => (!c.code ? t('noCode') : !c.readable ? t('codeUnreadable') : c.matches === false ? t('codeMismatch') : t('codeOk'));
  const rows = a.certificates
    .map((c) => `<tr><td><code>${e(c.code ?? '—')}</code></td><td>${e(c.name)}<div class="id">${e(c.email)}</div></td>${org ? `<td>${e(c.organisation || t('unrecorded'))}</td>` : ''}<td>${e(c.codeDate ? fmt.isoDate(c.codeDate) : c.date ? fmt.date(c.date) : '—')}</td><td class="num">${fmt.score(c.score)}</td><td>${e(check(c))}</td></tr>`)
    .join('');
  return `${head}<table><caption>${e(t('lookup'))}</caption><thead><tr><th scope="col">${e(t('code'))}</th><th scope="col">${e(t('name'))}</th>${org ? `<th scope="col">${e(t('organisation'))}</th>` : ''}<th scope="col">${e(t('date'))}</th><th scope="col" class="num">${e(t('score'))}</th><th scope="col">${e(t('check'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function formatters(lang) {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const cache = new Map();
  const number = (digits) => {
    if (!cache.has(digits)) cache.set(digits, new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
    return cache.get(digits);
  };
  const pct = number(0);
  const two = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return {
    int: (n) => number(0).format(n),
    /** "3/4" as "75 %"; nothing to divide by is a dash, never 0 %. */
    share: (n, of) => (of ? `${pct.format((100 * n) / of)}\u00a0%` : '—'),
    score: (s) => (s === null || s === undefined ? '—' : number(1).format(s)),
    correlation: (r) => (r === null ? '—' : two.format(r)),
    minutes: (m) => `${number(1).format(m)} min`,
    date: (d) => dateFmt.format(d),
    isoDate: (s) => dateFmt.format(new Date(`${s}T00:00:00Z`)),
    dateTime: (d) => `${dateTimeFmt.format(d)} UTC`,
  };
}

