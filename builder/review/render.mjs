// One self-contained HTML review copy of a course in one language (#15): every page in order,
// every knowledge check and final-test question with its key and feedback, every scenario as a
// tree (each option, its feedback, where it leads), the sources of every block and the reading
// statistics, the language's review status and the claims register of the course. Inline CSS only: no script, no image, no request to any host; prints on A4.
import { LABELS } from './labels.mjs';
import { WORDS_PER_MINUTE, SECONDS_PER_ANSWER } from '../stats/stats.mjs';
import { scoreText } from '../stats/readability.mjs';
import { signoffsFor } from '../review-status.mjs';
import { claimsOf } from '../claims.mjs';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
const list = (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const paragraphs = (value) => list(value).map((p) => `<p>${esc(p)}</p>`).join('');

/**
 * @param {{ course: any, sources: Record<string, any>, claims: { claims: any[] }, pilot?: any, stats: any, lang: string }} input
 *   course as loaded (with durationMinutes and {{minutes}} filled), claims = lessons/claims.yaml
 *   as loaded, stats = its entry of allStats
 */
export function renderReview({ course, sources, claims, pilot, stats, lang }) {
  const L = LABELS[lang];
  if (!L) throw new Error(`builder/review/labels.mjs has no labels for "${lang}": add them (one set per language in LANGUAGES)`);
  const ct = course.text[lang];
  const langStats = stats.perLanguage.find((s) => s.lang === lang);
  if (!langStats) throw new Error(`the stats of ${course.id} have no figures for "${lang}"`);
  const ease = (lessonId, pageId) => langStats.pages.find((p) => p.lesson === lessonId && p.page === pageId);
  const cited = new Set();
  const cite = (refs) => {
    const ids = list(refs);
    if (!ids.length) return '';
    ids.forEach((id) => cited.add(id));
    return `<p class="cite"><span>${esc(L.sources)}:</span> ${ids.map((id) => `<a href="#src-${esc(id)}">${esc(id)}</a> ${esc(sources[id]?.title ?? '?')}`).join('; ')}</p>`;
  };
  const objective = (o) => `<span class="tag">${esc(L.objective)}: ${esc(L.objectives[o] ?? o)}</span>`;
  const easeTag = (e) => (e ? `<span class="tag">${esc(L.readingEase)} ${scoreText(e)} · ${e.words} ${esc(L.words)}</span>` : '');

  const question = (q, text, heading) => `
    <section class="question">
      <h4>${heading} ${objective(q.objective)}${q.multiple ? ` <span class="tag">${esc(L.multiple)}</span>` : ''}</h4>
      <p class="prompt">${esc(text.prompt)}</p>
      <ul class="options">${q.options
        .map((id) => {
          const right = q.correct.includes(id);
          return `<li class="${right ? 'key' : 'wrong'}"><span class="mark">${right ? `✓ ${esc(L.key)}` : `✗ ${esc(L.wrong)}`}</span> ${esc(text.options[id].label)}<p class="feedback"><span>${esc(L.feedback)}:</span> ${esc(text.options[id].feedback)}</p></li>`;
        })
        .join('')}</ul>
      ${cite(q.sources)}
    </section>`;

  const scenario = (lessonId, block, text) => {
    const anchor = (target) => `sc-${lessonId}-${block.id}-${target}`;
    const order = scenarioOrder(block);
    const number = new Map(order.map((id, i) => [id, i + 1]));
    const endNumber = new Map(block.endings.map((id, i) => [id, i + 1]));
    const targetName = (next) =>
      block.endings.includes(next) ? `${esc(L.ending)} ${endNumber.get(next)}` : `${esc(L.step)} ${number.get(next)}`;
    // Each step is unfolded once, where it is first reached; later arrows only link to it.
    const unfolded = new Set();
    const outline = (at) => {
      const head = `<a href="#${anchor(at)}">${targetName(at)}</a>`;
      if (block.endings.includes(at) || unfolded.has(at)) return head;
      unfolded.add(at);
      const inner = block.steps[at].options
        .map((o) => `<li><span class="${o.correct ? 'key' : 'wrong'}">${o.correct ? '✓' : '✗'} ${esc(text.steps[at].options[o.id].label)}</span> → ${outline(o.next)}</li>`)
        .join('');
      return `${head}<ul>${inner}</ul>`;
    };
    const steps = order
      .map((id) => {
        const step = block.steps[id];
        const st = text.steps[id];
        return `<li class="step" id="${anchor(id)}">
          <h5>${esc(L.step)} ${number.get(id)} <span class="id">${esc(id)}</span> ${objective(step.objective)}</h5>
          <p class="prompt">${esc(st.prompt)}</p>
          <ul class="options">${step.options
            .map(
              (o) => `<li class="${o.correct ? 'key' : 'wrong'}"><span class="mark">${o.correct ? `✓ ${esc(L.key)}` : `✗ ${esc(L.wrong)}`}</span> ${esc(st.options[o.id].label)}
                <p class="feedback"><span>${esc(L.feedback)}:</span> ${esc(st.options[o.id].feedback)}</p>
                <p class="next">→ ${esc(L.leadsTo)} <a href="#${anchor(o.next)}">${targetName(o.next)}</a></p></li>`,
            )
            .join('')}</ul>
          ${cite(step.sources)}
        </li>`;
      })
      .join('');
    const endings = block.endings
      .map((id) => `<li class="ending" id="${anchor(id)}"><h5>${esc(L.ending)} ${endNumber.get(id)} <span class="id">${esc(id)}</span></h5>${paragraphs(text.endings[id])}</li>`)
      .join('');
    return `
    <section class="scenario">
      <h4>${esc(L.scenario)}: ${esc(text.title)}</h4>
      ${paragraphs(text.intro)}
      ${cite(block.sources)}
      <div class="outline"><p><strong>${esc(L.start)}</strong></p><ul><li>${outline(block.start)}</li></ul></div>
      <ol class="steps">${steps}</ol>
      <ol class="endings">${endings}</ol>
    </section>`;
  };

  const block = (lesson, b) => {
    const text = lesson.text[lang].blocks?.[b.id] ?? {};
    switch (b.type) {
      case 'text':
        return paragraphs(text.paragraphs);
      case 'list':
        return `<ul class="bullets">${list(text.items).map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      case 'callout':
        return `<aside class="callout ${esc(b.tone)}"><p class="kind">${esc(L.callout[b.tone] ?? b.tone)}</p><h4>${esc(text.title)}</h4>${paragraphs(text.paragraphs)}</aside>`;
      case 'quote':
        return `<figure class="quote"><p class="kind">${esc(L.quote)}</p><blockquote>${paragraphs(text.paragraphs)}</blockquote><figcaption>— ${esc(text.attribution)}</figcaption>${cite([b.source])}</figure>`;
      case 'sources':
        return `<div class="sources-block"><p class="kind">${esc(L.sourcesBlock)}</p>${cite(b.sources)}</div>`;
      case 'question':
        return question(b, text, esc(L.question));
      case 'scenario':
        return scenario(lesson.id, b, text);
      default:
        return '';
    }
  };

  const lessons = course.lessons
    .map((lesson, l) => {
      const lt = lesson.text[lang];
      const pages = lesson.pages
        .map(
          (page, p) => `
        <section class="page" id="p-${esc(lesson.id)}-${esc(page.id)}">
          <h3>${l + 1}.${p + 1} ${esc(lt.pages[page.id])} <span class="id">${esc(page.id)}</span></h3>
          <p class="meta">${page.departments ? `<span class="tag">${esc(L.shownTo)}: ${page.departments.map((d) => esc(ct.departments?.[d] ?? d)).join(', ')}</span> ` : ''}${easeTag(ease(lesson.id, page.id))}</p>
          ${page.blocks.map((b) => block(lesson, b)).join('\n')}
        </section>`,
        )
        .join('');
      return `<section class="lesson" id="l-${esc(lesson.id)}"><h2>${esc(L.lesson)} ${l + 1}: ${esc(lt.title)} <span class="id">${esc(lesson.id)}</span></h2>${pages}</section>`;
    })
    .join('\n');

  const a = course.assessment;
  const test = a
    ? `<section class="lesson" id="test"><h2>${esc(L.test)}: ${esc(a.text[lang].title)} <span class="id">${esc(a.lesson)}</span></h2>
        <p>${esc(L.testRules(a))}</p><p class="meta">${easeTag(ease(a.lesson, 'bank'))}</p>
        ${a.bank.map((q, i) => question(q, a.text[lang].blocks[q.id], `${i + 1}. <span class="id">${esc(q.id)}</span>`)).join('\n')}
      </section>`
    : '';

  const welcome = `<section class="lesson" id="welcome"><h2>${esc(L.welcome)}</h2>
      <h3>${esc(ct.welcome.title)}</h3>${paragraphs(ct.welcome.paragraphs)}
      <aside class="callout warning"><h4>${esc(ct.contentNote.title)}</h4>${paragraphs(ct.contentNote.paragraphs)}</aside>
      ${course.departments ? `<h3>${esc(L.departments)}</h3><ul class="bullets">${course.departments.map((d) => `<li>${esc(ct.departments[d])}</li>`).join('')}</ul>` : ''}
      <h3>${esc(L.help)}</h3><p>${esc(ct.help.intro)}</p>
      <ul class="bullets">${course.help
        .map((h) => `<li><strong>${esc(ct.help[h.id].name)}</strong>: ${esc(ct.help[h.id].description)}${h.phone ? ` · ${esc(h.phone)}` : ''}${h.url ? ` · ${esc(h.url)}` : ''}</li>`)
        .join('')}</ul></section>`;

  const statsSection = `<section class="lesson" id="stats"><h2>${esc(L.stats)}</h2>
      <p>${esc(L.statsIntro({ wpm: WORDS_PER_MINUTE, seconds: SECONDS_PER_ANSWER, duration: course.durationMinutes }))}</p>
      <table><thead><tr><th>${esc(L.route)}</th><th>${esc(L.words)}</th><th>${esc(L.answers)}</th><th>${esc(L.minutes)}</th></tr></thead><tbody>
      ${langStats.routes
        .map((r) => `<tr><td>${esc(r.department ? ct.departments?.[r.department] ?? r.department : L.noDepartment)}</td><td>${r.words}</td><td>${r.answers}</td><td>${r.minutes.toFixed(1)}</td></tr>`)
        .join('')}</tbody></table>
      <p>${esc(L.readingEase)}: ${esc(L.formula)}</p>
      <table><thead><tr><th>${esc(L.page)}</th><th>${esc(L.readingEase)}</th><th>${esc(L.words)}</th></tr></thead><tbody>
      ${langStats.pages.map((p) => `<tr><td>${esc(p.title)} <span class="id">${esc(p.lesson)}/${esc(p.page)}</span></td><td>${scoreText(p)}</td><td>${p.words}</td></tr>`).join('')}
      </tbody></table></section>`;

  const signoffs = signoffsFor(course, lang);
  const statusSection = `<section class="status" id="status"><h2>${esc(L.status)}: ${esc(course.languageStatus[lang])}</h2>
      <p>${esc(L.statusText[course.languageStatus[lang]])}</p>
      ${signoffs.map((s) => `<p>${esc(L.signoff(s))}</p>`).join('')}</section>`;

  const courseClaims = claimsOf(claims, course.id);
  const claimsSection = `<section class="lesson" id="claims"><h2>${esc(L.claims)}</h2><p>${esc(L.claimsIntro)}</p>
      <table class="claims"><thead><tr>${['id', 'claim', 'where', 'source', 'law', 'verified', 'note'].map((k) => `<th>${esc(L.claimCols[k])}</th>`).join('')}</tr></thead><tbody>
      ${courseClaims
        .map((c) => {
          const refs = [...(c.articles ?? []), ...(c.phones ?? [])];
          return `<tr class="claim ${esc(c.verified)}" id="claim-${esc(c.id)}"><td><span class="id">${esc(c.id)}</span><br>${esc(c.kind)}</td>
          <td>${esc(c.claim)}${refs.length ? `<br><strong>${refs.map(esc).join(', ')}</strong>` : ''}</td>
          <td>${c.places.map((p) => `<span class="id">${esc(p)}</span>`).join('<br>')}</td>
          <td>${[...(c.sources ?? []).map((id) => { cited.add(id); return `<a href="#src-${esc(id)}">${esc(id)}</a>`; }), ...(c.urls ?? []).map(esc)].join('<br>')}</td>
          <td>${c.law ? `${esc(c.law.bwb)} art. ${esc(c.law.article)}<br>${esc(c.law.version)}` : '–'}</td>
          <td class="verified">${esc(L.verifiedText[c.verified])}</td>
          <td>${esc(c.note)}</td></tr>`;
        })
        .join('')}</tbody></table></section>`;

  const pct = (x) => (x === undefined ? '–' : `${Math.round(x * 100)} %`);
  const pilotSection = pilot
    ? `<section class="lesson" id="pilot"><h2>${esc(L.pilot)}</h2><p>${esc(L.pilotIntro(pilot.readers))} ${esc(L.pilotKinds(pilot.kinds))}</p>
      ${pilot.passChance ? `<p>${esc(L.pilotPass({ naive: pct(pilot.passChance.naive), trained: pct(pilot.passChance.trained) }))}</p>` : ''}
      <table><thead><tr>${['item', 'objective', 'naive', 'trained', 'discrimination'].map((k) => `<th>${esc(L.pilotCols[k])}</th>`).join('')}</tr></thead><tbody>
      ${pilot.rows
        .map((r) => `<tr><td><span class="id">${esc(r.ref)}</span></td><td>${esc(r.objective)}</td><td>${pct(r.naive.share)} (${r.naive.readers})</td><td>${pct(r.trained.share)} (${r.trained.readers})</td><td>${r.discrimination === undefined ? '–' : `${Math.round(r.discrimination * 100)}`}</td></tr>`)
        .join('')}</tbody></table></section>`
    : '';

  // Rendered last so every citation above is collected.
  const body = [statusSection, welcome, lessons, test, statsSection, pilotSection, claimsSection].join('\n');
  const sourceList = `<section class="lesson" id="sources"><h2>${esc(L.allSources)}</h2><dl class="source-list">${[...cited]
    .sort(sourceOrder)
    .map((id) => {
      const s = sources[id] ?? {};
      return `<dt id="src-${esc(id)}">${esc(id)}</dt><dd>${esc(s.title)}. ${esc(s.publisher)}, ${esc(s.year)}.${s.url ? ` <a href="${esc(s.url)}">${esc(s.url)}</a>` : ''}</dd>`;
    })
    .join('')}</dl></section>`;

  const toc = [
    `<li><a href="#welcome">${esc(L.welcome)}</a></li>`,
    ...course.lessons.map((lesson, l) => `<li><a href="#l-${esc(lesson.id)}">${esc(L.lesson)} ${l + 1}: ${esc(lesson.text[lang].title)}</a></li>`),
    a ? `<li><a href="#test">${esc(L.test)}</a></li>` : '',
    `<li><a href="#stats">${esc(L.stats)}</a></li>`,
    pilot ? `<li><a href="#pilot">${esc(L.pilot)}</a></li>` : '',
    `<li><a href="#claims">${esc(L.claims)}</a></li>`,
    `<li><a href="#sources">${esc(L.allSources)}</a></li>`,
  ].join('');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(L.review)}: ${esc(ct.title)} (${lang})</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <p class="kind">${esc(L.review)} · ${esc(course.id)} · ${esc(L.version)} ${esc(course.version)} · ${lang} · ${esc(course.languageStatus[lang])}</p>
  <h1>${esc(ct.title)}</h1>
  <p>${esc(ct.description)}</p>
  <p class="note">${esc(L.intro)}</p>
  <nav><h2>${esc(L.contents)}</h2><ol>${toc}</ol></nav>
</header>
<main>
${body}
${sourceList}
</main>
</body>
</html>
`;
}

/** Steps in the order a learner can first meet them: breadth first from the start. */
export function scenarioOrder(scenario) {
  const order = [];
  const queue = [scenario.start];
  while (queue.length) {
    const id = queue.shift();
    if (order.includes(id) || !scenario.steps[id]) continue;
    order.push(id);
    queue.push(...scenario.steps[id].options.map((o) => o.next));
  }
  return order;
}

const sourceOrder = (a, b) => a[0].localeCompare(b[0]) || Number(a.slice(1)) - Number(b.slice(1));

const CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --line: #d0d0d8; --key: #0b6b2f; --keybg: #eaf6ee; --wrong: #8a1c1c; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
h1 { font-size: 1.8rem; margin: .2rem 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 2rem 0 .3rem; }
h4 { font-size: 1rem; margin: 1rem 0 .4rem; }
h5 { font-size: .95rem; margin: .2rem 0 .3rem; }
p { margin: .35rem 0; }
a { color: #1a4fa0; }
.id { font: 12px ui-monospace, monospace; color: var(--muted); font-weight: normal; }
.kind { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0; }
.note { color: var(--muted); font-style: italic; }
.meta { margin: 0 0 .6rem; }
.tag { display: inline-block; font-size: .75rem; font-weight: normal; border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; color: var(--muted); }
nav ol { columns: 2; padding-left: 1.4rem; }
.page { border-top: 1px solid var(--line); margin-top: 1.5rem; }
h2 + .page { border-top: 0; margin-top: 0; }
.bullets { padding-left: 1.3rem; }
.callout { border-left: 4px solid #2f6fb3; background: #f3f7fc; padding: .4rem .9rem; margin: .8rem 0; }
.callout.warning { border-color: #b36b00; background: #fdf6ea; }
.callout.tip { border-color: var(--key); background: var(--keybg); }
.quote { margin: .8rem 0; padding: .4rem .9rem; border-left: 4px solid var(--line); }
.quote blockquote { margin: 0; font-style: italic; }
.question, .scenario { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
.prompt { font-weight: 600; }
.options { list-style: none; padding: 0; margin: .4rem 0; }
.options > li { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px; padding: .35rem .7rem; margin: .35rem 0; }
.options > li.key { border-left-color: var(--key); background: var(--keybg); }
.options > li.wrong { border-left-color: #b0b0b8; }
.mark { font-size: .8rem; font-weight: 700; margin-right: .3rem; }
.key > .mark { color: var(--key); }
.wrong > .mark { color: var(--wrong); }
.feedback { font-size: .92rem; color: #33333a; margin: .2rem 0 0; }
.feedback span, .cite span { font-weight: 600; }
.next { font-size: .9rem; margin: .15rem 0 0; }
.cite { font-size: .8rem; color: var(--muted); }
.outline { font-size: .85rem; background: #f7f7f9; border-radius: 4px; padding: .3rem .8rem; margin: .6rem 0; }
.outline ul { padding-left: 1.2rem; margin: .1rem 0; }
.outline .key { color: var(--key); }
.steps, .endings { list-style: none; padding: 0; }
.step, .ending { border-top: 1px dashed var(--line); padding-top: .5rem; margin-top: .6rem; }
.ending { background: #fafafa; padding: .4rem .7rem; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .2rem .6rem; text-align: left; }
td:not(:first-child), th:not(:first-child) { text-align: right; }
.status { border: 2px solid #b36b00; background: #fdf6ea; padding: .2rem 1rem; margin: 1rem 0; }
.status h2 { border: 0; margin: .4rem 0; }
table.claims td { text-align: left; vertical-align: top; font-size: .82rem; }
.claim.unverified .verified { color: var(--wrong); font-weight: 700; }
.source-list dt { font-weight: 700; float: left; width: 4.5rem; }
.source-list dd { margin: 0 0 .4rem 4.5rem; font-size: .9rem; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav ol { columns: 2; }
  a { color: inherit; text-decoration: none; }
  .options > li, .step, .ending, .callout, .quote, tr, .source-list dd { break-inside: avoid; }
  h2, h3, h4, h5 { break-after: avoid; }
  .lesson { break-before: page; }
  .options > li.key { background: none; border-left-width: 6px; }
}
`;
