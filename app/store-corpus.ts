/**
 * Writing the store's own corpus (ingest/store-corpus.ts reads it): files copied byte for byte and written durably
 * before the manifest names them; the manifest replaced whole, so a failed import leaves the corpus as it was.
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

/** Put `entry` in the store's corpus at `dir` with its files, replacing the entry of the same id (whose other files go). */
export async function putEntry(dir: string, entry: StoreEntry, files: readonly StoreFile[]): Promise<void> {
  for (const f of files) {
    await mkdir(dirname(join(dir, f.file)), { recursive: true });
    await writeDurably(join(dir, f.file), (handle) => handle.writeFile(f.bytes));
  }
  const entries = await readStoreEntries(dir);
  const replaced = entries.find((e) => e.id === entry.id);
  await writeFileDurably(
    join(dir, MANIFEST_FILE),
    `${JSON.stringify({ documents: [...entries.filter((e) => e.id !== entry.id), entry] }, null, 2)}\n`,
  );
  const kept = new Set(files.map((f) => f.file));
  for (const old of replaced ? [replaced.file, replaced.meta?.file, replaced.russian?.file] : [])
    if (old && !kept.has(old)) await rm(join(dir, old), { force: true });
}
