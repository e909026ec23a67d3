/**
 * An Atom feed (RFC 4287) of amendments, newest first, as the UK legislation service's `/changes`
 * feeds do: one entry per amendment event, linked to the provision it changed.
 */
import type { PageContext } from '../context.ts';
import { html, type Html } from '../html.ts';
import type { AmendmentItem } from './amendment-list.ts';
import { actLabel, unitPath } from './labels.ts';

/** Entries in one feed: the most recent ones */
export const FEED_ENTRIES = 100;

export interface Feed {
  title: string;
  /** Absolute URL of the feed itself, also its id */
  self: string;
  /** Absolute URL of the explorer view with the same filter */
  alternate: string;
  amendments: readonly AmendmentItem[];
}

/** Atom wants a full timestamp; the API's dates may be partial (`2021-06`, `2015`). */
export function atomDate(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

const dateOf = (a: AmendmentItem): string | null => a.effectiveFrom ?? a.act.date;

export function renderFeed(ctx: PageContext, feed: Feed): Html {
  const { t } = ctx;
  const origin = new URL(feed.self).origin;
  const entries = feed.amendments.slice(0, FEED_ENTRIES);
  const dates = entries
    .map(dateOf)
    .filter((d): d is string => d !== null)
    .sort();
  const updated = atomDate(dates.at(-1) ?? '1970-01-01');
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${t.htmlLang}">
  <title>${feed.title}</title>
  <id>${feed.self}</id>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${feed.self}"/>
  <link rel="alternate" type="text/html" href="${feed.alternate}"/>
  <author><name>zangraph</name></author>
  <generator>zangraph</generator>
${entries.map((a) => {
  const date = dateOf(a);
  const target = a.target ? unitPath(t, a.target) : (a.targetLabel ?? '');
  const href = `${origin}${ctx.href(a.target?.id ?? a.document?.id ?? '/amendments')}`;
  return html`  <entry>
    <id>${origin}/amendments#${encodeURIComponent(a.id)}</id>
    <title>${[date, a.document?.shortNames?.[0], target, t.action[a.action] ?? a.action].filter(Boolean).join(' · ')}</title>
    <updated>${atomDate(date ?? '1970-01-01')}</updated>
    <link rel="alternate" type="text/html" href="${href}"/>
    <author><name>${actLabel(a.act)}</name></author>
    <content type="text" xml:lang="kk">${a.raw}</content>
  </entry>
`;
})}</feed>
`;
}
