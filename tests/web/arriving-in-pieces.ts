/**
 * A loopback proxy that hands the browser each HTML page in pieces, pausing between them, as a slow
 * network does. Chromium paints what has arrived at each pause, so a page whose early parts move when
 * the later ones come shows a layout shift every time, not only when a busy machine happens to make
 * the parser yield mid-page (how CI once caught the search page's filters jumping down on a phone).
 * Anything else the page asks for (style sheet, scripts) passes through at once.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PiecewiseProxy {
  /** `http://127.0.0.1:<port>`, serving what `upstream` serves */
  origin: string;
  close(): Promise<void>;
}

export async function serveInPieces(upstream: string, pieces = 3, pauseMs = 300): Promise<PiecewiseProxy> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void relay(request, response).catch((error: unknown) => response.destroy(error as Error));
  });
  async function relay(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // No accept-encoding goes upstream, so the pieces are cut from the HTML itself.
    const answer = await fetch(upstream + (request.url ?? '/'), { headers: { accept: request.headers.accept ?? '*/*' } });
    const body = Buffer.from(await answer.arrayBuffer());
    const type = answer.headers.get('content-type') ?? 'application/octet-stream';
    response.writeHead(answer.status, { 'content-type': type });
    if (!type.startsWith('text/html')) return void response.end(body);
    const size = Math.ceil(body.length / pieces);
    for (let start = 0; start < body.length; start += size) {
      if (start > 0) await sleep(pauseMs);
      response.write(body.subarray(start, start + size));
    }
    response.end();
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
