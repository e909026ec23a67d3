/**
 * Queries served while documents are re-written: each GraphQL response must describe one version
 * of a document — its SHA-256 and the texts of its articles and their parts from the same parse —
 * even though the response is assembled from several store calls over several ticks.
 *
 * The embedded store answers within one tick, so by itself a request would never straddle a
 * write; the server is given the same store with every read answered one macrotask late (as a
 * networked backend would), so the writes land between the reads of one request.
 */
import { describe, expect, it } from 'vitest';
import { createServer } from '../../api/server.ts';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import type { GraphStore } from '../../graph/port.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { graphql } from '../api/graphql-client.ts';
import { CODE_FILE, makeCorpus, seedText, tempDir } from './fixture.ts';

interface Answer {
  document: { sha256: string; articles: { heading: string | null; children: { text: string }[] }[] } | null;
}

const QUERY = `query ($id: ID!) { document(id: $id) { sha256 articles { heading children { text } } } }`;

/** The same object with each method answering one macrotask later. */
function late<T extends object>(target: T): T {
  const delayed = Object.entries(target).map(([key, value]: [string, unknown]) =>
    typeof value === 'function'
      ? [key, async (...args: unknown[]) => {
          await new Promise(setImmediate);
          return (value as (...a: unknown[]) => unknown)(...args);
        }]
      : [key, value],
  );
  return Object.fromEntries(delayed) as T;
}

/** What the query answers for a version: the article headings and their children's texts, in order. */
function expectedAnswer(doc: IngestedDocument): Answer['document'] {
  const childrenOf = (id: string) => doc.provisions.filter((p) => p.parentId === id).sort((a, b) => a.ordinal - b.ordinal);
  return {
    sha256: doc.document.sha256,
    articles: doc.provisions.filter((p) => p.type === 'article').map((a) => ({ heading: a.heading, children: childrenOf(a.id).map((c) => ({ text: c.text })) })),
  };
}

describe('queries during a re-ingest', () => {
  it('each see one whole version of the code while it is rewritten back and forth', async () => {
    // two versions of the code: as printed, and with `және` (and) written `әрі` in every article
    const texts = [seedText(CODE_FILE), seedText(CODE_FILE).replace(/және/g, 'әрі')];
    const versions = await Promise.all(
      texts.map(async (text) => {
        const [doc] = (await ingestCorpus(makeCorpus([{ like: CODE_FILE, file: CODE_FILE, bytes: Buffer.from(text) }]))).documents;
        if (!doc) throw new Error('nothing ingested');
        return doc;
      }),
    );
    const answers = new Map(versions.map((v) => [v.document.sha256, expectedAnswer(v)]));
    const store = await openEmbeddedGraphStore({ dataDir: tempDir('consistency') });
    await store.writeDocument(versions[0] as IngestedDocument);
    const served: GraphStore = { ...late(store), snapshot: () => late(store.snapshot()) };
    const yoga = await createServer({ graph: served }, { graphiql: false });
    const id = versions[0]?.document.id;

    let writing = true;
    const writes = (async () => {
      for (let i = 1; i <= 12; i++) await store.writeDocument(versions[i % 2] as IngestedDocument);
      writing = false;
    })();
    const seen = new Map<string, number>();
    let inconsistent = 0;
    while (writing) {
      // yoga.fetch can settle in microtasks alone: give the store's file writes a turn
      await new Promise(setImmediate);
      const answer = await graphql<Answer>(yoga.fetch, QUERY, { id });
      expect(answer.errors).toBeUndefined();
      const sha = answer.data?.document?.sha256 ?? '';
      seen.set(sha, (seen.get(sha) ?? 0) + 1);
      if (JSON.stringify(answer.data?.document) !== JSON.stringify(answers.get(sha))) inconsistent++;
    }
    await writes;
    await store.close();
    // both versions were served while the writes went on, and never a mixture of the two
    expect([...seen.keys()].sort()).toEqual([...answers.keys()].sort());
    expect(inconsistent).toBe(0);
  });
});
