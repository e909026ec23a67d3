/**
 * The pipeline's fingerprint: SHA-256 over the sources of the ingest, the domain model and the text helpers. A store
 * records it at ingest; a different fingerprint at start means the parser changed, so even
 * unchanged texts are parsed again rather than served from an old parse.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Folders whose code decides what an ingest produces */
const PIPELINE_DIRS = ['ingest', 'model', 'text'];

async function sourcesIn(dir: string): Promise<string[]> {
  const files = await readdir(join(ROOT, dir), { recursive: true });
  return files.filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, dir, f));
}

export async function pipelineFingerprint(): Promise<string> {
  const files = (await Promise.all(PIPELINE_DIRS.map(sourcesIn))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(relative(ROOT, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}
