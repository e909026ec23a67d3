/** Responses of the web layer: content type, compression, caching and security headers in one place. */
import { asBytes, chooseEncoding, compress } from './compress.ts';

/**
 * Pages load only this site's files; the inline style attributes of the charts are the one
 * exception. Connections too stay on this site: a page cannot send anything to another host.
 */
export const PAGE_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export interface Reply {
  status: number;
  type: string;
  body: string;
  /** Extra headers (content-disposition of a download) */
  headers?: Record<string, string>;
  /** Content Security Policy, for HTML */
  csp?: string;
}

export function respond(request: Request, reply: Reply, startedAt: number): Response {
  const bytes = asBytes(Buffer.from(reply.body, 'utf8'));
  const encoding = chooseEncoding(request.headers.get('accept-encoding'), bytes.length);
  const headers: Record<string, string> = {
    'content-type': reply.type,
    // Pages are answered from the store as it is now: a browser revalidates rather than reusing them.
    'cache-control': 'no-cache',
    vary: 'accept, accept-encoding, accept-language',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    ...reply.headers,
  };
  if (reply.csp) headers['content-security-policy'] = reply.csp;
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  // Time spent building the page, for the benchmark and the browser's developer tools.
  headers['server-timing'] = `page;dur=${(performance.now() - startedAt).toFixed(2)}`;
  const body = request.method === 'HEAD' ? null : compress(bytes, encoding, 'page');
  return new Response(body, { status: reply.status, headers });
}

/** Whether the client asked for JSON rather than a page (`Accept: application/json` without text/html). */
export function wantsJson(request: Request): boolean {
  const accept = request.headers.get('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}
