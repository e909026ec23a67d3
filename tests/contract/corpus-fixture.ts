/**
 * The real seed corpus, ingested once per test file, and the ids the tests read off the text
 * of the code (corpus/code-appc-2020-consolidated-2026-01-01.txt).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEmbeddedGraphStore, type EmbeddedGraphStore } from '../../graph/embedded/store.ts';
import type { IngestedDocument } from '../../model/index.ts';
import type { GraphStore } from '../../graph/port.ts';
import { russianWordings } from '../../app/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { adiletPath } from '../shared-dir.ts';
import { CODE_ID } from '../acts.ts';
import { scratchNeo4jStore } from './neo4j-scratch.ts';
export { CODE_ID } from '../acts.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** Law No. 241-VIII, dated `2025.17.12.` in the notes (the notes print YYYY.DD.MM) */
export const LAW_241_ID = '/akn/kz/act/law/2025-12-17/241-VIII';

export const provision = (eId: string): string => `${CODE_ID}/~${eId}`;

let ingested: Promise<IngestedDocument[]> | null = null;

/** Every document the pipeline ingests from the seed corpus. */
export function ingestedCorpus(): Promise<IngestedDocument[]> {
  ingested ??= ingestCorpus(CORPUS_DIR).then((result) => result.documents);
  return ingested;
}

/** The ingested code. */
export async function ingestedCode(): Promise<IngestedDocument> {
  const code = (await ingestedCorpus()).find((d) => d.document.id === CODE_ID);
  if (!code) throw new Error(`the ingest did not produce ${CODE_ID}`);
  return code;
}

/** An embedded graph store in a new temporary directory, holding `documents`; `remove` closes it and deletes the directory. */
export async function temporaryStore(
  documents: readonly IngestedDocument[],
): Promise<{ store: EmbeddedGraphStore; remove(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'zangraph-store-'));
  const store = await openEmbeddedGraphStore({ dataDir });
  for (const doc of documents) await store.writeDocument(doc);
  return {
    store,
    async remove() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A store of the backend the run selects, holding `documents`: the embedded one in a temporary
 * directory, or with ZANGRAPH_GRAPH=neo4j a claimed scratch Neo4j database (the API tests run
 * end to end on both; `.ci/run` runs them on Neo4j one file at a time).
 */
export function testGraphStore(documents: readonly IngestedDocument[]): Promise<{ store: GraphStore; remove(): Promise<void> }> {
  return process.env.ZANGRAPH_GRAPH === 'neo4j' ? scratchNeo4jStore(documents) : temporaryStore(documents);
}

let withRussian: Promise<IngestedDocument> | null = null;

/**
 * The ingested code with its Russian text: the Russian wordings of the database export of 2024-01-01
 * (../shared/adilet/appc-350-VI/2024-01-01/rus.md) aligned to its provisions by eId.
 */
export function ingestedCodeWithRussian(): Promise<IngestedDocument> {
  withRussian ??= Promise.all([ingestedCode(), russianWordings(adiletPath('appc-350-VI', '2024-01-01'))]).then(([code, alignment]) => ({
    ...code,
    wordings: [...code.wordings, ...alignment.wordings],
  }));
  return withRussian;
}
