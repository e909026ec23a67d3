/**
 * What the web benchmark measures, shared by the web benchmark (1×) and the scale benchmark
 * (every scale): server time of the search page and an article page, read from the
 * `Server-Timing` header the web layer sets (web/respond.ts), beside the time the client waited;
 * and the bytes a browser transfers to load a page the first time (the page and every file it
 * links, compressed as a browser would take them).
 */
import { request } from 'node:http';
import { ARTICLE_4, SEARCH_QUERY } from './queries.ts';
import { since } from './stats.ts';

export const WEB_PAGES = [
  { name: 'search page', path: `/?q=${encodeURIComponent(SEARCH_QUERY)}` },
  { name: 'article page', path: encodeURI(ARTICLE_4) },
] as const;

export interface PageTimes {
  /** The page handler's time (Server-Timing `page;dur`), ms */
  server: number[];
  /** From sending the request to the last byte on loopback, ms */
  wall: number[];
}

const BROWSER_HEADERS = { accept: 'text/html', 'accept-encoding': 'br, gzip', 'accept-language': 'kk' };

/** Each page requested `rounds` times one after the other (after `warmup` untimed rounds), the pages taking turns. */
export async function timeWebPages(origin: string, rounds: number, warmup = 5): Promise<Record<string, PageTimes>> {
  const times: Record<string, PageTimes> = Object.fromEntries(WEB_PAGES.map((p) => [p.name, { server: [], wall: [] }]));
  for (let round = -warmup; round < rounds; round++) {
    for (const page of WEB_PAGES) {
      const start = performance.now();
      const response = await get(origin + page.path);
      const wall = since(start);
      if (response.status !== 200) throw new Error(`${page.path}: HTTP ${response.status}`);
      const server = /page;dur=([\d.]+)/.exec(String(response.headers['server-timing']))?.[1];
      if (server === undefined) throw new Error(`${page.path}: no Server-Timing header`);
      if (round < 0) continue;
      (times[page.name] as PageTimes).server.push(Number(server));
      (times[page.name] as PageTimes).wall.push(wall);
    }
  }
  return times;
}

/** Bytes on the wire for a page and each file it links (scripts, styles, icons), first load, no cache. */
export async function firstLoadBytes(origin: string, path: string): Promise<{ total: number; files: number }> {
  const page = await get(origin + path);
  if (page.status !== 200) throw new Error(`${path}: HTTP ${page.status}`);
  const html = (await get(origin + path, { 'accept-encoding': 'identity' })).body.toString('utf8');
  const linked = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
  let total = page.bytes;
  for (const file of new Set(linked)) total += (await get(origin + file)).bytes;
  return { total, files: 1 + new Set(linked).size };
}

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Status line, headers and body as received, still compressed */
  bytes: number;
}

/** A GET through node:http, which leaves the body compressed, so its length is what crossed the wire. */
function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { ...BROWSER_HEADERS, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const head = res.rawHeaders.reduce((n, h) => n + Buffer.byteLength(h) + 2, 0) + 17;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, bytes: body.length + head });
      });
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
