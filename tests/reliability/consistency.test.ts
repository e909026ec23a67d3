/**
 * Queries served while a document is re-written: each GraphQL response must describe one version
 * of a document — its SHA-256 and the texts of its articles and their parts from the same parse —
 * even though the response is assembled from several store calls.
 *
 * The write is triggered from inside each request, at a fixed point: the store handed to the server
 * (through its port, `createServer({ graph })`) re-writes the document with its other version as soon
 * as the request's first read has answered, and lets the request read on only once the write has
 * committed. A request that reads through a snapshot of its start sees one version; one that reads
 * the live store sees the old SHA-256 and the new articles, every time.
 */
import { describe, expect, it } from 'vitest';
import { createServer } from '../../api/server.ts';
import { openEmbeddedGraphStore, type EmbeddedGraphStore } from '../../graph/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import type { GraphReader, GraphStore } from '../../graph/port.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { graphql } from '../api/graphql-client.ts';
import { CODE_FILE, makeCorpus, seedText, tempDir } from './fixture.ts';

interface Answer {
  document: { sha256: string; articles: { heading: string | null; children: { text: string }[] }[] } | null;
}

const QUERY = `query ($id: ID!) { document(id: $id) { sha256 articles { heading children { text } } } }`;
const REQUESTS = 12;

/** What the query answers for a version: the article headings and their children's texts, in order. */
function expectedAnswer(doc: IngestedDocument): Answer['document'] {
  const childrenOf = (id: string) => doc.provisions.filter((p) => p.parentId === id).sort((a, b) => a.ordinal - b.ordinal);
  return {
    sha256: doc.document.sha256,
    articles: doc.provisions
      .filter((p) => p.type === 'article')
      .map((a) => ({ heading: a.heading, children: childrenOf(a.id).map((c) => ({ text: c.text })) })),
  };
}

/**
 * The store as the server sees it: each request reads through `readerOf(store)`, and its first read,
 * once answered, writes the version `store` does not hold; that read returns (and the request goes
 * on) when the write has committed.
 */
function rewrittenInEveryRequest(
  store: EmbeddedGraphStore,
  versions: readonly IngestedDocument[],
  readerOf: (store: EmbeddedGraphStore) => GraphReader,
): GraphStore {
  const other = async () => {
    const [held] = await store.getDocuments([versions[0]?.document.id ?? '']);
    return versions.find((v) => v.document.sha256 !== held?.sha256) as IngestedDocument;
  };
  return {
    ...store,
    snapshot() {
      const reader = readerOf(store);
      let write: Promise<unknown> | null = null;
      const hooked = Object.entries(reader).map(([key, value]: [string, unknown]) =>
        typeof value === 'function'
          ? [
              key,
              async (...args: unknown[]) => {
                const result: unknown = await (value as (...a: unknown[]) => unknown).apply(reader, args);
                write ??= other().then((next) => store.writeDocument(next));
                await write;
                return result;
              },
            ]
          : [key, value],
      );
      return Object.fromEntries(hooked) as GraphReader;
    },
  };
}

/** Two versions of the code: as printed, and with `және` (and) written `әрі` in every article. */
const codeVersions = Promise.all(
  [seedText(CODE_FILE), seedText(CODE_FILE).replace(/және/g, 'әрі')].map(async (text) => {
    const [doc] = (await ingestCorpus(makeCorpus([{ like: CODE_FILE, file: CODE_FILE, bytes: Buffer.from(text) }]))).documents;
    if (!doc) throw new Error('nothing ingested');
    return doc;
  }),
);

/** Serve REQUESTS queries for the code, each re-writing it after its first read; the answers in order. */
async function answersWhileRewriting(readerOf: (store: EmbeddedGraphStore) => GraphReader) {
  const versions = await codeVersions;
  const store = await openEmbeddedGraphStore({ dataDir: tempDir('consistency') });
  try {
    await store.writeDocument(versions[0] as IngestedDocument);
    const yoga = await createServer({ graph: rewrittenInEveryRequest(store, versions, readerOf) }, { graphiql: false });
    const answers: { held: string; served: Answer['document']; expected: Answer['document'] }[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const [held] = await store.getDocuments([versions[0]?.document.id ?? '']);
      const answer = await graphql<Answer>(yoga.fetch, QUERY, { id: held?.id });
      expect(answer.errors).toBeUndefined();
      const sha = held?.sha256 ?? '';
      answers.push({
        held: sha,
        served: answer.data?.document ?? null,
        expected: expectedAnswer(versions.find((v) => v.document.sha256 === sha) as IngestedDocument),
      });
    }
    // every request wrote once: each started on the other version than the request before it
    expect(answers.map((a) => a.held)).toEqual(answers.map((_, i) => versions[i % 2]?.document.sha256));
    return answers;
  } finally {
    await store.close();
  }
}

const mixed = (answers: Awaited<ReturnType<typeof answersWhileRewriting>>) =>
  answers.filter((a) => JSON.stringify(a.served) !== JSON.stringify(a.expected)).length;

describe('queries during a re-ingest', () => {
  it(`answer each of ${REQUESTS} requests from the version it started on, though each re-writes the code after its first read`, async () => {
    const answers = await answersWhileRewriting((store) => store.snapshot());
    // the versions alternate, so both were served
    expect(answers.map((a) => a.served?.sha256)).toEqual(answers.map((a) => a.held));
    expect(mixed(answers)).toBe(0);
  });

  it(`mix two versions in all ${REQUESTS} answers when the requests read the live store instead of a snapshot`, async () => {
    // the check of the trigger: without a snapshot every request sees the old SHA-256 and the new articles
    const answers = await answersWhileRewriting((store) => store);
    expect(answers.map((a) => a.served?.sha256)).toEqual(answers.map((a) => a.held));
    expect(mixed(answers)).toBe(REQUESTS);
  });
});
