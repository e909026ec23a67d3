/**
 * Bad-input fixtures on real files: a temporary corpus directory whose manifest entries are the
 * real ones with another file (a copy or mutation of a seed text, written as bytes), and an
 * embedded graph store holding the real version of a document, to show that a refused input
 * leaves it exactly as it was.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, expect } from 'vitest';
import { syncGraphStore } from '../../app/index.ts';
import { openEmbeddedGraphStore, type EmbeddedGraphStore } from '../../graph/index.ts';
import { ingestCorpus, type ReadCorpusOptions } from '../../ingest/index.ts';
import { readManifest } from '../../ingest/manifest.ts';
import { CORPUS_DIR } from '../contract/corpus-fixture.ts';

export { CORPUS_DIR };

export const CODE_FILE = 'code-appc-2020-consolidated-2026-01-01.txt';
export const ARTICLE_FILE = 'article-judicial-protection-access-to-justice.txt';
export const POLICY_FILE = 'policy-lprc-2021-administrative-procedures.txt';

const realManifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { documents: Record<string, unknown>[] };

/** The raw bytes and the text of a seed file. */
export function seedBytes(file: string): Buffer {
  return readFileSync(join(CORPUS_DIR, file));
}
export function seedText(file: string): string {
  return seedBytes(file).toString('utf8');
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `zangraph-${prefix}-`));
  temps.push(dir);
  return dir;
}

export interface CorpusFile {
  /** The real corpus file whose manifest entry (id, kind, title…) this text takes */
  like: string;
  /** File name in the temporary corpus */
  file: string;
  /** Absent: the manifest lists a file that is not there */
  bytes?: Uint8Array;
  /** Overrides the SHA-256 of `bytes` written into the manifest */
  sha256?: string;
  /** Overrides the real entry's kind */
  kind?: string;
}

/** A corpus directory with one manifest entry per text; returns its path. */
export function makeCorpus(files: readonly CorpusFile[]): string {
  const dir = tempDir('corpus');
  const documents = files.map(({ like, file, bytes, sha256, kind }) => {
    const entry = realManifest.documents.find((d) => d.file === like);
    if (!entry) throw new Error(`no manifest entry for ${like}`);
    if (bytes) writeFileSync(join(dir, file), bytes);
    const sha =
      sha256 ??
      createHash('sha256')
        .update(bytes ?? new Uint8Array())
        .digest('hex');
    return { ...entry, file, sha256: sha, ...(kind ? { kind } : {}) };
  });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ documents }, null, 2)}\n`);
  return dir;
}

/** Every file of a directory tree with the SHA-256 of its content: equal snapshots mean nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    try {
      out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
    }
  }
  return out;
}

/** An embedded store in a fresh directory, holding the real corpus version of the given seed files. */
export async function storeWithSeeds(files: readonly string[]): Promise<EmbeddedGraphStore> {
  const store = await openEmbeddedGraphStore({ dataDir: tempDir('store') });
  const corpus = makeCorpus(files.map((file) => ({ like: file, file, bytes: seedBytes(file) })));
  for (const doc of (await ingestCorpus(corpus)).documents) await store.writeDocument(doc);
  return store;
}

/**
 * Sync the store with a bad corpus the way `npm start` does, expect the ingest to fail with
 * `message`, and check the store (on disk and reopened) is exactly as before. Returns the error.
 */
export async function expectRefusedAndStoreUnchanged(
  store: EmbeddedGraphStore,
  corpusDir: string,
  message: RegExp,
  options: ReadCorpusOptions = {},
): Promise<Error> {
  const before = snapshot(store.dataDir);
  const countsBefore = await store.counts();
  const documentsBefore = await store.listDocuments();
  const manifest = await readManifest(corpusDir);
  const sync = syncGraphStore(store, { manifest, ingest: () => ingestCorpus(corpusDir, options), pipeline: null, statePath: null });
  const error = await sync.then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(error?.name).toBe('IngestError');
  expect(error?.message).toMatch(message);
  expect(snapshot(store.dataDir)).toEqual(before);
  expect(await store.counts()).toEqual(countsBefore);
  const reopened = await openEmbeddedGraphStore({ dataDir: store.dataDir });
  expect(await reopened.listDocuments()).toEqual(documentsBefore);
  expect(await reopened.counts()).toEqual(countsBefore);
  await reopened.close();
  return error as Error;
}
