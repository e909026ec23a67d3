/**
 * Crash safety of a re-ingest: a real re-ingest (reingest-child.ts: parse the corpus, write the
 * graph store and the search index, as `npm run ingest` does) is SIGKILLed at a random moment,
 * 20 times in a row, switching between two versions of the whole corpus. After every kill the
 * stores open, and each stored document is exactly the old or the new version: its provisions,
 * amendments, notes and relations are those of the version its SHA-256 names, never a mixture.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { CORPUS_DIR, makeCorpus, seedBytes, tempDir } from './fixture.ts';

const CHILD = fileURLToPath(new URL('./reingest-child.ts', import.meta.url));
const ITERATIONS = 20;

/** The second version of every text: `және` (and) written `әрі` (also "and"), a change in most provisions. */
function secondVersion(): string {
  return makeCorpus(
    [...new Set((JSON.parse(seedBytes('manifest.json').toString('utf8')) as { documents: { file: string }[] }).documents.map((d) => d.file))].map((file) => ({
      like: file,
      file,
      bytes: Buffer.from(seedBytes(file).toString('utf8').replace(/және/g, 'әрі')),
    })),
  );
}

/** A deterministic PRNG (mulberry32), so a failing kill schedule can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  /** Milestones the child printed before it ended */
  said: string[];
  killed: boolean;
  /** ms from `opened` to `ingested` and from `ingested` to `done`, when seen */
  ingestMs: number | null;
  writeMs: number | null;
}

/** Run the child on `corpusDir`; kill it `delay` ms after it prints `after` (never, when delay is null). */
function reingest(dataDir: string, corpusDir: string, kill: { after: string; delay: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, corpusDir], {
      env: { ...process.env, ZANGRAPH_DATA_DIR: dataDir, ZANGRAPH_GRAPH: 'embedded', ZANGRAPH_SEARCH: 'embedded' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const said: string[] = [];
    const at = new Map<string, number>();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        said.push(line);
        at.set(line, Date.now());
        if (kill && line === kill.after) setTimeout(() => child.kill('SIGKILL'), kill.delay);
      }
    });
    child.on('exit', (code, signal) => {
      const span = (from: string, to: string) => (at.has(from) && at.has(to) ? (at.get(to) ?? 0) - (at.get(from) ?? 0) : null);
      if (signal === 'SIGKILL' || code === 0) resolve({ said, killed: signal === 'SIGKILL', ingestMs: span('opened', 'ingested'), writeMs: span('ingested', 'done') });
      else reject(new Error(`re-ingest exited with ${code}: ${stderr}`));
    });
  });
}

/** Each stored document against the version its SHA-256 names; returns which version each one holds. */
async function expectWholeVersions(dataDir: string, versions: Map<string, IngestedDocument>[]): Promise<number[]> {
  const store = await openEmbeddedGraphStore({ dataDir: `${dataDir}/graph` });
  const held: number[] = [];
  try {
    const documents = await store.listDocuments();
    expect(documents.map((d) => d.id).sort()).toEqual([...(versions[0]?.keys() ?? [])].sort());
    const ids = documents.map((d) => d.id);
    const [provisions, notes, relations] = await Promise.all([store.provisionsOfDocuments(ids), store.editorialNotesOfDocuments(ids), store.relationsOfDocuments(ids)]);
    for (const [i, document] of documents.entries()) {
      const version = versions.findIndex((v) => v.get(document.id)?.document.sha256 === document.sha256);
      expect(version, `${document.file}: stored SHA-256 is neither version's`).toBeGreaterThanOrEqual(0);
      const expected = versions[version]?.get(document.id) as IngestedDocument;
      expect(document).toEqual(expected.document);
      expect(provisions[i]).toEqual(expected.provisions);
      expect(notes[i]).toEqual(expected.editorialNotes);
      expect(relations[i]).toEqual(expected.relations);
      const amendments = await store.amendmentsOfProvisions(expected.provisions.filter((p) => p.parentId === null).map((p) => p.id));
      expect(amendments.flat().length).toBe(expected.amendments.filter((a) => a.targetId !== null).length);
      held.push(version);
    }
  } finally {
    await store.close();
  }
  // the search index opens too (it follows the graph store at the next start)
  const search = await openEmbeddedSearchIndex({ dataDir: `${dataDir}/search` });
  await search.close();
  return held;
}

describe('SIGKILL during a re-ingest', () => {
  it(`leaves, after each of ${ITERATIONS} kills at random moments, a store that loads and holds each document whole in one version`, async () => {
    const corpora = [CORPUS_DIR, secondVersion()];
    const versions = await Promise.all(
      corpora.map(async (dir) => new Map((await ingestCorpus(dir)).documents.map((d) => [d.document.id, d] as const))),
    );
    for (const [id, doc] of versions[1] ?? []) expect(doc.document.sha256).not.toBe(versions[0]?.get(id)?.document.sha256);

    const dataDir = tempDir('crash');
    const first = await reingest(dataDir, CORPUS_DIR, null);
    expect(first.said).toEqual(['opened', 'ingested', 'done']);
    expect(await expectWholeVersions(dataDir, versions)).toEqual([0, 0, 0, 0, 0]);
    const ingestMs = first.ingestMs ?? 1000;
    const writeMs = first.writeMs ?? 1000;

    const next = random(20261123);
    let midWrite = 0;
    let mixed = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      // Most kills land while the stores are being written, the rest while the corpus is parsed.
      const duringWrite = next() < 0.75;
      const kill = duringWrite ? { after: 'ingested', delay: Math.floor(next() * writeMs) } : { after: 'opened', delay: Math.floor(next() * ingestMs) };
      const run = await reingest(dataDir, corpora[(i + 1) % 2] ?? CORPUS_DIR, kill);
      if (run.killed && run.said.includes('ingested')) midWrite++;
      const held = await expectWholeVersions(dataDir, versions);
      if (new Set(held).size > 1) mixed++;
    }
    // the kills must have hit the writes, some of them between two documents
    expect(midWrite).toBeGreaterThan(ITERATIONS / 2);
    expect(mixed).toBeGreaterThan(0);
  }, 300_000);
});
