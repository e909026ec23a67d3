/**
 * The pipeline's fingerprint: SHA-256 over the ingest sources and the domain model. A store
 * records it at ingest; a different fingerprint at start means the parser changed, so even
 * unchanged texts are parsed again rather than served from an old parse.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function pipelineFingerprint(): Promise<string> {
  const files = (await readdir(join(ROOT, 'ingest'), { recursive: true }))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROOT, 'ingest', f))
    .concat(join(ROOT, 'graph', 'model.ts'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex');
}
