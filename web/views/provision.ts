/**
 * A provision's page: breadcrumb, the text with its parts and subparagraphs (repealed ones shown
 * as such, references linked where they stand; a unit not yet in force says from when and by which
 * act in place of its text) in Kazakh, Russian or both side by side, as in force
 * today or on a date, its versions and two of them compared word by word, the amendment timeline with
 * the wording before and after each change, references made, cited-by with counts, and the citation
 * neighbourhood (a Cytoscape drawing over a plain list).
 */
import type { PageContext } from '../context.ts';
import { html, jsonScript, type Fragment, type Html } from '../html.ts';
import type { Compared, ProvisionData, ProvisionView, Unit } from '../routes/akn.ts';
import { NEIGHBOURHOOD_DEPTH } from '../routes/akn.ts';
import { amendmentTimeline } from './amendment-list.ts';
import { actLabel, documentShortName, provisionTitle, statusBadge, statusNote, unitLabel, unitPath } from './labels.ts';
import { versionsPanel } from './versions.ts';

type Provision = NonNullable<ProvisionData['provision']>;
type Citation = Provision['citations'][number];

/** Units that have pages of their own: under a section or chapter they are listed, not printed in full. */
const OWN_PAGE = new Set(['SECTION', 'CHAPTER', 'ARTICLE']);

export function renderProvision(ctx: PageContext, data: ProvisionData, view: ProvisionView, compared: Compared | null): Html {
  const { t } = ctx;
  const p = data.provision as Provision;
  const lang = p.language ?? p.document.language;
  const citationsBySource = groupBy(p.citations, (c) => c.source.id);
  const texts = { kk: view.text !== 'ru', ru: view.text !== 'kk' };
  return html`<nav class="breadcrumb" aria-label="${t.provision.breadcrumb}"><ol>
  <li><a href="${ctx.href(p.document.id)}">${documentShortName(p.document)}</a></li>
  ${p.ancestors.map((a) => html`<li><a href="${ctx.href(a.id)}">${unitLabel(t, a)}</a></li>`)}
  <li aria-current="page">${unitLabel(t, p)}</li>
</ol></nav>
<div class="provision-layout">
<article class="provision">
  <h1>${unitPath(t, p)}${p.heading && texts.kk ? html`. <span lang="${lang}">${p.heading}</span>` : null}${texts.ru && p.ruHeading ? html`${texts.kk ? ' / ' : '. '}<span lang="ru">${p.ruHeading}</span>` : null}${p.status === 'IN_FORCE' ? null : html` ${statusBadge(t, p.status)}`}</h1>
  <p class="meta">${p.document.title} · ${t.provision.source}: ${t.provision.sourceLine(p.source.file, p.source.startLine, p.source.endLine)}</p>
  ${p.asOf ? html`<p class="notice" role="status">${t.provision.asOfShown(p.asOf)} <a href="${ctx.href(p.id, { text: textParam(view) })}">${t.provision.current}</a></p>` : null}
  ${languageSwitch(ctx, p, view)}
  ${p.status === 'PENDING' ? pendingNotice(ctx, p) : null}
  <div class="${view.text === 'both' ? 'bilingual' : 'monolingual'}">
  ${
    texts.kk
      ? html`<section class="text" lang="${lang}" aria-label="${t.provision.text}: ${t.provision.languages.kk}">
    ${ownText(p, citationsBySource, ctx)}
    ${children(ctx, p, p.children ?? [], citationsBySource, 'kk')}
  </section>`
      : null
  }
  ${
    texts.ru
      ? html`<section class="text" lang="ru" aria-label="${t.provision.text}: ${t.provision.languages.ru}">
    ${p.ru === null && !hasRussian(p.children ?? []) ? html`<p class="hint">${t.provision.noRussian}</p>` : null}
    ${p.ru ? html`<p>${p.ru}</p>` : null}
    ${children(ctx, p, p.children ?? [], citationsBySource, 'ru')}
  </section>`
      : null
  }
  </div>
</article>
<aside class="side">
${versionsPanel(ctx, p, view, compared)}
<section class="panel" aria-labelledby="timeline"><h2 id="timeline">${t.provision.timeline} <span class="count">${p.amendments.length}</span></h2>
  ${p.amendments.length === 0 ? html`<p>${t.provision.noAmendments}</p>` : amendmentTimeline(ctx, p.amendments, { pageId: p.id, wordings: true })}
</section>
</aside>
</div>
<div class="panels">
  <section class="panel" aria-labelledby="cites"><h2 id="cites">${t.provision.cites} <span class="count">${p.citations.length}</span></h2>
    ${p.citations.length === 0 ? html`<p>${t.provision.noCitations}</p>` : html`<ul class="refs">${p.citations.map((c) => citationItem(ctx, c))}</ul>`}
  </section>
  <section class="panel" aria-labelledby="cited-by"><h2 id="cited-by">${t.provision.citedBy} <span class="count">${p.citedBy.length}</span></h2>
    ${citedBy(ctx, p)}
  </section>
  ${neighbourhood(ctx, data)}
</div>`;
}

function ownText(unit: Unit, citations: Map<string, Citation[]>, ctx: PageContext): Html | null {
  if (!unit.text) return null;
  return html`<p>${linkCitations(ctx, unit.text, citations.get(unit.id) ?? [])}</p>`;
}

/**
 * What stands in place of a pending unit's text (docs/formats-adilet.md, Pending items): that it is not yet in force,
 * from when (its commencement note's date; a note counting from the act's publication gives none, so the note is quoted)
 * and by which act; the heading carries the status badge. The note is the unit's own event of action OTHER; a unit
 * without one has only its badge.
 */
function pendingNotice(ctx: PageContext, p: Provision): Html | null {
  const { t } = ctx;
  const note = commencementNote(p, p.id);
  if (!note) return null;
  return html`<div class="notice pending" role="note">
    <p>${note.effectiveFrom ? t.provision.pendingFrom(note.effectiveFrom) : t.provision.pendingCounted}</p>
    ${note.effectiveFrom ? null : html`<blockquote class="note" lang="kk" aria-label="${t.amendments.note}">${note.raw}</blockquote>`}
    <p>${t.provision.pendingAct}: <a href="${ctx.href(note.act.id)}">${actLabel(note.act)}</a></p>
  </div>`;
}

/** Links to the text in Kazakh, in Russian, or both side by side, keeping the date shown. */
function languageSwitch(ctx: PageContext, p: Provision, view: ProvisionView): Html {
  const { t } = ctx;
  const options = ['kk', 'ru', 'both'] as const;
  return html`<nav class="switch" aria-label="${t.provision.language}"><span>${t.provision.language}:</span> ${options.map((option) =>
    option === view.text
      ? html`<span aria-current="true" class="current">${t.provision.languages[option]}</span> `
      : html`<a href="${ctx.href(p.id, { asOf: p.asOf, text: option === 'kk' ? null : option })}">${t.provision.languages[option]}</a> `,
  )}</nav>`;
}

/** The `text` parameter of links that keep the language shown. */
function textParam(view: ProvisionView): string | null {
  return view.text === 'kk' ? null : view.text;
}

/** The note that puts the pending unit `unitId` of the page `page` into force: its own event of action OTHER. */
function commencementNote(page: Provision, unitId: string): Provision['amendments'][number] | undefined {
  return page.amendments.findLast((a) => a.action === 'OTHER' && a.target?.id === unitId);
}

/**
 * A pending unit inside the page, where its text would stand: not yet in force, from when (none when the date counts
 * from a publication) and by which act, as its own page says at length.
 */
function pendingInline(ctx: PageContext, page: Provision, unitId: string): Html {
  const { t } = ctx;
  const note = commencementNote(page, unitId);
  if (!note) return html`<em>${t.provision.pending}</em>`;
  const since = note.effectiveFrom ? ` ${t.provision.pendingSince(note.effectiveFrom)}` : '';
  return html`<em>${t.provision.pending}${since}</em> (<a href="${ctx.href(note.act.id)}">${actLabel(note.act)}</a>)`;
}

function hasRussian(units: readonly Unit[]): boolean {
  return units.some((u) => Boolean(u.ru) || hasRussian(u.children ?? []));
}

function children(
  ctx: PageContext,
  page: Provision,
  units: readonly Unit[],
  citations: Map<string, Citation[]>,
  language: 'kk' | 'ru',
): Html | null {
  if (units.length === 0) return null;
  const { t } = ctx;
  const listed = OWN_PAGE.has(page.type) && page.type !== 'ARTICLE';
  return html`<ol class="units">${units.map((u) => {
    const note = statusNote(t, u.status);
    const classes = `unit unit-${u.type.toLowerCase()}${note ? ` ${u.status.toLowerCase()}` : ''}`;
    const [heading, text] = language === 'kk' ? [u.heading, u.text] : [u.ruHeading ?? null, u.ru ?? ''];
    if (listed && OWN_PAGE.has(u.type)) {
      return html`<li class="${classes}"><a href="${ctx.href(u.id)}">${provisionTitle(t, { ...u, heading })}</a>${note ? html` <span class="badge ${u.status.toLowerCase()}">${note}</span>` : null}</li>`;
    }
    const label = u.number === null ? null : html`<span class="num">${u.type === 'SUBPARAGRAPH' ? `${u.number})` : `${u.number}.`}</span> `;
    // The Kazakh text's anchors only: one id per unit on the page.
    return html`<li class="${classes}"${language === 'kk' ? html` id="${anchor(u.id)}"` : null}>
      ${heading ? html`<h3>${label}${heading}</h3>` : null}
      ${text || !heading ? html`<p>${heading ? null : label}${note && !text ? (u.status === 'PENDING' ? pendingInline(ctx, page, u.id) : html`<em>${note}</em>`) : language === 'kk' ? linkCitations(ctx, text, citations.get(u.id) ?? []) : text}</p>` : null}
      ${children(ctx, page, u.children ?? [], citations, language)}
    </li>`;
  })}</ol>`;
}

/** The fragment id of a unit on its article's page: its eId. */
function anchor(id: string): string {
  return id.slice(id.indexOf('/~') + 2);
}

/**
 * The text with each reference made in it turned into a link, where its words are found in order
 * (the reference's `raw` is the text as normalized, like the unit's text); the others stay listed below.
 */
function linkCitations(ctx: PageContext, text: string, citations: readonly Citation[]): Fragment {
  const out: Fragment[] = [];
  let at = 0;
  for (const c of citations) {
    const href = c.target ? c.target.id : c.targetAct?.id;
    const found = href ? text.indexOf(c.raw, at) : -1;
    if (found < 0 || !href) continue;
    out.push(text.slice(at, found), html`<a class="ref" href="${ctx.href(href)}">${c.raw}</a>`);
    at = found + c.raw.length;
  }
  out.push(text.slice(at));
  return out;
}

function citationItem(ctx: PageContext, c: Citation): Html {
  const { t } = ctx;
  const target = c.target
    ? html`<a href="${ctx.href(c.target.id)}">${documentShortName(c.target.document)} ${provisionTitle(t, c.target)}</a>`
    : c.targetAct
      ? html`<a href="${ctx.href(c.targetAct.id)}">${actLabel(c.targetAct)}</a>`
      : null;
  return html`<li><q lang="kk">${c.raw}</q>${target ? html` → ${target}` : null}</li>`;
}

/** Who cites this provision, grouped by citing provision with a count each, most citing first. */
function citedBy(ctx: PageContext, p: Provision): Html {
  const { t } = ctx;
  if (p.citedBy.length === 0) return html`<p>${t.provision.noCitations}</p>`;
  const groups = [...groupBy(p.citedBy, (c) => c.source.id).values()].sort((a, b) => b.length - a.length);
  return html`<ul class="refs">${groups.map((group) => {
    const source = (group[0] as Provision['citedBy'][number]).source;
    const place = [documentShortName(source.document), ...source.ancestors.map((a) => unitLabel(t, a))].join(' › ');
    return html`<li><a href="${ctx.href(source.id)}">${provisionTitle(t, source)}</a> <span class="count">${t.provision.citedByCount(group.length)}</span>
      <span class="place">${place}</span></li>`;
  })}</ul>`;
}

function neighbourhood(ctx: PageContext, data: ProvisionData): Html {
  const { t } = ctx;
  const { nodes, edges } = data.citationGraph;
  const label = (n: (typeof nodes)[number]) => `${documentShortName(n.document)} ${unitPath(t, n)}`;
  const graph = {
    current: data.provision?.id,
    nodes: nodes.map((n) => ({ id: n.id, label: label(n), href: ctx.href(n.id) })),
    edges: edges.map((e) => ({ from: e.from.id, to: e.to.id })),
  };
  return html`<section class="panel wide" aria-labelledby="neighbourhood"><h2 id="neighbourhood">${t.provision.neighbourhood} <span class="count">${t.provision.depth(NEIGHBOURHOOD_DEPTH)}</span></h2>
  <p class="hint">${t.provision.neighbourhoodHelp}</p>
  <div id="graph" class="graph" role="img" aria-label="${t.provision.neighbourhood}"></div>
  ${jsonScript('graph-data', graph)}
  <ul class="neighbours">${nodes.map((n) => html`<li><a href="${ctx.href(n.id)}">${label(n)}</a>${n.heading ? html` — <span lang="kk">${n.heading}</span>` : null}</li>`)}</ul>
</section>`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
