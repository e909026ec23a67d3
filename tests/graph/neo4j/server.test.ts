/**
 * What only a running Neo4j 5 server shows about the adapter, beyond the contract suite: every
 * read over the whole corpus answers exactly as the embedded store (the type mapping of
 * integers, dates and nested lists through the driver), the five documents written concurrently,
 * the schema set up again on a second start, the query plans, a document five times the code's size
 * in one transaction, and the tests' own safety guard.
 * Runs when NEO4J_URI is set (scripts/neo4j-test-server.sh starts a throw-away server).
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as cypher from '../../../graph/neo4j/cypher.ts';
import type { IngestedDocument } from '../../../model/index.ts';
import { openNeo4jGraphStore } from '../../../graph/neo4j/store.ts';
import { amendmentStart } from '../../../graph/neo4j/reads.ts';
import type { AmendmentFilter, GraphStore } from '../../../graph/port.ts';
import { CODE_ID, ingestedCorpus, LAW_241_ID, provision, temporaryStore } from '../../contract/corpus-fixture.ts';
import { CLAIM_TIMEOUT_MS, claimScratchDatabase, SCRATCH_MARKER, type ScratchDatabase } from '../../contract/neo4j-scratch.ts';
import { whenServerConfigured } from '../../contract/real-server.ts';
import { scaleCorpus } from '../../../scripts/bench/scale-corpus.ts';

/** Statements that list everything they are asked for: a label scan is the plan, not a missed index. */
const SCANS_EXPECTED = new Set([
  'LIST_DOCUMENTS',
  'LIST_ACTS',
  'FIND_AMENDMENTS.all',
  'FIND_AMENDMENTS_NEWEST_FIRST.all',
  'TALLY_AMENDMENTS.all',
  'MOST_AMENDED.all',
]);

/** Every statement cypher.ts exports, named as the syntax test names them (schema excluded). */
function statements(): [string, string][] {
  return Object.entries(cypher).flatMap(([name, value]): [string, string][] => {
    if (typeof value === 'string' && name !== 'AWAIT_INDEXES') return [[name, value]];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return Object.entries(value).map(([key, text]): [string, string] => [`${name}.${key}`, String(text)]);
    }
    return [];
  });
}

/** The operators of a plan, leaves included, with what they scan. */
function operators(plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): string[] {
  const own = `${plan.operatorType.replace(/@neo4j$/, '')} ${String(plan.arguments['Details'] ?? '')}`;
  return [own, ...plan.children.flatMap((child) => operators(child as typeof plan))];
}

whenServerConfigured(
  'Neo4j adapter on a real server',
  'NEO4J_URI',
  'set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, or run under scripts/neo4j-test-server.sh',
  () => {
    vi.setConfig({ hookTimeout: CLAIM_TIMEOUT_MS + 120_000 });

    describe('Neo4j adapter on a real server', () => {
      let scratch: ScratchDatabase;
      let neo: GraphStore;
      let embedded: { store: GraphStore; remove(): Promise<void> };
      let corpus: IngestedDocument[];

      beforeAll(async () => {
        corpus = await ingestedCorpus();
        scratch = await claimScratchDatabase();
        neo = await openNeo4jGraphStore(scratch.target);
        // All five at once: they share acts (MERGEd by id under a constraint) and cite into each other.
        const written = await Promise.all(corpus.map((doc) => neo.writeDocument(doc)));
        expect(written.map((w) => w.status)).toEqual(corpus.map(() => 'created'));
        embedded = await temporaryStore(corpus);
      });
      afterAll(async () => {
        await neo?.close();
        await embedded?.remove();
        await scratch?.release();
      });

      describe('answers every read over the whole corpus exactly as the embedded store', () => {
        let documentIds: string[];
        let provisionIds: string[];
        let actIds: string[];
        const both = async <T>(read: (store: GraphStore) => Promise<T>): Promise<[T, T]> => [await read(embedded.store), await read(neo)];

        beforeAll(async () => {
          documentIds = (await embedded.store.listDocuments()).map((d) => d.id);
          provisionIds = (await embedded.store.provisionsOfDocuments(documentIds)).flat().map((p) => p.id);
          actIds = (await embedded.store.listActs()).map((a) => a.id);
        });

        it('documents, provisions and their tree, counts', async () => {
          const reads: ((s: GraphStore) => Promise<unknown>)[] = [
            (s) => s.counts(),
            (s) => s.listDocuments(),
            (s) => s.getDocuments(documentIds),
            (s) => s.provisionsOfDocuments(documentIds),
            (s) => s.provisionsOfDocuments(documentIds, 'article'),
            (s) => s.rootsOfDocuments(documentIds),
            (s) => s.getProvisions(provisionIds),
            (s) => s.childrenOf(provisionIds),
            (s) => s.ancestorsOf(provisionIds),
          ];
          for (const read of reads) {
            const [expected, actual] = await both(read);
            expect(actual).toEqual(expected);
          }
          expect(provisionIds.length).toBeGreaterThan(3000);
        });

        it('acts, amendments, citations, mentions, relations, notes and diagnostics', async () => {
          const numbers = [...new Set((await embedded.store.listActs()).flatMap((a) => (a.number ? [a.number] : [])))];
          const reads: ((s: GraphStore) => Promise<unknown>)[] = [
            (s) => s.listActs(),
            (s) => s.getActs(actIds),
            (s) => s.findActsByNumber(numbers),
            (s) => s.amendmentsOfProvisions(provisionIds),
            (s) => s.amendmentsOfActs(actIds),
            (s) => s.citationsFrom(provisionIds),
            (s) => s.citationsTo(provisionIds),
            (s) => s.citationsOfActs(actIds),
            (s) => s.citationsOfDocuments(documentIds),
            (s) => s.mentionsOfActs(actIds),
            (s) => s.mentionsOfDocuments(documentIds),
            (s) => s.relationsOfDocuments(documentIds),
            (s) => s.editorialNotesOfDocuments(documentIds),
            (s) => s.diagnosticsOfDocuments(documentIds),
            (s) => s.mostAmended({}, 100),
            (s) => s.mostAmended({ documentId: CODE_ID, type: 'article' }, 100),
          ];
          for (const read of reads) {
            const [expected, actual] = await both(read);
            expect(actual).toEqual(expected);
          }
        });

        it('amendment searches from every starting filter, page after page', async () => {
          const filters: AmendmentFilter[] = [
            { actId: LAW_241_ID, action: 'repealed' },
            { targetId: provision('art_4') },
            { documentId: CODE_ID },
            { effectiveFrom: { from: '2026-01-01' } },
            { effectiveFrom: { to: '2020-12-31' } },
            { actDate: { from: '2025-01-01', to: '2025-06-30' } },
            { actDate: { to: '2019-12-31' } },
            {},
          ];
          expect(new Set(filters.map(amendmentStart))).toEqual(new Set(Object.keys(cypher.FIND_AMENDMENTS)));
          for (const filter of filters) {
            let after: string | null = null;
            for (let pages = 0; pages < 3; pages++) {
              const [expected, actual] = await both((s) => s.findAmendments(filter, { first: 40, after }));
              expect(actual).toEqual(expected);
              if (!expected.hasNextPage) break;
              after = expected.items.at(-1)?.id ?? null;
            }
            const [expectedTally, actualTally] = await both((s) => s.tallyAmendments(filter));
            expect(actualTally).toEqual(expectedTally);
          }
        });

        it('citation neighbourhoods and paths from every citing provision of the code', async () => {
          const [citations = []] = await embedded.store.citationsOfDocuments([CODE_ID]);
          const resolved = citations.filter((c) => c.targetId !== null);
          expect(resolved.length).toBeGreaterThan(50);
          for (const c of resolved) {
            const [expectedGraph, actualGraph] = await both((s) => s.citationGraph(c.sourceId, 'both', 2));
            expect(actualGraph).toEqual(expectedGraph);
            const [expectedPath, actualPath] = await both((s) => s.citationPath(c.sourceId, c.targetId as string, 5));
            expect(actualPath).toEqual(expectedPath);
          }
        });
      });

      describe('schema', () => {
        const names = async (show: string) =>
          (
            await scratch.driver.executeQuery(`${show} YIELD name RETURN name ORDER BY name`, {}, { database: scratch.target.database })
          ).records.map((r) => r.get('name') as string);

        it('sets up again on a second start, next to a running store, and drops the indexes no query used', async () => {
          // The composite index earlier versions made for act lookups by number; a second start removes it.
          await scratch.driver.executeQuery(
            'CREATE INDEX act_number_date IF NOT EXISTS FOR (n:Act) ON (n.number, n.date)',
            {},
            { database: scratch.target.database },
          );
          const [constraints, indexes] = [await names('SHOW CONSTRAINTS'), await names('SHOW INDEXES')];
          const [second, third] = await Promise.all([openNeo4jGraphStore(scratch.target), openNeo4jGraphStore(scratch.target)]);
          try {
            expect(await second.counts()).toEqual(await neo.counts());
            expect(await names('SHOW CONSTRAINTS')).toEqual(constraints);
            expect(await names('SHOW INDEXES')).toEqual(indexes.filter((name) => name !== 'act_number_date'));
          } finally {
            await second.close();
            await third.close();
          }
        });
      });

      describe('query plans on the stored corpus', () => {
        it.each(statements())('%s seeks through an index or a constraint where one serves', async (name, text) => {
          const params = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
          const session = scratch.driver.session({ database: scratch.target.database });
          try {
            const { summary } = await session.run(`EXPLAIN ${text}`, { ...params, keys: [], rows: [], actIds: [], first: neo4j.int(1) });
            const scans = operators(summary.plan as unknown as Parameters<typeof operators>[0]).filter((op) =>
              /LabelScan|AllNodesScan/.test(op),
            );
            expect(scans.length > 0).toBe(SCANS_EXPECTED.has(name));
          } finally {
            await session.close();
          }
        });
      });

      describe('transaction size', () => {
        it('replaces the code by a version five times its size (more than the whole corpus) in one transaction, and back', async () => {
          const code = corpus.find((d) => d.document.id === CODE_ID) as IngestedDocument;
          // Five copies of the code's content (scale-corpus.ts renames their ids) under the code's own id.
          const copies = scaleCorpus([code], 5);
          const own = <T extends { documentId: string }>(items: T[]): T[] => items.map((item) => ({ ...item, documentId: CODE_ID }));
          const large: IngestedDocument = {
            ...code,
            provisions: own(copies.flatMap((c) => c.provisions)),
            amendments: own(copies.flatMap((c) => c.amendments)),
            citations: own(copies.flatMap((c) => c.citations)),
            mentions: copies.flatMap((c) => c.mentions),
            editorialNotes: copies.flatMap((c) => c.editorialNotes),
          };
          const before = await neo.counts();
          expect(await neo.writeDocument(large)).toEqual({ documentId: CODE_ID, status: 'replaced' });
          expect((await neo.counts()).provisions).toBe(before.provisions + 4 * code.provisions.length);
          expect(await neo.writeDocument(code)).toEqual({ documentId: CODE_ID, status: 'replaced' });
          expect(await neo.counts()).toEqual(before);
        }, 300_000); // 15–60 s on the 2-CPU machine, depending on what else runs
      });

      describe("the tests' guard", () => {
        it('refuses a database holding data without the marker, and leaves it untouched', async () => {
          const run = (text: string, params: Record<string, unknown> = {}) =>
            scratch.driver.executeQuery(text, params, { database: scratch.target.database });
          const marker = (await run(`MATCH (m:${SCRATCH_MARKER}) RETURN properties(m) AS props`)).records[0]?.get('props') as Record<
            string,
            unknown
          >;
          const before = await neo.counts();
          await run(`MATCH (m:${SCRATCH_MARKER}) DELETE m`);
          try {
            await expect(claimScratchDatabase(scratch.target)).rejects.toThrow(
              /refusing to use Neo4j database "neo4j" .* holds data and no ZangraphTestScratch marker/,
            );
            expect(await neo.counts()).toEqual(before);
          } finally {
            await run(`CREATE (m:${SCRATCH_MARKER}) SET m = $marker`, { marker });
          }
        });
      });
    });
  },
);
