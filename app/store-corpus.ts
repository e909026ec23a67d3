/**
 * Writing the store's own corpus (ingest/store-corpus.ts reads it): files copied byte for byte and written durably
 * before the manifest names them; the manifest replaced whole, so a failed import leaves the corpus as it was. A work
 * may be listed in several dated versions, one entry each: an entry replaces only the entry of the same work and date.
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeDurably, writeFileDurably } from '../files/index.ts';
import { MANIFEST_FILE, readStoreEntries, type StoreEntry } from '../ingest/index.ts';

/** A file to place in the store's corpus: its path there and its bytes. */
export interface StoreFile {
  file: string;
  bytes: Buffer;
}

const sameVersion = (a: StoreEntry, b: StoreEntry): boolean => a.id === b.id && a.consolidatedAsOf === b.consolidatedAsOf;

/** Put `added` in the store's corpus at `dir` with their files, each replacing the entry of its work and date (whose other files go). */
export async function putEntries(dir: string, added: readonly StoreEntry[], files: readonly StoreFile[]): Promise<void> {
  for (const f of files) {
    await mkdir(dirname(join(dir, f.file)), { recursive: true });
    await writeDurably(join(dir, f.file), (handle) => handle.writeFile(f.bytes));
  }
  const entries = await readStoreEntries(dir);
  const replaced = entries.filter((e) => added.some((a) => sameVersion(a, e)));
  const kept = entries.filter((e) => !added.some((a) => sameVersion(a, e)));
  await writeFileDurably(join(dir, MANIFEST_FILE), `${JSON.stringify({ documents: [...kept, ...added] }, null, 2)}\n`);
  const written = new Set(files.map((f) => f.file));
  for (const old of replaced.flatMap((e) => [e.file, e.meta?.file, e.russian?.file]))
    if (old && !written.has(old)) await rm(join(dir, old), { force: true });
}
