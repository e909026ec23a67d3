/** The amendments explorer: the filter form, counts by year and by act as bar charts, the list and its pages. */
import type { PageContext } from '../context.ts';
import { html, type Html } from '../html.ts';
import { feedQuery, LIST_SIZE, MAX_READ, type AmendmentParams, type AmendmentsData } from '../routes/amendments.ts';
import { amendmentTimeline } from './amendment-list.ts';
import { actLabel } from './labels.ts';

/** Bars shown in the by-act chart; the rest are summed in the list's total */
const TOP_ACTS = 12;

export function renderAmendments(ctx: PageContext, params: AmendmentParams, data: AmendmentsData): Html {
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(data.amendments.length / LIST_SIZE));
  const page = Math.min(params.page, pages);
  const shown = data.amendments.slice((page - 1) * LIST_SIZE, page * LIST_SIZE);
  const base = { ...feedQuery(params), order: params.order === 'newest' ? null : params.order };
  const pageLink = (n: number) => ctx.href('/amendments', { ...base, page: n === 1 ? null : n });
  return html`<h1>${data.act ? `${t.actKind[data.act.kind] ?? ''} ${actLabel(data.act)}`.trim() : t.amendments.title}</h1>
${filterForm(ctx, params, data)}
<p class="summary" role="status">${t.amendments.total(data.totalCount)}
  · <a href="${ctx.href('/amendments.atom', feedQuery(params))}" type="application/atom+xml">${t.amendments.feed}</a></p>
${data.totalCount > data.amendments.length ? html`<p class="hint">${t.amendments.capped(MAX_READ, data.totalCount)}</p>` : null}
${
  data.amendments.length === 0
    ? html`<p>${t.amendments.none}</p>`
    : html`<div class="charts">
  ${chart(
    t.amendments.byYear,
    byYear(data, t.amendments.noDate).map(([year, n]) => ({ label: year, count: n, href: null })),
  )}
  ${chart(
    t.amendments.byAct,
    byAct(data)
      .slice(0, TOP_ACTS)
      .map(({ act, count }) => ({
        label: act.number ? `№ ${act.number}` : actLabel(act),
        title: actLabel(act),
        count,
        href: ctx.href('/amendments', { ...base, act: act.id }),
      })),
  )}
</div>
${amendmentTimeline(ctx, shown, { oneAct: Boolean(params.act) })}
${
  pages > 1
    ? html`<nav class="pager" aria-label="${t.search.page(page)}">${Array.from({ length: pages }, (_, i) => i + 1).map((n) =>
        n === page ? html`<span aria-current="page">${n}</span>` : html`<a href="${pageLink(n)}">${n}</a>`,
      )}</nav>`
    : null
}`
}`;
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

/** Counts by year of the effective date, in year order; amendments without one last. */
function byYear(data: AmendmentsData, noDate: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of data.amendments) {
    const year = a.effectiveFrom?.slice(0, 4) ?? noDate;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a === noDate ? 1 : b === noDate ? -1 : a.localeCompare(b)));
}

/** Counts by amending act, most amendments first. */
function byAct(data: AmendmentsData): { act: AmendmentsData['amendments'][number]['act']; count: number }[] {
  const counts = new Map<string, { act: AmendmentsData['amendments'][number]['act']; count: number }>();
  for (const a of data.amendments) {
    const entry = counts.get(a.act.id);
    if (entry) entry.count++;
    else counts.set(a.act.id, { act: a.act, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.act.id.localeCompare(b.act.id));
}
