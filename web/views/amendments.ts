/** The amendments explorer: the filter form, counts by year and by act as bar charts, the list and its pages. */
import type { PageContext } from '../context.ts';
import { html, type Html } from '../html.ts';
import { feedQuery, type AmendmentCounts, type AmendmentParams, type AmendmentsData } from '../routes/amendments.ts';
import { amendmentTimeline } from './amendment-list.ts';
import { actLabel } from './labels.ts';

export function renderAmendments(ctx: PageContext, params: AmendmentParams, data: AmendmentsData): Html {
  const { t } = ctx;
  const { totalCount, nodes, pageInfo } = data.amendments;
  const base = { ...feedQuery(params), order: params.order === 'newest' ? null : params.order };
  return html`<h1>${data.act ? `${t.actKind[data.act.kind] ?? ''} ${actLabel(data.act)}`.trim() : t.amendments.title}</h1>
${filterForm(ctx, params, data)}
<p class="summary" role="status">${t.amendments.total(totalCount)}${params.page > 1 ? html` · ${t.search.page(params.page)}` : null}
  · <a href="${ctx.href('/amendments.atom', feedQuery(params))}" type="application/atom+xml">${t.amendments.feed}</a></p>
${
  totalCount === 0
    ? html`<p>${t.amendments.none}</p>`
    : html`${data.amendmentCounts ? charts(ctx, base, data.amendmentCounts) : null}
${amendmentTimeline(ctx, nodes, { oneAct: Boolean(params.act) })}
<nav class="pager" aria-label="${t.search.page(params.page)}">
  ${params.after ? html`<a href="${ctx.href('/amendments', base)}" rel="first">${t.search.first}</a>` : null}
  ${
    pageInfo.hasNextPage
      ? html`<a href="${ctx.href('/amendments', { ...base, after: pageInfo.endCursor, page: params.page + 1 })}" rel="next">${t.search.next} →</a>`
      : null
  }
</nav>`
}`;
}

/** Counts by year (each year a link narrowing the range to it) and by act (each a link to the act's amendments). */
function charts(ctx: PageContext, base: Record<string, string | null | undefined>, counts: AmendmentCounts): Html {
  const { t } = ctx;
  return html`<div class="charts">
  ${chart(
    t.amendments.byYear,
    counts.byYear.map(({ year, count }) => ({
      label: year ?? t.amendments.noDate,
      count,
      href: year ? ctx.href('/amendments', { ...base, from: `${year}-01-01`, to: `${year}-12-31` }) : null,
    })),
  )}
  ${chart(
    t.amendments.byAct,
    counts.byAct.map(({ act, count }) => ({
      label: act.number ? `№ ${act.number}` : actLabel(act),
      title: actLabel(act),
      count,
      href: ctx.href('/amendments', { ...base, act: act.id }),
    })),
  )}
</div>`;
}

function filterForm(ctx: PageContext, params: AmendmentParams, data: AmendmentsData): Html {
  const { t } = ctx;
  return html`<form class="filters" method="get" action="/amendments">
  ${ctx.locale === 'kk' ? null : html`<input type="hidden" name="lang" value="${ctx.locale}">`}
  ${params.act ? html`<input type="hidden" name="act" value="${params.act}">` : null}
  <label>${t.amendments.document}
    <select name="document"><option value="">${t.search.anyValue}</option>
      ${data.documents.map((d) => html`<option value="${d.id}"${d.id === params.document ? ' selected' : ''}>${d.shortNames[0] ?? d.title}</option>`)}
    </select></label>
  <label>${t.amendments.from} <input type="date" name="from" value="${params.from ?? ''}"></label>
  <label>${t.amendments.to} <input type="date" name="to" value="${params.to ?? ''}"></label>
  <label>${t.amendments.order}
    <select name="order">
      <option value="newest"${params.order === 'newest' ? ' selected' : ''}>${t.amendments.newest}</option>
      <option value="oldest"${params.order === 'oldest' ? ' selected' : ''}>${t.amendments.oldest}</option>
    </select></label>
  <button type="submit">${t.search.apply}</button>
  ${params.act || params.document || params.from || params.to ? html`<a href="${ctx.href('/amendments')}">${t.search.clear}</a>` : null}
</form>`;
}

interface Bar {
  label: string;
  title?: string;
  count: number;
  href: string | null;
}

/** A bar chart as a list: each bar's width is its share of the largest; the numbers are text, so it reads without the picture. */
function chart(title: string, bars: readonly Bar[]): Html {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return html`<figure class="chart"><figcaption>${title}</figcaption><ol>${bars.map(
    (
      b,
    ) => html`<li${b.title ? html` title="${b.title}"` : null}><span class="bar-label">${b.href ? html`<a href="${b.href}">${b.label}</a>` : b.label}</span>
      <span class="bar" style="width:${((100 * b.count) / max).toFixed(1)}%"></span><span class="bar-count">${b.count}</span></li>`,
  )}</ol></figure>`;
}
