/**
 * Compression of what the web layer sends: brotli when the browser takes it, else gzip. Pages are
 * compressed per request at a fast level; static assets once, at a high level, and kept.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * Bytes a web Response takes as its body. Node's buffers (file reads, zlib output) own plain
 * ArrayBuffers, but their type admits SharedArrayBuffer too, which a Response body refuses.
 */
export type Bytes = Uint8Array<ArrayBuffer>;
export const asBytes = (buffer: Uint8Array): Bytes => buffer as Bytes;

/** Below this, compression saves less than its headers cost. */
const MIN_BYTES = 1024;

export function chooseEncoding(acceptEncoding: string | null, bytes: number): Encoding {
  if (bytes < MIN_BYTES || !acceptEncoding) return 'identity';
  const offered = acceptEncoding.split(',').map((part) => part.trim().split(';')[0]);
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return 'identity';
}

/** `level`: 'page' is fast enough per request, 'asset' is for a file compressed once. */
export function compress(body: Bytes, encoding: Encoding, level: 'page' | 'asset'): Bytes {
  if (encoding === 'identity') return body;
  if (encoding === 'gzip') return asBytes(gzipSync(body, { level: level === 'page' ? 6 : 9 }));
  // Above 100 kB quality 11 costs seconds (2.5 s on Cytoscape) for 3–10 % fewer bytes than quality 5,
  // which compresses Cytoscape in 45 ms and GraphiQL's 5 MB bundle in 0.7 s, once per process.
  const quality = level === 'page' ? 4 : body.length > 100_000 ? 5 : 11;
  return asBytes(
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  );
}
