/**
 * Crash safety of a re-ingest: a real re-ingest (reingest-child.ts: parse the corpus, write the
 * graph store and the search index, as `npm run ingest` does) is SIGKILLed at named points of its
 * writes (tests/pause-at.ts pauses it there), switching between two versions of the whole corpus.
 * After every kill the stores open, and each stored document is exactly the old or the new version:
 * its provisions, amendments, notes and relations are those of the version its SHA-256 names, never
 * a mixture; which documents hold which version is exactly what the commits before the kill say.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openEmbeddedGraphStore } from '../../graph/index.ts';
import type { IngestedDocument } from '../../model/index.ts';
import { ingestCorpus } from '../../ingest/index.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { PAUSE_AT, type PausePoint } from '../pause-at.ts';
import { CORPUS_DIR, makeCorpus, seedBytes, tempDir } from './fixture.ts';

const CHILD = fileURLToPath(new URL('./reingest-child.ts', import.meta.url));
const PAUSE_HOOK = fileURLToPath(new URL('../pause-at.ts', import.meta.url));

/** The second version of every text: `және` (and) written `әрі` (also "and"), a change in most provisions. */
function secondVersion(): string {
  return makeCorpus(
    [
      ...new Set(
        (JSON.parse(seedBytes('manifest.json').toString('utf8')) as { documents: { file: string }[] }).documents.map((d) => d.file),
      ),
    ].map((file) => ({
      like: file,
      file,
      bytes: Buffer.from(seedBytes(file).toString('utf8').replace(/және/g, 'әрі')),
    })),
  );
}

interface Run {
  /** Milestones the child printed before it ended */
  said: string[];
  killed: boolean;
}

/** Run the child on `corpusDir`; kill it where it pauses at `at` (it runs to the end if it never gets there). */
function reingest(dataDir: string, corpusDir: string, at: PausePoint | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', PAUSE_HOOK, CHILD, corpusDir], {
      env: { ...process.env, ZANGRAPH_DATA_DIR: dataDir, ...(at ? { [PAUSE_AT]: at } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const said: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        said.push(line);
        if (line === `paused ${at}`) child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ said, killed: signal === 'SIGKILL' });
      else reject(new Error(`re-ingest exited with ${code}: ${stderr}`));
    });
  });
}

/**
 * Which version each document (in write order) holds after a re-ingest towards `target` paused at `at`:
 * the documents that need the write are written in order, each as a document file renamed into place,
 * then the catalogue renamed (the commit); the search index is written after all of them.
 */
function afterKill(held: readonly number[], target: number, at: PausePoint): { held: number[]; killed: boolean } {
  const [when, file, n] = at.split(':') as [string, string, string];
  const needed = held.flatMap((h, i) => (h === target ? [] : [i]));
  const all = held.map(() => target);
  if (file === 'search-index.json') return { held: all, killed: true };
  if (Number(n) > needed.length) return { held: all, killed: false };
  const committed = new Set(needed.slice(0, when === 'after' && file === 'catalogue.json' ? Number(n) : Number(n) - 1));
  return { held: held.map((h, i) => (committed.has(i) ? target : h)), killed: true };
}

/** Each stored document against the version its SHA-256 names; returns which version each one holds, in the order of `order`. */
async function expectWholeVersions(
  dataDir: string,
  versions: Map<string, IngestedDocument>[],
  order: readonly string[],
): Promise<number[]> {
  const store = await openEmbeddedGraphStore({ dataDir: `${dataDir}/graph` });
  const held = new Map<string, number>();
  try {
    const documents = await store.listDocuments();
    expect(documents.map((d) => d.id).sort()).toEqual([...(versions[0]?.keys() ?? [])].sort());
    const ids = documents.map((d) => d.id);
    const [provisions, notes, relations] = await Promise.all([
      store.provisionsOfDocuments(ids),
      store.editorialNotesOfDocuments(ids),
      store.relationsOfDocuments(ids),
    ]);
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
      held.set(document.id, version);
    }
  } finally {
    await store.close();
  }
  // the search index opens too (it follows the graph store at the next start)
  const search = await openEmbeddedSearchIndex({ dataDir: `${dataDir}/search` });
  await search.close();
  return order.map((id) => held.get(id) ?? -1);
}

/**
 * Where each re-ingest is killed, the target version alternating: before a document file is in place,
 * between it and the catalogue's commit, right after a commit, before the search index is replaced,
 * and a point a re-ingest that has nothing to write never reaches (it runs to the end).
 */
const SCHEDULE: PausePoint[] = [
  'before:catalogue.json:3',
  'before:/documents/:2',
  'after:catalogue.json:1',
  'before:search-index.json:1',
  'after:catalogue.json:5',
  'before:catalogue.json:1',
  'before:catalogue.json:1',
  'after:/documents/:3',
];

describe('SIGKILL during a re-ingest', () => {
  it(`leaves, after each of ${SCHEDULE.length} kills at named points of the writes, a store that loads and holds each document whole, in the version last committed`, async () => {
    const corpora = [CORPUS_DIR, secondVersion()];
    const parsed = await Promise.all(corpora.map(async (dir) => (await ingestCorpus(dir)).documents));
    const versions = parsed.map((docs) => new Map(docs.map((d) => [d.document.id, d] as const)));
    const order = (parsed[0] ?? []).map((d) => d.document.id);
    expect(order).toHaveLength(5);
    for (const [id, doc] of versions[1] ?? []) expect(doc.document.sha256).not.toBe(versions[0]?.get(id)?.document.sha256);

    const dataDir = tempDir('crash');
    const first = await reingest(dataDir, CORPUS_DIR, null);
    expect(first.said).toEqual(['opened', 'ingested', 'done']);
    let held = await expectWholeVersions(dataDir, versions, order);
    expect(held).toEqual([0, 0, 0, 0, 0]);

    const outcomes: string[] = [];
    for (const [i, at] of SCHEDULE.entries()) {
      const target = (i + 1) % 2;
      const expected = afterKill(held, target, at);
      const run = await reingest(dataDir, corpora[target] ?? CORPUS_DIR, at);
      expect(run.killed, `${at} towards version ${target}`).toBe(expected.killed);
      held = await expectWholeVersions(dataDir, versions, order);
      expect(held, `${at} towards version ${target}`).toEqual(expected.held);
      outcomes.push(held.join(''));
    }
    // the schedule hits every case: kills between two documents (a mixed store), after the last one, and a run to the end
    expect(outcomes).toEqual(['11000', '01000', '11000', '00000', '11111', '11111', '11111', '00111']);
  }, 300_000);
});
