/** A document's page: what it is, its table of contents, its most amended articles, its amendments and feed. */
import type { PageContext } from '../context.ts';
import { html, type Html } from '../html.ts';
import type { DocumentData, Named } from '../routes/akn.ts';
import { actLabel, provisionTitle } from './labels.ts';

type Doc = NonNullable<DocumentData['document']>;
type TocNode = Named & { status: string; children?: TocNode[] };

/** Units worth a line in the contents: numbered structure and headings, not every paragraph. */
const IN_CONTENTS = new Set(['SECTION', 'CHAPTER', 'ARTICLE', 'HEADING', 'TOPIC', 'PREFACE']);

export function renderDocument(ctx: PageContext, data: DocumentData): Html {
  const { t } = ctx;
  const d = data.document as Doc;
  const facts: [string, string | null][] = [
    [t.facet.kind, t.kind[d.kind] ?? d.kind],
    [t.document.number, d.number],
    [t.document.date, d.date],
    [t.document.consolidatedAsOf, d.consolidatedAsOf],
    [t.document.publisher, d.publisher],
    [t.document.authors, d.authors.length ? d.authors.join(', ') : null],
  ];
  return html`<article class="document">
  <h1 lang="kk">${d.title}</h1>
  ${ctx.locale === 'ru' && d.titleRu ? html`<p class="meta" lang="ru">${d.titleRu}</p>` : null}
  ${d.titleEn ? html`<p class="meta" lang="en">${d.titleEn}</p>` : null}
  <dl class="facts" aria-label="${t.document.metadata}">${facts.map(([k, v]) => (v ? html`<div><dt>${k}</dt><dd>${v}</dd></div>` : null))}</dl>
  ${
    data.amendments.totalCount > 0
      ? html`<p><a href="${ctx.href('/amendments', { document: d.id })}">${t.document.amendmentsOf(data.amendments.totalCount)}</a>
        · <a href="${ctx.href('/amendments.atom', { document: d.id })}" type="application/atom+xml">${t.amendments.feed}</a></p>`
      : null
  }
</article>
<div class="panels">
  <section class="panel wide" aria-labelledby="contents"><h2 id="contents">${t.provision.contents}</h2>
    ${contents(ctx, d.children)}
  </section>
  ${
    data.mostAmended.length > 0
      ? html`<section class="panel" aria-labelledby="most-amended"><h2 id="most-amended">${t.document.mostAmended}</h2>
        <ol class="refs">${data.mostAmended.map((m) => html`<li><a href="${ctx.href(m.provision.id)}">${provisionTitle(t, m.provision)}</a> <span class="count">${m.count}</span></li>`)}</ol></section>`
      : null
  }
  ${
    d.relations.length > 0
      ? html`<section class="panel" aria-labelledby="relations"><h2 id="relations">${t.document.relations}</h2>
        <ul class="refs">${d.relations.map((r) => html`<li><a href="${ctx.href(r.act.id)}">${actLabel(r.act)}</a> <q lang="kk">${r.raw}</q></li>`)}</ul></section>`
      : null
  }
</div>`;
}

function contents(ctx: PageContext, nodes: readonly TocNode[]): Html | null {
  const shown = nodes.filter((n) => IN_CONTENTS.has(n.type) || n.heading);
  if (shown.length === 0) return null;
  return html`<ol class="toc">${shown.map(
    (n) =>
      html`<li${n.status === 'IN_FORCE' ? null : html` class="${n.status.toLowerCase()}"`}><a href="${ctx.href(n.id)}" lang="kk">${provisionTitle(ctx.t, n)}</a>${contents(ctx, n.children ?? [])}</li>`,
  )}</ol>`;
}
