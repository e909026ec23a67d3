/**
 * search/eval/unseen-queries.json, the wholly held-out set on acts nobody developed on, checked without running any
 * search: its shape always; and, when ZANGRAPH_HELDOUT_ACTS names the folder of those acts (they live outside the
 * repository), that every judged provision exists in them as `npm run import` ingests them. Without the variable that
 * check is one visible skip, as the real-server contract suites are.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAct } from '../../app/index.ts';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../ingest/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import type { ProvisionJudgement, QuerySet } from '../../search/eval/index.ts';
import { openEmbeddedSearchIndex } from '../../search/index.ts';
import { whenServerConfigured } from '../contract/real-server.ts';

const set = JSON.parse(await readFile(new URL('../../search/eval/unseen-queries.json', import.meta.url), 'utf8')) as QuerySet;
const queries = set.queries;
const KINDS = ['ordinary', 'definition', 'synonym-loanword', 'derived-form', 'reference', 'phrase'];
const HELDOUT_ACTS = 'ZANGRAPH_HELDOUT_ACTS';

/** Every judgement of the set is by eId: the held-out acts have no line-numbered texts. */
const judgements = queries.flatMap((q) => q.relevant.map((j) => ({ q, j: j as ProvisionJudgement })));

describe('unseen queries (search/eval/unseen-queries.json)', () => {
  it('holds at least 60 queries, about half Kazakh and half Russian, with unique ids and every field', () => {
    const kazakh = queries.filter((q) => q.language === 'kk').length;
    const russian = queries.filter((q) => q.language === 'ru').length;
    expect(kazakh + russian).toBe(queries.length);
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(Math.abs(kazakh - russian)).toBeLessThanOrEqual(queries.length / 10);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
    for (const q of queries) {
      expect(q.query.trim(), q.id).not.toBe('');
      expect(KINDS, q.id).toContain(q.kind);
      expect(q.note, q.id).toMatch(/^[\x20-\x7E]+$/); // English
      expect(q.relevant.length, q.id).toBeGreaterThan(0);
    }
  });

  it('is wholly held out: no query belongs to a tuning split', () => {
    expect(queries.filter((q) => q.split !== 'heldout').map((q) => q.id)).toEqual([]);
  });

  it('judges provisions by eId with grade 1 or 2, each query at least one grade 2, never one judgement inside another', () => {
    for (const { q, j } of judgements) {
      expect(j.eId, q.id).toMatch(/^art_[0-9-]+(?:__(?:para|point)_[0-9-]+)*$/);
      expect([1, 2], q.id).toContain(j.grade);
    }
    for (const q of queries) {
      expect(
        q.relevant.some((j) => j.grade === 2),
        q.id,
      ).toBe(true);
      const ids = q.relevant.map((j) => `${j.document}#${(j as ProvisionJudgement).eId}`);
      for (const a of ids) for (const b of ids) if (a !== b) expect(b.startsWith(`${a}__`), `${q.id}: ${b} inside ${a}`).toBe(false);
    }
  });
});

whenServerConfigured('unseen queries against the held-out acts', HELDOUT_ACTS, 'set it to the folder of the held-out act folders', () => {
  describe('unseen queries against the held-out acts', () => {
    let scratch: string;
    const documents: IngestedDocument[] = [];
    beforeAll(async () => {
      const root = process.env[HELDOUT_ACTS] ?? '';
      scratch = await mkdtemp(join(tmpdir(), 'zangraph-unseen-'));
      // An empty seed corpus: the held-out acts alone, imported as `npm run import` imports them.
      const seed = join(scratch, 'seed');
      await mkdir(seed);
      await writeFile(join(seed, 'manifest.json'), '{ "documents": [] }');
      const settings = {
        corpusDir: seed,
        importedDir: join(scratch, 'corpus'),
        maxFileBytes: DEFAULT_MAX_FILE_BYTES,
        statePath: null,
        indexPendingPath: null,
      };
      const graph = await openEmbeddedGraphStore({ dataDir: join(scratch, 'graph') });
      const search = await openEmbeddedSearchIndex({ dataDir: null });
      for (const act of (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory())) {
        const report = await importAct(join(root, act.name), settings, { graph, search });
        if (report.document) documents.push(report.document);
      }
      await graph.close();
      await search.close();
    }, 120_000);
    afterAll(async () => {
      await rm(scratch, { recursive: true, force: true });
    });

    it('imports a document for every act the set judges', () => {
      const judged = [...new Set(judgements.map(({ j }) => j.document))].sort();
      expect(documents.map((d) => d.document.id).sort()).toEqual(expect.arrayContaining(judged));
    });

    it('finds every judged provision in the imported acts', () => {
      const eIds = new Map(documents.map((d) => [d.document.id, new Set(d.provisions.map((p) => p.eId))]));
      const missing = judgements.filter(({ j }) => !eIds.get(j.document)?.has(j.eId)).map(({ q, j }) => `${q.id}: ${j.document} ${j.eId}`);
      expect(missing).toEqual([]);
    });
  });
});
