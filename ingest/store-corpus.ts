/**
 * The store's own corpus: texts imported with `npm run import`, kept under `ZANGRAPH_DATA_DIR/corpus/` with their
 * own manifest (the layout of `corpus/`, so the same reader checks them), never in the repository's `corpus/`.
 * Files are copied byte for byte and written before the manifest names them; the manifest is replaced atomically,
 * so a failed import leaves the corpus as it was.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Document } from '../graph/model.ts';
import { MANIFEST_FILE, type MetaFile } from './manifest.ts';

/** The directory of the store's corpus under a data directory. */
export function storeCorpusDir(dataDir: string): string {
  return join(dataDir, 'corpus');
}

/** The corpora a store serves: the seed corpus, and the store's own when anything was imported. */
export async function corpusDirs(seedDir: string, dataDir: string): Promise<string[]> {
  const own = storeCorpusDir(dataDir);
  const imported = await stat(join(own, MANIFEST_FILE)).then(
    () => true,
    () => false,
  );
  return imported ? [seedDir, own] : [seedDir];
}

/** A manifest entry of the store's corpus: a Document and its metadata file. */
export type StoreEntry = Document & { meta?: MetaFile };

export async function readStoreEntries(dir: string): Promise<StoreEntry[]> {
  try {
    return (JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as { documents: StoreEntry[] }).documents;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw cause;
  }
}

/** A file to place in the store's corpus: its path there and its bytes. */
export interface StoreFile {
  file: string;
  bytes: Buffer;
}

/**
 * Put `entry` in the store's corpus at `dir`, with its files, replacing the entry of the same id (whose files go
 * once the manifest no longer names them).
 */
export async function putEntry(dir: string, entry: StoreEntry, files: readonly StoreFile[]): Promise<void> {
  for (const f of files) await writeBytes(join(dir, f.file), f.bytes);
  const entries = await readStoreEntries(dir);
  const replaced = entries.find((e) => e.id === entry.id);
  const next = [...entries.filter((e) => e.id !== entry.id), entry];
  await writeBytes(join(dir, MANIFEST_FILE), Buffer.from(`${JSON.stringify({ documents: next }, null, 2)}\n`));
  const kept = new Set(files.map((f) => f.file));
  for (const old of replaced ? [replaced.file, replaced.meta?.file] : []) if (old && !kept.has(old)) await rm(join(dir, old), { force: true });
}

/** Write a file whole or not at all: to a temporary name first, then renamed over the target. */
async function writeBytes(path: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, bytes);
  await rename(temp, path);
}
