/** `/search.csv` and `/search.json`: the result list of a search (up to MAX_DOWNLOAD hits) as a file. */
import type { PageContext } from '../context.ts';
import type { Reply } from '../respond.ts';
import { documentShortName, unitLabel } from '../views/labels.ts';
import { searchHits, type Hit } from './search.ts';

const COLUMNS = ['rank', 'id', 'document', 'place', 'unit', 'heading', 'status', 'score', 'matched', 'url'] as const;

function row(ctx: PageContext, hit: Hit, rank: number): Record<(typeof COLUMNS)[number], string> {
  const p = hit.provision;
  return {
    rank: String(rank),
    id: p.id,
    document: p.document.title,
    place: [documentShortName(p.document), ...p.ancestors.map((a) => unitLabel(ctx.t, a))].join(' › '),
    unit: unitLabel(ctx.t, p),
    heading: p.heading ?? '',
    status: p.status,
    score: hit.score.toFixed(4),
    matched: hit.highlights.join('; '),
    url: `${ctx.url.origin}${ctx.href(p.id)}`,
  };
}

/**
 * One CSV field: quoted, quotes doubled; a field a spreadsheet would run as a formula
 * (starting with = + - @) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function searchDownload(ctx: PageContext, format: 'csv' | 'json'): Promise<Reply> {
  const { params, total, hits } = await searchHits(ctx);
  const rows = hits.map((hit, i) => row(ctx, hit, i + 1));
  const filename = `zangraph-search.${format}`;
  const headers = { 'content-disposition': `attachment; filename="${filename}"` };
  if (format === 'json') {
    const body = JSON.stringify({ query: params.q, filter: params.filter, total, hits: rows }, null, 2);
    return { status: 200, type: 'application/json; charset=utf-8', body, headers };
  }
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))];
  // The byte order mark lets spreadsheet programs read the Kazakh text as UTF-8.
  return { status: 200, type: 'text/csv; charset=utf-8', body: `\ufeff${lines.join('\r\n')}\r\n`, headers };
}
