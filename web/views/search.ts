/** The search page: the landing view without a query, else facets, the query explained, hits and paging. */
import type { QueryPlan } from '../../search/query-plan.ts';
import type { PageContext } from '../context.ts';
import { html, markedSnippet, type Html } from '../html.ts';
import {
  FACET_VALUES_MAX,
  FILTERS,
  PAGE_SIZE,
  type FacetValue,
  type FilterName,
  type Hit,
  type LandingData,
  type SearchData,
  type SearchParams,
} from '../routes/search.ts';
import { documentShortName, provisionTitle, statusBadge, unitLabel } from './labels.ts';

type View = { landing: LandingData } | { results: SearchData; plan: QueryPlan };

/** Facet values listed before the "more" disclosure */
const FACET_VALUES_SHOWN = 8;

/** Example searches on the landing page: words, a reference, a phrase. */
const EXAMPLES = ['сотқа шағым', 'ӘРПК 22-бап', 'әкімшілік акт', '"сотқа дейінгі"'];

export function renderSearch(ctx: PageContext, params: SearchParams, view: View): Html {
  if ('landing' in view) return landing(ctx, view.landing);
  const { t } = ctx;
  const { search } = view.results;
  // The results come before the filters in the page, so a phone (one column, filters below) paints
  // them in their final place while the page is still arriving; the desktop grid puts the filters left.
  return html`<h1 class="visually-hidden">${t.nav.search}: ${params.q}</h1>
<div class="search-layout">
  <section class="results" aria-labelledby="results-summary">
    <p id="results-summary" class="summary" role="status">${t.search.results(search.total)}${params.page > 1 ? html` · ${t.search.page(params.page)}` : null}
      <span class="downloads">${t.search.download}:
        <a href="${ctx.href('/search.csv', searchQuery(params))}" download>CSV</a>
        <a href="${ctx.href('/search.json', searchQuery(params))}" download>JSON</a></span></p>
    ${explanation(ctx, view.plan, view.results.analyzeWords)}
    ${
      search.hits.length === 0
        ? html`<p class="empty">${t.search.none}</p>`
        : html`<ol class="hits" start="${(params.page - 1) * PAGE_SIZE + 1}">${search.hits.map((hit) => hitItem(ctx, hit, view.plan))}</ol>`
    }
    <nav class="pager" aria-label="${t.search.page(params.page)}">
      ${params.after ? html`<a href="${ctx.href('/', searchQuery(params))}" rel="first">${t.search.first}</a>` : null}
      ${
        search.pageInfo.hasNextPage
          ? html`<a href="${ctx.href('/', { ...searchQuery(params), after: search.pageInfo.endCursor, page: params.page + 1 })}" rel="next">${t.search.next} →</a>`
          : null
      }
    </nav>
  </section>
  <aside class="facets" aria-label="${t.search.filters}">
    ${FILTERS.map((name) => facet(ctx, params, view.results, name))}
    ${Object.keys(params.filter).length > 0 ? html`<p><a href="${ctx.href('/', { q: params.q })}">${t.search.clear}</a></p>` : null}
  </aside>
</div>`;
}

/** The search's own parameters, paging left out. */
function searchQuery(params: SearchParams): Record<string, string> {
  return { q: params.q, ...params.filter };
}

function landing(ctx: PageContext, data: LandingData): Html {
  const { t } = ctx;
  return html`<h1>${t.tagline}</h1>
<p class="lead">${t.search.counts(data.stats.documents, data.stats.provisions, data.stats.amendments, data.stats.citations)}</p>
<p class="examples">${EXAMPLES.map((q) => html`<a class="chip" href="${ctx.href('/', { q })}">${q}</a> `)}</p>
<h2>${t.search.corpus}</h2>
<ul class="documents">
  ${data.documents.map(
    (d) => html`<li><a href="${ctx.href(d.id)}">${d.title}</a>
      <span class="meta">${t.kind[d.kind] ?? d.kind}${d.date ? html` · ${d.date}` : null}${d.shortNames.length ? html` · ${d.shortNames.join(', ')}` : null}</span></li>`,
  )}
</ul>`;
}

function facet(ctx: PageContext, params: SearchParams, data: SearchData, name: FilterName): Html | null {
  const { t } = ctx;
  const counts = data.search.facets[name];
  const active = params.filter[name];
  if (name === 'chapter' && !params.filter.document) {
    return counts.length > 0
      ? html`<section class="facet"><h2>${t.facet.chapter}</h2><p class="hint">${t.search.chapterNeedsDocument}</p></section>`
      : null;
  }
  if (counts.length === 0 && !active) return null;
  // Years read as a timeline, newest first; the other facets most frequent first.
  const ordered = name === 'lastAmended' ? [...counts].sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0)) : counts;
  const label = facetLabel(ctx, data, name);
  const base = { ...searchQuery(params) };
  const item = (facet: FacetValue) =>
    html`<li><a href="${ctx.href('/', { ...base, [name]: facet.value })}"${active === facet.value ? html` aria-current="true" class="current"` : null}>${label(facet)}</a> <span class="count">${facet.count}</span></li>`;
  // The most frequent values first; the rest one click away, so a long chapter list does not push the hits down on a phone.
  const rest = ordered.slice(FACET_VALUES_SHOWN, FACET_VALUES_MAX).filter((c) => c.value !== active);
  const shown = ordered.filter((c, i) => i < FACET_VALUES_SHOWN || c.value === active);
  return html`<section class="facet"><h2>${t.facet[name]}</h2><ul>
    ${active ? html`<li><a href="${ctx.href('/', { ...base, [name]: null })}">${t.search.anyValue}</a></li>` : null}
    ${shown.map(item)}
  </ul>${rest.length > 0 ? html`<details><summary>${t.search.more(rest.length)}</summary><ul>${rest.map(item)}</ul></details>` : null}</section>`;
}

/** Facet values as names: document titles, chapter numbers with headings, kinds and statuses in words, years as they are. */
function facetLabel(ctx: PageContext, data: SearchData, name: FilterName): (facet: FacetValue) => string {
  const { t } = ctx;
  switch (name) {
    case 'document':
      return ({ value, document: d }) => (d ? (d.shortNames[0] ? `${d.shortNames[0]} — ${d.title}` : d.title) : value);
    case 'chapter': {
      const list = data.chapterList;
      const headings = new Map([...(list?.chapters ?? []), ...(list?.topics ?? [])].map((c) => [c.number, c.heading]));
      return ({ value }) => {
        const heading = headings.get(value);
        const unit = t.unit('CHAPTER', value);
        return heading ? `${unit}. ${heading}` : unit;
      };
    }
    case 'kind':
      return ({ value }) => t.kind[value] ?? value;
    case 'status':
      return ({ value }) => t.status[value] ?? value;
    case 'lastAmended':
      return ({ value }) => value;
  }
}

function explanation(ctx: PageContext, plan: QueryPlan, words: SearchData['analyzeWords']): Html {
  const { t } = ctx;
  const parts: Html[] = [];
  const ref = plan.reference;
  if (ref) {
    const label = [
      ref.ref.article ? t.unit('ARTICLE', ref.ref.article) : null,
      ref.ref.part ? t.unit('PART', ref.ref.part) : null,
      ref.ref.subparagraph ? t.unit('SUBPARAGRAPH', ref.ref.subparagraph) : null,
    ]
      .filter(Boolean)
      .join(', ');
    parts.push(
      html`<li>${t.search.reference(label)}${ref.documentNames.length ? html` (${ref.documentNames.join(', ').toLocaleUpperCase('kk')})` : null}</li>`,
    );
  }
  if (plan.terms.length > 0)
    parts.push(html`<li>${t.search.words}: ${plan.terms.map((term, i) => html`${i > 0 ? ', ' : ''}<code>${term}</code>`)}</li>`);
  // Why a text without the typed word matched: the thesaurus's legal term for it (search/analyzer/thesaurus.ts).
  const byVariant = new Map<string, string[]>();
  for (const [term, variant] of plan.thesaurus) byVariant.set(variant, [...(byVariant.get(variant) ?? []), term]);
  for (const [variant, terms] of byVariant) parts.push(html`<li>${t.search.thesaurus(variant, terms.join(' '))}</li>`);
  // …its general-language synonyms (search/analyzer/russian-synonyms.ts), or its other-language text holds it
  // (search/embedded/bridge.ts).
  for (const w of words) {
    if (w.expansionKind === 'SYNONYM') parts.push(html`<li>${t.search.synonym(w.word, w.expansion.join(' '))}</li>`);
    if (w.expansionKind === 'OTHER_LANGUAGE') parts.push(html`<li>${t.search.otherLanguage(w.word, w.expansion.join(' '))}</li>`);
  }
  if (plan.phraseRequired) parts.push(html`<li>${t.search.phrase}</li>`);
  return html`<details class="explain" open><summary>${t.search.understood}</summary><ul>${parts}</ul></details>`;
}

function hitItem(ctx: PageContext, hit: Hit, plan: QueryPlan): Html {
  const { t } = ctx;
  const p = hit.provision;
  const place = [documentShortName(p.document), ...p.ancestors.map((a) => unitLabel(t, a))];
  // The date the last-amendment facet filters by: the searched unit's, i.e. the article's for a part of a code article.
  const searched = (p.document.kind === 'CODE' && p.ancestors.find((a) => a.type === 'ARTICLE')) || p;
  const lastAmended = latest(searched.amendments.map((a) => a.effectiveFrom ?? a.act.date));
  const byReference = plan.reference !== null && p.id.endsWith(`/~${plan.reference.eId}`);
  return html`<li class="hit">
  <a class="hit-title" href="${ctx.href(p.id)}">${provisionTitle(t, p)}</a>
  <p class="place">${place.join(' › ')}</p>
  <p class="snippet">${markedSnippet(hit.snippet)}</p>
  <p class="meta">
    ${statusBadge(t, p.status)}
    ${byReference ? html`<span class="badge">${t.search.referenceHit}</span> ` : null}
    ${hit.highlights.length ? html`<span>${t.search.matched}: ${distinctWords(hit.highlights).join(', ')}</span> ` : null}
    ${lastAmended ? html`<span>· ${t.search.lastAmended}: ${lastAmended}</span>` : null}
  </p>
</li>`;
}

/** The matched words once each, whatever their case, at most eight. */
function distinctWords(words: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const w of words) if (!seen.has(w.toLocaleLowerCase('kk'))) seen.set(w.toLocaleLowerCase('kk'), w);
  return [...seen.values()].slice(0, 8);
}

function latest(dates: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}
