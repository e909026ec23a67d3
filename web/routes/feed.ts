/** `/amendments.atom?document=…|act=…|from=…|to=…`: the explorer's filter as an Atom feed, newest first. */
import type { PageContext } from '../context.ts';
import type { Reply } from '../respond.ts';
import { renderFeed } from '../views/atom.ts';
import { actLabel, documentShortName } from '../views/labels.ts';
import { amendmentParams, feedQuery, loadAmendments } from './amendments.ts';

export async function amendmentFeed(ctx: PageContext): Promise<Reply> {
  const params = amendmentParams(ctx.url, { order: 'newest', page: 1 });
  const data = await loadAmendments(ctx, params);
  const document = data.documents.find((d) => d.id === params.document || d.shortNames.includes(params.document ?? ''));
  const subject =
    [data.act ? actLabel(data.act) : null, document ? documentShortName(document) : null].filter(Boolean).join(' · ') ||
    ctx.t.amendments.all;
  const origin = ctx.url.origin;
  const body = renderFeed(ctx, {
    title: ctx.t.amendments.feedTitle(subject),
    self: `${origin}${ctx.href('/amendments.atom', feedQuery(params))}`,
    alternate: `${origin}${ctx.href('/amendments', feedQuery(params))}`,
    amendments: data.amendments,
  });
  return { status: 200, type: 'application/atom+xml; charset=utf-8', body: body.value };
}
