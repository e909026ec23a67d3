/**
 * The embedded store on disk: one JSON file per document plus a catalogue naming them.
 *
 * ```
 * <dataDir>/catalogue.json                         the commit point: which file holds each document
 * <dataDir>/documents/<id hash>-<content hash>.json  one IngestedDocument, never rewritten in place
 * ```
 * A write puts the new document file beside the old one (temp file, fsync, rename), then
 * replaces the catalogue the same way, then deletes the old file. A crash before the
 * catalogue's rename leaves the old catalogue pointing at the old, intact file; after it,
 * the new state is complete. Leftover temp and orphan files are swept on open.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../../files/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { GraphStoreError } from '../port.ts';

const BACKEND = 'embedded';
const CATALOGUE = 'catalogue.json';
const DOCUMENTS_DIR = 'documents';
const FORMAT_VERSION = 1;

export interface CatalogueEntry {
  documentId: string;
  /** Corpus file and its SHA-256, as in the manifest */
  file: string;
  sha256: string;
  contentHash: string;
  /** File name under `documents/` */
  path: string;
}

export interface Catalogue {
  version: number;
  documents: CatalogueEntry[];
}

export interface LoadedStore {
  catalogue: Catalogue;
  documents: IngestedDocument[];
}

/** Read the store in `dataDir`; an absent directory or catalogue is an empty store. */
export async function loadStore(dataDir: string): Promise<LoadedStore> {
  await mkdir(join(dataDir, DOCUMENTS_DIR), { recursive: true });
  const cataloguePath = join(dataDir, CATALOGUE);
  const text = await readIfExists(cataloguePath);
  const catalogue = text === null ? emptyCatalogue() : parseCatalogue(text, cataloguePath);
  const documents: IngestedDocument[] = [];
  for (const entry of catalogue.documents) {
    const path = join(dataDir, DOCUMENTS_DIR, entry.path);
    const body = await readIfExists(path);
    if (body === null) throw new GraphStoreError(BACKEND, `${cataloguePath}: document ${entry.documentId} names ${path}, which is missing`);
    documents.push(shareRepeatedStrings(withVersionLists(parseJson<IngestedDocument>(body, path))));
  }
  await sweep(dataDir, catalogue);
  return { catalogue, documents };
}

/**
 * A document stored before the model held versions has no expression or wording lists: read as empty (the model's
 * changed fingerprint makes the next sync parse it again), so an old store still opens.
 */
function withVersionLists(doc: IngestedDocument): IngestedDocument {
  doc.expressions ??= [];
  doc.wordings ??= [];
  doc.terms ??= [];
  return doc;
}

/**
 * JSON.parse makes a new string for every occurrence of a value, and each provision repeats
 * its document's id and file and its parent's id: point those at one copy (equal values, so
 * nothing observable changes), which saves memory and garbage-collection work on large stores.
 */
function shareRepeatedStrings(doc: IngestedDocument): IngestedDocument {
  const { id, file } = doc.document;
  const ids = new Map<string, string>();
  for (const p of doc.provisions) {
    if (p.documentId === id) p.documentId = id;
    if (p.source.file === file) p.source.file = file;
    ids.set(p.id, p.id);
    if (p.parentId !== null) p.parentId = ids.get(p.parentId) ?? p.parentId;
  }
  for (const item of [
    ...doc.amendments,
    ...doc.citations,
    ...doc.mentions,
    ...doc.relations,
    ...doc.editorialNotes,
    ...(doc.terms ?? []),
  ]) {
    if (item.documentId === id) item.documentId = id;
    if (item.source.file === file) item.source.file = file;
  }
  for (const c of [...doc.citations, ...doc.mentions]) c.sourceId = ids.get(c.sourceId) ?? c.sourceId;
  for (const w of doc.wordings) {
    if (w.documentId === id) w.documentId = id;
    w.provisionId = ids.get(w.provisionId) ?? w.provisionId;
    if (w.parentId !== null) w.parentId = ids.get(w.parentId) ?? w.parentId;
  }
  return doc;
}

/** Write a document's file; returns its catalogue entry. The store does not see it until `commitCatalogue`. */
export async function writeDocumentFile(dataDir: string, doc: IngestedDocument, contentHash: string): Promise<CatalogueEntry> {
  const path = `${shortHash(doc.document.id)}-${contentHash.slice(0, 16)}.json`;
  await writeAtomically(join(dataDir, DOCUMENTS_DIR, path), JSON.stringify(doc));
  return { documentId: doc.document.id, file: doc.document.file, sha256: doc.document.sha256, contentHash, path };
}

/** Replace the catalogue: the commit point of every write. */
export async function commitCatalogue(dataDir: string, catalogue: Catalogue): Promise<void> {
  await writeAtomically(join(dataDir, CATALOGUE), JSON.stringify(catalogue, null, 2));
}

/** Delete a document file the catalogue no longer names. */
export async function removeDocumentFile(dataDir: string, path: string): Promise<void> {
  await rm(join(dataDir, DOCUMENTS_DIR, path), { force: true });
}

function emptyCatalogue(): Catalogue {
  return { version: FORMAT_VERSION, documents: [] };
}

/** Temp file in the same directory, fsync, rename over the target, fsync the directory (files/durable-write.ts). */
async function writeAtomically(target: string, content: string): Promise<void> {
  try {
    await writeFileDurably(target, content);
  } catch (cause) {
    throw new GraphStoreError(BACKEND, `cannot write ${target}`, { cause });
  }
}

/** Remove temp files of interrupted writes and document files no catalogue entry names. */
async function sweep(dataDir: string, catalogue: Catalogue): Promise<void> {
  const named = new Set(catalogue.documents.map((e) => e.path));
  for (const name of await readdir(join(dataDir, DOCUMENTS_DIR))) {
    if (!named.has(name)) await rm(join(dataDir, DOCUMENTS_DIR, name), { force: true });
  }
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(`${CATALOGUE}.tmp-`)) await rm(join(dataDir, name), { force: true });
  }
}

function parseCatalogue(text: string, path: string): Catalogue {
  const catalogue = parseJson<Catalogue>(text, path);
  if (catalogue.version !== FORMAT_VERSION || !Array.isArray(catalogue.documents)) {
    throw new GraphStoreError(BACKEND, `${path}: unsupported catalogue (version ${String(catalogue.version)}, expected ${FORMAT_VERSION})`);
  }
  return catalogue;
}

function parseJson<T>(text: string, path: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new GraphStoreError(BACKEND, `${path}: not valid JSON`, { cause });
  }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    // Decoded in one piece: `readFile(path, 'utf8')` decodes chunk by chunk, several times slower on large files.
    return (await readFile(path)).toString('utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new GraphStoreError(BACKEND, `cannot read ${path}`, { cause });
  }
}

function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}
