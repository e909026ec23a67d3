/**
 * The import of a new version timed as `npm run import` runs it, in-process (app/import-act.ts importAct on embedded
 * stores in a scratch data directory, an empty seed corpus): the code 350-VI's 2024-01-01 export (kaz.md and rus.md)
 * added to a store holding its 2022-12-30 export, each run on a fresh copy of that store; then synthetic newer versions
 * of the 2024 export (1–3 % of its paragraphs reworded, no Russian text), each imported after the last as a mirror's
 * history grows. Opening and closing the stores are not timed.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importAct, type ImportReport } from '../../app/index.ts';
import { createBackends, type Backends } from '../backends.ts';
import { loadConfig } from '../config.ts';
import { SHARED_DIR } from './shared-dir.ts';
import { since } from './stats.ts';

const CODE = join(SHARED_DIR, 'adilet', 'appc-350-VI');
const [OLDER, NEWER] = ['2022-12-30', '2024-01-01'];

export interface ImportTimes {
  /** Each run's time to import the real 2024-01-01 version */
  real: number[];
  /** Each synthetic version's import time, oldest first */
  synthetic: number[];
  /** Imports that did not parse the new version alone (each a full ingest of the corpus) */
  failures: string[];
}

/** Time `runs` imports of the real newer version and `count` synthetic ones, with `random` choosing what they reword. */
export async function timeImports(dir: string, runs: number, count: number, random: () => number): Promise<ImportTimes> {
  const seed = join(dir, 'seed');
  await mkdir(seed, { recursive: true });
  await writeFile(join(seed, 'manifest.json'), '{ "documents": [] }');
  const open = async (name: string) => {
    const config = loadConfig({ ZANGRAPH_DATA_DIR: join(dir, name) });
    return { backends: await createBackends(config), settings: { ...config.corpus, corpusDir: seed } };
  };
  const template = await open('template');
  await importAct(join(CODE, OLDER), template.settings, template.backends);
  await template.backends.close();

  const times: ImportTimes = { real: [], synthetic: [], failures: [] };
  const timed = async (folder: string, store: Awaited<ReturnType<typeof open>>, into: number[]) => {
    const start = performance.now();
    const report = await importAct(folder, store.settings, store.backends);
    into.push(since(start));
    if (!parsedAlone(report)) times.failures.push(`${report.imported.join(', ')} was not parsed alone: ${report.log[0] ?? ''}`);
  };
  let store: { backends: Backends; settings: Awaited<ReturnType<typeof open>>['settings'] } | null = null;
  for (let i = 0; i < runs; i++) {
    if (store) {
      await store.backends.close();
      await rm(join(dir, `run-${i - 1}`), { recursive: true, force: true });
    }
    await cp(join(dir, 'template'), join(dir, `run-${i}`), { recursive: true });
    store = await open(`run-${i}`);
    await timed(join(CODE, NEWER), store, times.real);
  }
  if (!store) return times;
  try {
    const text = await readFile(join(CODE, NEWER, 'kaz.md'), 'utf8');
    const meta = await readFile(join(CODE, NEWER, 'meta.yaml'), 'utf8');
    for (let k = 1; k <= count; k++) {
      const date = new Date(Date.parse(`${NEWER}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);
      const folder = join(dir, 'synthetic', 'appc-350-VI', date);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'kaz.md'), reworded(text, date, random));
      await writeFile(join(folder, 'meta.yaml'), meta.replaceAll(NEWER, date));
      await timed(folder, store, times.synthetic);
    }
  } finally {
    await store.backends.close();
  }
  return times;
}

/** Whether the import parsed its versions alone and extended the stored timeline (its log says so first). */
function parsedAlone(report: ImportReport): boolean {
  return report.log[0]?.includes('alone') ?? false;
}

/** The export's text with 1–3 % of its paragraphs (not headings, notes or editorial lines) reworded on `date`. */
function reworded(text: string, date: string, random: () => number): string {
  const lines = text.split('\n');
  const paragraphs = lines.flatMap((line, i) => (/^[^#>*\s]/.test(line) && line.length > 40 ? [i] : []));
  const count = Math.ceil(paragraphs.length * (0.01 + 0.02 * random()));
  for (let n = 0; n < count; n++) {
    const i = paragraphs[Math.floor(random() * paragraphs.length)] as number;
    lines[i] = `${lines[i]} (${date} редакциясы)`;
  }
  return lines.join('\n');
}
