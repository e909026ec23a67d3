/**
 * The amendments explorer `/amendments` (by amending act, amended document, effective-date range;
 * newest or oldest first; counts by year and by act) and its Atom feed `/amendments.atom`, which
 * takes the same parameters. An act's page is the explorer for that act.
 *
 * The API lists amendments oldest first, a page of at most 100 at a time; the explorer reads the
 * filtered list whole (up to MAX_READ) to count and to offer newest first.
 */
import type { PageContext } from '../context.ts';
import type { Page } from '../page.ts';
import type { AmendmentItem } from '../views/amendment-list.ts';
import { renderAmendments } from '../views/amendments.ts';

/** Amendments read for one view: the seed corpus has 205, so every filter is read whole at 1× */
export const MAX_READ = 2000;
export const LIST_SIZE = 50;
const API_MAX_FIRST = 100;

export interface AmendmentParams {
  document?: string;
  act?: string;
  from?: string;
  to?: string;
  order: 'newest' | 'oldest';
  page: number;
}

const AMENDMENTS = `
query WebAmendments($filter: AmendmentFilter, $first: Int!, $after: String) {
  amendments(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id action effectiveFrom targetLabel raw
      act { id number date title }
      document { id title shortNames }
      target { id type number ancestors { type number } }
    }
  }
}`;

const CONTEXT = `
query WebAmendmentsContext($act: ID!, $withAct: Boolean!) {
  documents { id title shortNames }
  act(id: $act) @include(if: $withAct) { id number date title kind document { id } }
}`;

export interface AmendmentsData {
  totalCount: number;
  /** The amendments read, in the order asked for */
  amendments: AmendmentItem[];
  documents: { id: string; title: string; shortNames: string[] }[];
  act: { id: string; number: string | null; date: string | null; title: string | null; kind: string } | null;
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
    page: Number.isInteger(page) && page > 0 ? page : 1,
    ...fixed,
  };
}

export async function amendmentsPage(ctx: PageContext, fixed: Partial<AmendmentParams> = {}): Promise<Page> {
  const params = amendmentParams(ctx.url, fixed);
  const data = await loadAmendments(ctx, params);
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

export async function loadAmendments(ctx: PageContext, params: AmendmentParams): Promise<AmendmentsData> {
  const filter = {
    document: params.document,
    act: params.act,
    effectiveFrom: params.from || params.to ? { from: params.from, to: params.to } : undefined,
  };
  const [context, list] = await Promise.all([
    ctx.client.query<Pick<AmendmentsData, 'documents'> & { act?: AmendmentsData['act'] }>(CONTEXT, {
      act: params.act ?? '',
      withAct: Boolean(params.act),
    }),
    readAll(ctx, filter),
  ]);
  if (params.order === 'newest') list.amendments.reverse();
  return { ...list, documents: context.documents, act: context.act ?? null };
}

async function readAll(ctx: PageContext, filter: Record<string, unknown>): Promise<Pick<AmendmentsData, 'totalCount' | 'amendments'>> {
  const amendments: AmendmentItem[] = [];
  let after: string | null = null;
  let totalCount = 0;
  while (amendments.length < MAX_READ) {
    const data: {
      amendments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: AmendmentItem[] };
    } = await ctx.client.query(AMENDMENTS, { filter, first: Math.min(API_MAX_FIRST, MAX_READ - amendments.length), after });
    totalCount = data.amendments.totalCount;
    amendments.push(...data.amendments.nodes);
    if (!data.amendments.pageInfo.hasNextPage) break;
    after = data.amendments.pageInfo.endCursor;
  }
  return { totalCount, amendments };
}
