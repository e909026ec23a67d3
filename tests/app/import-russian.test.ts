/**
 * The Russian text of an imported export (rus.md beside kaz.md): read as the Russian expression of the same work and
 * version, kept in the store's corpus, read again by every corpus sync; a version without one is imported as before,
 * a bad one is refused with its file and line before anything is written.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAct, type CorpusSettings, type ImportReport } from '../../app/index.ts';
import { corpusDirs, ingestCorpus, IngestError } from '../../ingest/index.ts';
import { createBackends, type Backends } from '../../scripts/backends.ts';
import { loadConfig } from '../../scripts/config.ts';
import { adiletPath } from '../shared-dir.ts';

const ANIMALS = adiletPath('law-2021-animals', '2025-01-01');
const WORK_ID = '/akn/kz/act/law/2021-12-30/97-VII';

describe('importing the Russian text beside the Kazakh', () => {
  let work: string;
  let backends: Backends;
  let settings: CorpusSettings;
  let storeDir: string;
  let first: ImportReport;
  const manifest = () => readFile(join(storeDir, 'manifest.json'), 'utf8');

  /** A copy of the animals law's version folder, changed by `alter`, under `name/2025-01-01`. */
  async function copyOf(name: string, alter: (dir: string) => Promise<void> = async () => {}): Promise<string> {
    const dir = join(work, name, '2025-01-01');
    await mkdir(join(work, name), { recursive: true });
    await cp(ANIMALS, dir, { recursive: true });
    await alter(dir);
    return join(work, name);
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'zangraph-import-ru-'));
    const seed = join(work, 'seed');
    await mkdir(seed);
    await writeFile(join(seed, 'manifest.json'), '{ "documents": [] }');
    const config = loadConfig({ ZANGRAPH_DATA_DIR: join(work, 'data') });
    settings = { ...config.corpus, corpusDir: seed };
    storeDir = config.corpus.importedDir ?? '';
    backends = await createBackends(config);
    first = await importAct(adiletPath('law-2021-animals'), settings, backends);
  }, 60_000);

  afterAll(async () => {
    await backends.close();
    await rm(work, { recursive: true, force: true });
  });

  it('reads rus.md as the Russian expression of the same work and version, a wording per provision', () => {
    expect(first.status).toBe('added');
    expect(first.files.map((f) => f.file)).toContain('law-2021-animals/2025-01-01/rus.md');
    const doc = first.document;
    expect(doc?.expressions.map((e) => [e.id, e.language, e.file])).toEqual([
      [`${WORK_ID}/kaz@2025-01-01`, 'kk', 'law-2021-animals/2025-01-01/kaz.md'],
      [`${WORK_ID}/rus@2025-01-01`, 'ru', 'law-2021-animals/2025-01-01/rus.md'],
    ]);
    expect(doc?.wordings).toHaveLength(doc?.provisions.length ?? -1);
    expect(doc?.wordings.find((w) => w.provisionId === `${WORK_ID}/~art_4`)?.heading).toBe('Защита животных от жестокого обращения');
    expect(doc?.provisions.find((p) => p.id === `${WORK_ID}/~art_4`)?.heading).toBe('Жануарларды қатыгездікпен қараудан қорғау');
  });

  it('stores the Russian term each definition pairs with its Kazakh one, both defined by the one provision', async () => {
    // kaz.md / rus.md line 27: `8) жануарларға арналған панажай – …` / `8) приют для животных – …`
    const [terms] = await backends.graph.termsDefinedBy([`${WORK_ID}/~art_1__point_8`]);
    expect(terms?.map((t) => [t.language, t.term])).toEqual([
      ['kk', 'жануарларға арналған панажай'],
      ['ru', 'приют для животных'],
    ]);
    // Every subparagraph of статья 1 defines one term in each language, and three introduce a short form too (line 59,
    // `(бұдан әрі – үй жануарлары)` / `(далее – домашние животные)`): 32 pairs. And one term only the Russian text
    // defines, put first (rus.md line 359, статья 18 1: `Использованием животных в культурно-зрелищных целях является …`,
    // "the use of animals for cultural and entertainment purposes is …")
    const russian = first.document?.terms.filter((t) => t.language === 'ru') ?? [];
    expect(russian.filter((t) => t.kind !== 'sentence')).toHaveLength(32);
    expect(russian.filter((t) => t.kind === 'sentence').map((t) => [t.term, t.definitionId])).toEqual([
      ['Использованием животных в культурно-зрелищных целях', `${WORK_ID}/~art_18__para_1`],
    ]);
  });

  it('indexes the Russian text for search beside the Kazakh: a Russian query finds the provision with its Kazakh text', async () => {
    const { hits, language } = await backends.search.search({ query: 'защита животных от жестокого обращения', limit: 3 });
    expect(language).toBe('ru');
    const hit = hits.find((h) => h.provisionId === `${WORK_ID}/~art_4`);
    expect(hit?.language).toBe('ru');
    expect(hit?.aligned?.heading).toBe('Жануарларды қатыгездікпен қараудан қорғау');
  });

  it('lists rus.md in the store corpus manifest, so every later sync reads it again', async () => {
    const entry = (JSON.parse(await manifest()) as { documents: Array<Record<string, unknown>> }).documents[0];
    expect(entry?.['russian']).toEqual({ file: 'law-2021-animals/2025-01-01/rus.md', sha256: first.files[2]?.sha256 });
    const { documents } = await ingestCorpus(await corpusDirs(settings.corpusDir, storeDir));
    expect(documents[0]?.wordings.map((w) => w.text)).toEqual(first.document?.wordings.map((w) => w.text));
  });

  it('imports a version without rus.md as before: one expression, no wordings', async () => {
    const folder = await copyOf('no-russian', (dir) => rm(join(dir, 'rus.md')));
    const report = await importAct(folder, settings, backends);
    expect(report.status).toBe('replaced');
    expect(report.files.map((f) => f.file)).toEqual(['no-russian/2025-01-01/kaz.md', 'no-russian/2025-01-01/meta.yaml']);
    expect(report.document?.expressions.map((e) => e.language)).toEqual(['kk']);
    expect(report.document?.wordings).toEqual([]);
  });

  it('refuses an empty rus.md with its file and line, writing nothing', async () => {
    const before = await manifest();
    const folder = await copyOf('empty-russian', (dir) => writeFile(join(dir, 'rus.md'), ''));
    const refused = importAct(folder, settings, backends);
    await expect(refused).rejects.toThrow(IngestError);
    await expect(importAct(folder, settings, backends)).rejects.toThrow(/empty-russian\/2025-01-01\/rus\.md:1:1: the file is empty/);
    expect(await manifest()).toBe(before);
  });

  it('refuses a rus.md that is another act’s Russian text, naming it and its title’s line, writing nothing', async () => {
    const before = await manifest();
    const folder = await copyOf('other-russian', (dir) => cp(adiletPath('law-2019-cinema', '2024-08-20', 'rus.md'), join(dir, 'rus.md')));
    await expect(importAct(folder, settings, backends)).rejects.toThrow(
      /other-russian\/2025-01-01\/rus\.md:1:1: rus\.md is not the Russian text of this act: its title is `О кинематографии`, meta\.yaml's title\.rus `Об ответственном обращении с животными`/,
    );
    expect(await manifest()).toBe(before);
  });
});
