/**
 * The query sets judged on acts kept outside the repository, checked without running any search: the unseen sets
 * (search/eval/unseen-queries.json, unseen-2-queries.json, unseen-3-queries.json, unseen-5-queries.json,
 * unseen-6-queries.json), held out whole on acts nobody developed on, and the development set (dev-queries.json) and
 * unseen-4-queries.json (held out until stop 28), tuned on whole on other acts. Their shape always; and, when
 * ZANGRAPH_HELDOUT_ACTS names the folders of those acts (separated as PATH is: they live outside the repository),
 * that every judged provision exists in them as `npm run import` ingests them. Without the variable that check is one
 * visible skip, as the real-server contract suites are.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAct } from '../../app/index.ts';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../ingest/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import type { ProvisionJudgement, QuerySet } from '../../search/eval/index.ts';
import { openEmbeddedSearchIndex } from '../../search/index.ts';
import { whenServerConfigured } from '../contract/real-server.ts';

const KINDS = ['ordinary', 'definition', 'synonym-loanword', 'derived-form', 'reference', 'phrase'];
const HELDOUT_ACTS = 'ZANGRAPH_HELDOUT_ACTS';

/** Each set, with the split all its queries are in and the fewest queries it holds. */
const SETS = [
  { file: 'unseen-queries.json', split: 'heldout', atLeast: 60 },
  { file: 'unseen-2-queries.json', split: 'heldout', atLeast: 70 },
  { file: 'unseen-3-queries.json', split: 'heldout', atLeast: 100 },
  // tuned on since stop 28, its misses read
  { file: 'unseen-4-queries.json', split: 'tuning', atLeast: 100 },
  { file: 'unseen-5-queries.json', split: 'heldout', atLeast: 80 },
  { file: 'unseen-6-queries.json', split: 'heldout', atLeast: 80 },
  { file: 'dev-queries.json', split: 'tuning', atLeast: 90 },
].map((s) => ({ ...s, set: JSON.parse(readFileSync(new URL(`../../search/eval/${s.file}`, import.meta.url), 'utf8')) as QuerySet }));

for (const { file, split, atLeast, set } of SETS) {
  const queries = set.queries;
  /** Every judgement of the set is by eId: acts outside the repository have no line-numbered texts. */
  const judgements = queries.flatMap((q) => q.relevant.map((j) => ({ q, j: j as ProvisionJudgement })));

  describe(`queries on acts outside the repository (search/eval/${file})`, () => {
    it(`holds at least ${atLeast} queries, about half Kazakh and half Russian, with unique ids and every field`, () => {
      const kazakh = queries.filter((q) => q.language === 'kk').length;
      const russian = queries.filter((q) => q.language === 'ru').length;
      expect(kazakh + russian).toBe(queries.length);
      expect(queries.length).toBeGreaterThanOrEqual(atLeast);
      expect(Math.abs(kazakh - russian)).toBeLessThanOrEqual(queries.length / 10);
      expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
      for (const q of queries) {
        expect(q.query.trim(), q.id).not.toBe('');
        expect(KINDS, q.id).toContain(q.kind);
        expect(q.note, q.id).toMatch(/^[\x20-\x7E]+$/); // English
        expect(q.relevant.length, q.id).toBeGreaterThan(0);
      }
    });

    it(`is wholly in the ${split} split`, () => {
      expect(queries.filter((q) => q.split !== split).map((q) => q.id)).toEqual([]);
    });

    it('judges provisions by eId with grade 1 or 2, each query at least one grade 2, never one judgement inside another', () => {
      for (const { q, j } of judgements) {
        expect(j.eId, q.id).toMatch(/^art_[0-9-]+(?:__(?:para|point|subpara)_[0-9-]+)*$/);
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
}

whenServerConfigured('queries against the acts outside the repository', HELDOUT_ACTS, 'set it to the folders of those act folders', () => {
  describe('queries against the acts outside the repository', () => {
    let scratch: string;
    const documents: IngestedDocument[] = [];
    beforeAll(async () => {
      const roots = (process.env[HELDOUT_ACTS] ?? '').split(delimiter).filter((dir) => dir.trim() !== '');
      scratch = await mkdtemp(join(tmpdir(), 'zangraph-outside-acts-'));
      // An empty seed corpus: the acts alone, imported as `npm run import` imports them.
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
      for (const root of roots)
        for (const act of (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory())) {
          const report = await importAct(join(root, act.name), settings, { graph, search });
          if (report.document) documents.push(report.document);
        }
      await graph.close();
      await search.close();
    }, 240_000);
    afterAll(async () => {
      await rm(scratch, { recursive: true, force: true });
    });

    for (const { file, set } of SETS) {
      const judgements = set.queries.flatMap((q) => q.relevant.map((j) => ({ q, j: j as ProvisionJudgement })));
      it(`finds every provision ${file} judges in the imported acts`, () => {
        const eIds = new Map(documents.map((d) => [d.document.id, new Set(d.provisions.map((p) => p.eId))]));
        const missing = judgements
          .filter(({ j }) => !eIds.get(j.document)?.has(j.eId))
          .map(({ q, j }) => `${q.id}: ${j.document} ${j.eId}`);
        expect(missing).toEqual([]);
      });
    }
  });
});
