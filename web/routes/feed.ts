/** `/amendments.atom?document=…|act=…|from=…|to=…`: the explorer's filter as an Atom feed, its newest FEED_SIZE entries. */
import type { PageContext } from '../context.ts';
import type { Reply } from '../respond.ts';
import { renderFeed } from '../views/atom.ts';
import { actLabel, documentShortName } from '../views/labels.ts';
import { amendmentParams, feedQuery, loadAmendments } from './amendments.ts';

/** Entries of a feed, newest first: the API's largest page */
const FEED_SIZE = 100;

export async function amendmentFeed(ctx: PageContext): Promise<Reply> {
  const params = amendmentParams(ctx.url, { order: 'newest', after: undefined, page: 1 });
  const data = await loadAmendments(ctx, params, { first: FEED_SIZE, counts: false });
  const document = data.documents.find((d) => d.id === params.document || d.shortNames.includes(params.document ?? ''));
  const subject =
    [data.act ? actLabel(data.act) : null, document ? documentShortName(document) : null].filter(Boolean).join(' · ') ||
    ctx.t.amendments.all;
  const origin = ctx.url.origin;
  const body = renderFeed(ctx, {
    title: ctx.t.amendments.feedTitle(subject),
    self: `${origin}${ctx.href('/amendments.atom', feedQuery(params))}`,
    alternate: `${origin}${ctx.href('/amendments', feedQuery(params))}`,
    amendments: data.amendments.nodes,
  });
  return { status: 200, type: 'application/atom+xml; charset=utf-8', body: body.value };
}
