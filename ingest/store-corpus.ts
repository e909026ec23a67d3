/**
 * The store's own corpus: acts imported with `npm run import`, kept under `ZANGRAPH_DATA_DIR/corpus/` with their own
 * manifest (the layout of `corpus/`, so the same reader checks them), never in the repository's `corpus/`. Reading it
 * is here; the import use case writes it (app/import-act.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../model/index.ts';
import { MANIFEST_FILE, type MetaFile } from './manifest.ts';

/** The corpora a store serves: the seed corpus, and the store's own when anything was imported into it. */
export async function corpusDirs(seedDir: string, importedDir: string | null): Promise<string[]> {
  if (importedDir === null) return [seedDir];
  const imported = await stat(join(importedDir, MANIFEST_FILE)).then(
    () => true,
    () => false,
  );
  return imported ? [seedDir, importedDir] : [seedDir];
}

/** A manifest entry of the store's corpus: a Document, its metadata file and, when the export has one, its Russian text. */
export type StoreEntry = Document & { meta?: MetaFile; russian?: MetaFile };

/** The entries of the store's corpus manifest; none before the first import. */
export async function readStoreEntries(dir: string): Promise<StoreEntry[]> {
  try {
    return (JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as { documents: StoreEntry[] }).documents;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw cause;
  }
}
