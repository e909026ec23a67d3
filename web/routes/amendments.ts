/**
 * The amendments explorer `/amendments` (by amending act, amended document, effective-date range;
 * newest or oldest first; counts by year and by act) and its Atom feed `/amendments.atom`, which
 * takes the same parameters. An act's page is the explorer for that act.
 *
 * One GraphQL query per view: a page of the list in the order asked for (pages join by the API's
 * cursor, `after` in the URL) and the filter's counts from `amendmentCounts`, which counts every
 * matching amendment without reading them.
 */
import type { PageContext } from '../context.ts';
import type { Page } from '../page.ts';
import type { AmendmentItem } from '../views/amendment-list.ts';
import { renderAmendments } from '../views/amendments.ts';

export const LIST_SIZE = 50;
/** Bars of the by-act chart */
export const TOP_ACTS = 12;

export interface AmendmentParams {
  document?: string;
  act?: string;
  from?: string;
  to?: string;
  order: 'newest' | 'oldest';
  /** The API's cursor of the previous page's last amendment */
  after?: string;
  page: number;
}

const AMENDMENTS = `
query WebAmendments($filter: AmendmentFilter, $order: AmendmentOrder!, $first: Int!, $after: String, $withCounts: Boolean!, $topActs: Int!, $act: ID!, $withAct: Boolean!) {
  amendments(filter: $filter, order: $order, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id action effectiveFrom targetLabel raw
      act { id number date title }
      document { id title shortNames }
      target { id type number ancestors { type number } }
    }
  }
  amendmentCounts(filter: $filter) @include(if: $withCounts) {
    byYear { year count }
    byAct(first: $topActs) { count act { id number date title } }
  }
  documents { id title shortNames }
  act(id: $act) @include(if: $withAct) { id number date title kind document { id } }
}`;

export interface AmendmentCounts {
  byYear: { year: string | null; count: number }[];
  byAct: { count: number; act: AmendmentItem['act'] }[];
}

export interface AmendmentsData {
  amendments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    /** This page's amendments, in the order asked for */
    nodes: AmendmentItem[];
  };
  /** Absent from the feed, which charts nothing */
  amendmentCounts?: AmendmentCounts;
  documents: { id: string; title: string; shortNames: string[] }[];
  act?: { id: string; number: string | null; date: string | null; title: string | null; kind: string } | null;
}

export function amendmentParams(url: URL, fixed: Partial<AmendmentParams> = {}): AmendmentParams {
  const get = (name: string) => url.searchParams.get(name)?.trim() || undefined;
  const page = Number(get('page') ?? 1);
  return {
    document: get('document'),
    act: get('act'),
    from: get('from'),
    to: get('to'),
    order: get('order') === 'oldest' ? 'oldest' : 'newest',
    after: get('after'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    ...fixed,
  };
}

export async function amendmentsPage(ctx: PageContext, fixed: Partial<AmendmentParams> = {}): Promise<Page> {
  const params = amendmentParams(ctx.url, fixed);
  const data = await loadAmendments(ctx, params, { first: LIST_SIZE, counts: true });
  const title = data.act ? (data.act.title ?? `№ ${data.act.number ?? data.act.id}`) : ctx.t.amendments.title;
  return {
    title,
    data,
    body: renderAmendments(ctx, params, data),
    alternates: [{ type: 'application/atom+xml', href: ctx.href('/amendments.atom', feedQuery(params)), title: ctx.t.amendments.feed }],
  };
}

/** The filter's query parameters, for links and the feed. */
export function feedQuery(params: AmendmentParams): Record<string, string | undefined> {
  return { document: params.document, act: params.act, from: params.from, to: params.to };
}

/** One page of the filter's amendments in the order asked for, with the counts when asked. */
export async function loadAmendments(
  ctx: PageContext,
  params: AmendmentParams,
  { first, counts }: { first: number; counts: boolean },
): Promise<AmendmentsData> {
  return ctx.client.query<AmendmentsData>(AMENDMENTS, {
    filter: {
      document: params.document,
      act: params.act,
      effectiveFrom: params.from || params.to ? { from: params.from, to: params.to } : undefined,
    },
    order: params.order === 'newest' ? 'NEWEST_FIRST' : 'OLDEST_FIRST',
    first,
    after: params.after ?? null,
    withCounts: counts,
    topActs: TOP_ACTS,
    act: params.act ?? '',
    withAct: Boolean(params.act),
  });
}
