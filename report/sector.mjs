// The sector's picture from many organisations' summaries (summary.mjs): which organisations
// meet the 60 % rule, pass rates per course and per objective, and the items most learners get
// wrong. Only figures the summaries carry are added up (suppressed ones stay out and are
// counted as such). Pure: the catalogue's sector page (page/sector-page.mjs) and the tests use it.
import { escapeHtml as e } from './html.mjs';
import { MIN_CELL } from './summary.mjs';

/** An item "fails" when at most this share of the answers is right (the report's "too hard"). */
export const FAILING = 50;

/** @param {{ file: string, data: any }[]} summaries */
export function combineSummaries(summaries) {
  const latest = new Map();
  const replaced = [];
  for (const { file, data } of summaries) {
    for (const entry of data.entries) {
      const key = `${entry.organisation.toLowerCase()}#${entry.course.id ?? entry.course.title}#${entry.course.scorm}`;
      const before = latest.get(key);
      if (before) replaced.push({ organisation: entry.organisation, kept: before.generated >= data.generated ? before.file : file, dropped: before.generated >= data.generated ? file : before.file });
      if (!before || data.generated > before.generated) latest.set(key, { file, generated: data.generated, entry });
    }
  }
  const entries = [...latest.values()].map((x) => x.entry);
  const courses = new Map();
  for (const entry of entries) {
    const id = entry.course.id ?? entry.course.title ?? '?';
    const c = courses.get(id) ?? { id, title: entry.course.title ?? id, organisations: [], learners: 0, passed: 0, withFigures: 0, objectives: new Map(), items: new Map() };
    c.organisations.push(entry);
    if (entry.learners !== null && entry.passRate !== null) {
      c.withFigures++;
      c.learners += entry.learners;
      c.passed += Math.round(entry.passRate * entry.learners);
    }
    for (const o of entry.objectives) add(c.objectives, o.id, o, {});
    for (const item of entry.items) add(c.items, item.id, item, { kind: item.kind, objective: item.objective });
    courses.set(id, c);
  }
  return {
    replaced,
    courses: [...courses.values()].map((c) => ({
      id: c.id,
      title: c.title,
      organisations: c.organisations.sort((a, b) => a.organisation.localeCompare(b.organisation)),
      meeting60: c.organisations.filter((o) => o.meets60 === true).length,
      notMeeting60: c.organisations.filter((o) => o.meets60 === false).length,
      tooSmall: c.organisations.filter((o) => o.meets60 === null).length,
      learners: c.learners,
      passRate: c.learners ? c.passed / c.learners : null,
      objectives: [...c.objectives.values()].map(finish),
      items: [...c.items.values()].map(finish).sort((a, b) => (a.percentRight ?? 101) - (b.percentRight ?? 101)),
    })),
  };
}

function add(map, id, figure, extra) {
  const x = map.get(id) ?? { id, ...extra, answers: 0, right: 0, organisations: 0 };
  if (figure.answers !== null && figure.percentRight !== null) {
    x.answers += figure.answers;
    x.right += (figure.answers * figure.percentRight) / 100;
    x.organisations++;
  }
  map.set(id, x);
}

const finish = (x) => ({ ...x, percentRight: x.answers ? (100 * x.right) / x.answers : null, failing: x.answers ? (100 * x.right) / x.answers <= FAILING : false });

const pct = (share) => (share === null || share === undefined ? '—' : `${Math.round(100 * share)}\u00a0%`);
const TEXT = {
  nl: { course: 'Cursus', orgs: 'Organisaties', meeting: 'halen 60 %', notMeeting: 'halen 60 % niet', tooSmall: 'te klein om te tonen (minder dan {n} deelnemers)', learners: 'Deelnemers (in organisaties met cijfers)', passRate: 'Geslaagd', organisation: 'Organisatie', lms: 'Leeromgeving', meets: 'Haalt 60 %', yes: 'ja', no: 'nee', objectives: 'Per doel', objective: 'Doel', answers: 'Antwoorden', right: '% goed', items: 'Vragen en keuzes die vaak fout gaan (≤ 50 % goed)', item: 'Vraag of keuze (id)', none: 'Geen: elke vraag met genoeg antwoorden gaat vaker goed dan fout.', replaced: 'Dubbel (zelfde organisatie en cursus): de nieuwste telt.', suppressed: 'weggelaten (< {n})' },
  en: { course: 'Course', orgs: 'Organisations', meeting: 'meet 60 %', notMeeting: 'do not meet 60 %', tooSmall: 'too small to show (fewer than {n} learners)', learners: 'Learners (in organisations with figures)', passRate: 'Passed', organisation: 'Organisation', lms: 'LMS', meets: 'Meets 60 %', yes: 'yes', no: 'no', objectives: 'Per objective', objective: 'Objective', answers: 'Answers', right: '% right', items: 'Questions and decisions often got wrong (≤ 50 % right)', item: 'Question or decision (id)', none: 'None: every question with enough answers is right more often than wrong.', replaced: 'Twice (same organisation and course): the newest counts.', suppressed: 'left out (< {n})' },
};

/** The sector picture as HTML (everything from a file escaped). */
export function renderSector(combined, lang = 'nl') {
  const t = TEXT[lang];
  const n = (s) => s.replace('{n}', String(MIN_CELL));
  const replaced = combined.replaced.length ? `<p>${e(t.replaced)} ${combined.replaced.map((r) => `${e(r.organisation)}: <code>${e(r.kept)}</code>`).join('; ')}</p>` : '';
  return replaced + combined.courses.map((c, i) => {
    const orgRows = c.organisations.map((o) => `<tr><th scope="row">${e(o.organisation)}</th><td>${e(o.lms)}</td><td class="num">${o.learners ?? e(n(t.suppressed))}</td><td class="num">${pct(o.passRate)}</td><td>${o.meets60 === null ? '—' : e(o.meets60 ? t.yes : t.no)}</td></tr>`).join('');
    const objRows = c.objectives.map((o) => `<tr><th scope="row">${e(o.id)}</th><td class="num">${o.answers || '—'}</td><td class="num">${o.percentRight === null ? '—' : `${Math.round(o.percentRight)}\u00a0%`}</td></tr>`).join('');
    const failing = c.items.filter((x) => x.failing);
    const itemRows = failing.map((x) => `<tr><td class="id">${e(x.id)}</td><td>${e(x.objective ?? '')}</td><td class="num">${x.answers}</td><td class="num">${Math.round(x.percentRight)}\u00a0%</td></tr>`).join('');
    const id = `c${i + 1}`;
    return `<section aria-labelledby="${id}"><h2 id="${id}">${e(t.course)}: ${e(c.title)}</h2>
<p>${e(t.orgs)}: ${c.organisations.length}. ${c.meeting60} ${e(t.meeting)}, ${c.notMeeting60} ${e(t.notMeeting)}${c.tooSmall ? `, ${c.tooSmall} ${e(n(t.tooSmall))}` : ''}. ${e(t.learners)}: ${c.learners}; ${e(t.passRate)}: ${pct(c.passRate)}.</p>
<table><caption>${e(t.orgs)}</caption><thead><tr><th scope="col">${e(t.organisation)}</th><th scope="col">${e(t.lms)}</th><th scope="col" class="num">${e(t.learners)}</th><th scope="col" class="num">${e(t.passRate)}</th><th scope="col">${e(t.meets)}</th></tr></thead><tbody>${orgRows}</tbody></table>
${objRows ? `<table><caption>${e(t.objectives)}</caption><thead><tr><th scope="col">${e(t.objective)}</th><th scope="col" class="num">${e(t.answers)}</th><th scope="col" class="num">${e(t.right)}</th></tr></thead><tbody>${objRows}</tbody></table>` : ''}
<h3>${e(t.items)}</h3>${itemRows ? `<table><caption>${e(t.items)}</caption><thead><tr><th scope="col">${e(t.item)}</th><th scope="col">${e(t.objective)}</th><th scope="col" class="num">${e(t.answers)}</th><th scope="col" class="num">${e(t.right)}</th></tr></thead><tbody>${itemRows}</tbody></table>` : `<p>${e(t.none)}</p>`}
</section>`;
  }).join('\n');
}
