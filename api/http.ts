/**
 * The node:http side of the API: each request goes to yoga, a JSON body read and parsed first.
 *
 * Handed a node request, yoga reads its body as a web stream: a stream pipeline with its own
 * AbortController (whose DOMException captures a stack trace on every request) and a
 * size-limiting TransformStream. The API benchmark's CPU profile put that at about 40% of the
 * framework's time per request, more than parsing, validating and executing the query. A
 * GraphQL body is small, so this listener reads it whole and hands yoga the parsed object,
 * which @whatwg-node/server takes in place of the stream (the `req.body` body-parser leaves).
 * Anything else (GET, other content types, a body that is not a JSON object) reaches yoga as
 * before, so yoga's answers, errors included, stay its own.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ZangraphYoga } from './server.ts';

/** Largest JSON body, bytes: a query within GraphQL Armor's 1000 tokens, with its variables, fits many times over. */
export const MAX_JSON_BODY_BYTES = 100_000;

/** What @whatwg-node/server reads in place of the body stream when it is set. */
type ReadRequest = IncomingMessage & { body?: unknown };

/** The listener, and a way to wait until every request it took has been answered (or abandoned by yoga). */
export interface TrackedListener {
  listener: RequestListener;
  /** Resolves once no request is in flight: a client that hung up leaves its request running until yoga ends it. */
  idle(): Promise<void>;
}

export function createRequestListener(yoga: ZangraphYoga): TrackedListener {
  const inFlight = new Set<Promise<unknown>>();
  const serve = (req: ReadRequest, res: ServerResponse): void => {
    const handled: Promise<unknown> = Promise.resolve(yoga(req, res)).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  };
  const listener: RequestListener = (req: ReadRequest, res) => {
    if (req.method !== 'POST' || !req.headers['content-type']?.includes('json')) {
      serve(req, res);
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_JSON_BODY_BYTES) {
      tooLarge(res);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    // The chunk that takes the body over the limit answers 413; the rest are dropped as they come.
    req.on('data', (chunk: Buffer) => {
      const before = size;
      size += chunk.length;
      if (size <= MAX_JSON_BODY_BYTES) chunks.push(chunk);
      else if (before <= MAX_JSON_BODY_BYTES) tooLarge(res);
    });
    req.once('error', (error) => res.destroy(error));
    req.once('end', () => {
      if (size > MAX_JSON_BODY_BYTES) return;
      req.body = bodyForYoga(Buffer.concat(chunks, size).toString('utf8'));
      serve(req, res);
    });
  };
  return {
    listener,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

/**
 * The parsed body when it is a non-empty JSON object (or batch); otherwise the text itself, which
 * yoga parses and rejects with its own error (invalid JSON, `null`, a number, `{}`…).
 */
function bodyForYoga(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && Object.keys(parsed).length > 0) return parsed;
  } catch {
    // yoga reports invalid JSON in its own words, from the text
  }
  return text;
}

/** Yoga's answer to a body over its limit, with the connection closed rather than the rest of the body read. */
function tooLarge(res: ServerResponse): void {
  const body = JSON.stringify({ errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end(body);
}
