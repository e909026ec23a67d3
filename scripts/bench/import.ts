/**
 * Import benchmark: the database exports of `../shared/adilet` (ZANGRAPH_SHARED_DIR). Parse throughput (read the
 * folder, meta.yaml, and run the pipeline on each kaz.md, as the import does) beside the raw floor over the same
 * files, measured in the same run; and the whole `npm run import` of the shared act folders into a fresh store
 * (every version read, checked, parsed and copied, each act's versions written to the graph as one timeline and indexed).
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importAct } from '../../app/index.ts';
import { decodeText, DEFAULT_MAX_FILE_BYTES, exportDocument, ingestDocument, readActFolder, type ExportVersion } from '../../ingest/index.ts';
import { createBackends } from '../backends.ts';
import { loadConfig } from '../config.ts';
import { rawFloor } from './floor.ts';
import { SHARED_DIR } from './shared-dir.ts';
import { mbPerSecond, measurement, since, single } from './stats.ts';
import type { Benchmark, BenchmarkOutput, BenchOptions } from './types.ts';


export const importBenchmark: Benchmark = {
  name: 'import',
  description:
    'Database exports (../shared/adilet): parse throughput of every kaz.md beside the raw floor over the same files in the same run, and the time of `npm run import` of every shared act folder into a fresh store.',
  run,
};

async function run(options: BenchOptions): Promise<BenchmarkOutput> {
  const runs = options.quick ? 2 : 7;
  const root = join(SHARED_DIR, 'adilet');
  const acts = (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join(root, e.name));
  const versions = (await Promise.all(acts.map((a) => readActFolder(a, DEFAULT_MAX_FILE_BYTES)))).flat();
  const bytes = versions.reduce((sum, v) => sum + v.text.bytes.length, 0);
  const floor: number[] = [];
  const parse: number[] = [];
  const imports: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await rawFloor(versions.map((v) => v.text.path));
    floor.push(since(start));
    start = performance.now();
    for (const act of acts) for (const v of await readActFolder(act, DEFAULT_MAX_FILE_BYTES)) parseVersion(v);
    parse.push(since(start));
    imports.push(await importAll(acts, join(options.tmpDir, `import-${i}`)));
  }
  const f = measurement('raw floor (read + split)', 'ms', floor);
  const p = measurement('parse every version (folder, meta.yaml, pipeline)', 'ms', parse);
  const w = measurement('npm run import of every shared act folder', 'ms', imports);
  return {
    measurements: [
      f,
      single('raw floor throughput', 'MB/s', mbPerSecond(bytes, f.median)),
      p,
      single('parse throughput', 'MB/s', mbPerSecond(bytes, p.median)),
      single('parse throughput / raw floor', '%', (100 * f.median) / p.median),
      w,
    ],
    targets: [],
    notes: [
      `${versions.length} versions of ${acts.length} acts, ${(bytes / 1e6).toFixed(2)} MB of kaz.md: ${versions.map((v) => v.name).join(', ')}.`,
      'The import takes every version of each act into its timeline (issue #15) and writes to embedded stores in a fresh data directory with an empty seed corpus.',
    ],
    failures: [],
  };
}

function parseVersion(v: ExportVersion): void {
  const document = exportDocument(v);
  ingestDocument(document, decodeText(v.text.bytes, document.file).text, { known: v.meta.causedBy ? [v.meta.causedBy] : [] });
}

/** Import every act folder into a fresh store; the time of the imports (opening and closing the stores aside). */
async function importAll(acts: readonly string[], dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const seed = await mkdtemp(join(dir, 'seed-'));
  await writeFile(join(seed, 'manifest.json'), '{ "documents": [] }');
  const dataDir = join(dir, 'data');
  const config = loadConfig({ ZANGRAPH_DATA_DIR: dataDir });
  const backends = await createBackends(config);
  try {
    const start = performance.now();
    for (const act of acts) await importAct(act, { ...config.corpus, corpusDir: seed }, backends);
    return since(start);
  } finally {
    await backends.close();
    await rm(dir, { recursive: true, force: true });
  }
}
