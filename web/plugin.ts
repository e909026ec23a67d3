/**
 * The web interface as a yoga plugin: GET and HEAD requests for its paths are answered here, all
 * others (the GraphQL endpoint, GraphiQL, the health check) go on to yoga. Pages read their data
 * with GraphQL queries sent to this same yoga instance (client.ts).
 *
 *   /                      search (landing page without a query)
 *   /search.csv|.json      the result list of a search as a file
 *   /akn/…                 a provision, a document or an act at its Akoma Ntoso id
 *   /amendments            the amendments explorer; /amendments.atom its Atom feed
 *   /assets/…              static files (assets.ts)
 *
 * A page answers JSON (the data its queries read) to `Accept: application/json`.
 */
import type { Plugin, YogaServer } from 'graphql-yoga';
import { ASSET_PREFIX, assetResponse } from './assets.ts';
import { createClient, WebError } from './client.ts';
import { createPageContext, type PageContext } from './context.ts';
import { html } from './html.ts';
import type { Page } from './page.ts';
import { PAGE_CSP, respond, wantsJson, type Reply } from './respond.ts';
import { AKN_PREFIX, aknPage } from './routes/akn.ts';
import { amendmentsPage } from './routes/amendments.ts';
import { searchDownload } from './routes/downloads.ts';
import { amendmentFeed } from './routes/feed.ts';
import { searchPage } from './routes/search.ts';
import { layout } from './views/layout.ts';

type Handler = (ctx: PageContext) => Promise<Page | Reply>;

const ROUTES: Record<string, Handler> = {
  '/': searchPage,
  '/search.csv': (ctx) => searchDownload(ctx, 'csv'),
  '/search.json': (ctx) => searchDownload(ctx, 'json'),
  '/amendments': (ctx) => amendmentsPage(ctx),
  '/amendments.atom': amendmentFeed,
};

function handlerFor(pathname: string): Handler | null {
  const fixed = ROUTES[pathname];
  if (fixed) return fixed;
  if (pathname.startsWith(AKN_PREFIX)) return async (ctx) => aknPage(ctx, decodePath(pathname));
  return null;
}

/** The id a path names; a malformed escape (`%E0`) is the client's error. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new WebError(400, `malformed path: ${pathname}`);
  }
}

export function useWeb(): Plugin {
  let yoga: YogaServer<Record<string, unknown>, Record<string, unknown>> | null = null;
  return {
    onYogaInit(init) {
      yoga = init.yoga;
    },
    onRequest({ request, url, endResponse, serverContext }) {
      if (!yoga || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      if (url.pathname.startsWith(ASSET_PREFIX)) {
        return assetResponse(url.pathname.slice(ASSET_PREFIX.length), request).then((response) => {
          endResponse(response ?? new Response('no such asset', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        });
      }
      const handler = handlerFor(url.pathname);
      const unknownPage = !handler && request.headers.get('accept')?.includes('text/html') && url.pathname !== '/graphql';
      if (!handler && !unknownPage) return;
      // The page's queries go through yoga's GraphQL handling (parse, validate, limits, execute, mask)
      // under the page request's server context, skipping only the HTTP hooks (this plugin, CORS, GraphiQL).
      const server = yoga;
      const client = createClient((input, init) => server.handle(new Request(input, init), serverContext));
      const ctx = createPageContext(request, url, client);
      const started = performance.now();
      const run = handler ?? (() => Promise.reject(new WebError(404, `no page at ${url.pathname}`)));
      return run(ctx).then(
        (result) => endResponse(respond(request, 'data' in result ? pageReply(request, ctx, result) : result, started)),
        (error: unknown) => endResponse(respond(request, errorReply(request, ctx, error), started)),
      );
    },
  };
}

function pageReply(request: Request, ctx: PageContext, page: Page): Reply {
  const status = page.status ?? 200;
  if (wantsJson(request)) return { status, type: 'application/json; charset=utf-8', body: JSON.stringify(page.data) };
  return { status, type: 'text/html; charset=utf-8', body: layout(ctx, page).value, csp: PAGE_CSP };
}

/** A WebError as the page (or JSON) it stands for; anything else is logged and shown as a server error without its details. */
function errorReply(request: Request, ctx: PageContext, error: unknown): Reply {
  const known = error instanceof WebError;
  if (!known) console.error('[web]', error);
  const status = known ? error.status : 500;
  const message = known ? error.message : 'internal error';
  if (wantsJson(request)) return { status, type: 'application/json; charset=utf-8', body: JSON.stringify({ error: { status, message } }) };
  const { t } = ctx;
  const title = status === 404 ? t.error.notFound : status === 400 ? t.error.badInput : t.error.failed;
  const body = html`<h1>${title}</h1><p>${status === 404 ? t.error.notFoundText : null}</p><p class="error-detail"><code>${message}</code></p>`;
  return { status, type: 'text/html; charset=utf-8', body: layout(ctx, { title, body }).value, csp: PAGE_CSP };
}
