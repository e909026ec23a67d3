/**
 * `npm run import` end to end on real exports: files copied into the store's corpus with their SHA-256, the act
 * parsed and written to real embedded stores, served by the API under its id, number (Cyrillic І too) and with the
 * amending act's title from meta.yaml; the same files again change nothing; bad input leaves the store as it was.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../api/index.ts';
import { importAct, type CorpusSettings, type ImportReport } from '../../app/index.ts';
import { IngestError } from '../../ingest/index.ts';
import { createBackends, type Backends } from '../../scripts/backends.ts';
import { loadConfig } from '../../scripts/config.ts';
import { graphql } from '../api/graphql-client.ts';
import { adiletPath } from '../shared-dir.ts';

const SEED = fileURLToPath(new URL('../../corpus/', import.meta.url));
const CINEMA = adiletPath('law-2019-cinema');
const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('importing an act exported from the national legal database', () => {
  let work: string;
  let dataDir: string;
  let emptySeed: string;
  let backends: Backends;
  let settings: CorpusSettings;
  let storeDir: string;
  let first: ImportReport;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'zangraph-import-'));
    dataDir = join(work, 'data');
    // A seed corpus with no texts keeps the test to the imported act (the real one is read where it matters).
    emptySeed = join(work, 'seed');
    await mkdir(emptySeed);
    await writeFile(join(emptySeed, 'manifest.json'), '{ "documents": [] }');
    const config = loadConfig({ ZANGRAPH_DATA_DIR: dataDir });
    settings = { ...config.corpus, corpusDir: emptySeed };
    storeDir = config.corpus.importedDir ?? '';
    backends = await createBackends(config);
    first = await importAct(CINEMA, settings, backends);
  }, 60_000);

  afterAll(async () => {
    await backends.close();
    await rm(work, { recursive: true, force: true });
  });

  it('copies kaz.md, meta.yaml and rus.md byte for byte into the store corpus and records their SHA-256', async () => {
    expect(first.status).toBe('added');
    expect(first.workId).toBe('/akn/kz/act/law/2019-01-03/212-VI');
    expect(first.versionsFound).toEqual(['2024-08-20']);
    expect(first.imported).toEqual(['2024-08-20']);
    expect(first.files).toEqual([
      { file: 'law-2019-cinema/2024-08-20/kaz.md', sha256: await sha(join(CINEMA, '2024-08-20', 'kaz.md')) },
      { file: 'law-2019-cinema/2024-08-20/meta.yaml', sha256: await sha(join(CINEMA, '2024-08-20', 'meta.yaml')) },
      { file: 'law-2019-cinema/2024-08-20/rus.md', sha256: await sha(join(CINEMA, '2024-08-20', 'rus.md')) },
    ]);
    for (const f of first.files) expect(await sha(join(storeDir, f.file))).toBe(f.sha256);
    const manifest = JSON.parse(await readFile(join(storeDir, 'manifest.json'), 'utf8')) as { documents: Array<Record<string, unknown>> };
    expect(manifest.documents).toEqual([
      expect.objectContaining({ id: first.workId, format: 'adilet', consolidatedAsOf: '2024-08-20', number: '212-VI', kind: 'law' }),
    ]);
  });

  it('writes the act to the graph store and the search index, and the API serves it by id, number and Cyrillic number', async () => {
    const yoga = await createServer({ graph: backends.graph, search: backends.search });
    const { data } = await graphql<{
      a: { id: string } | null;
      b: { id: string } | null;
      c: { id: string } | null;
      article: {
        heading: string;
        sourceAnchor: string;
        amendments: Array<{ action: string; act: { number: string; title: string | null } }>;
      };
    }>(
      yoga.fetch,
      `{ a: document(id: "/akn/kz/act/law/2019-01-03/212-VI") { id } b: document(id: "212-VI") { id } c: document(id: "212-VІ") { id }
         article(document: "212-VІ", number: "8") { heading sourceAnchor amendments { action act { number title } } } }`,
    );
    expect([data?.a?.id, data?.b?.id, data?.c?.id]).toEqual([first.workId, first.workId, first.workId]);
    // Article 8 (L223) and its note (L269): two laws, the second the one that caused this version, titled in meta.yaml.
    expect(data?.article.heading).toBe('Фильмдердің жас сыныптамасы');
    expect(data?.article.sourceAnchor).toBe('st8');
    expect(data?.article.amendments.map((a) => [a.action, a.act.number, a.act.title])).toEqual([
      ['AMENDED', '143-VII', null],
      [
        'AMENDED',
        '94-VIII',
        'Қазақстан Республикасының кейбір заңнамалық актілеріне масс-медиа мәселелері бойынша өзгерістер мен толықтырулар енгізу туралы',
      ],
    ]);
    const found = await backends.search.search({ query: 'фильмдердің жас сыныптамасы', filter: { document: first.workId }, limit: 3 });
    expect(found.hits[0]?.provisionId).toBe(`${first.workId}/~art_8`);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await backends.graph.counts();
    const again = await importAct(CINEMA, settings, backends);
    expect(again.status).toBe('unchanged');
    expect(again.skipped).toEqual([{ versionDate: '2024-08-20', reason: 'already imported with the same files' }]);
    expect(again.document).toBeNull();
    expect(again.log).toEqual([]);
    expect(await backends.graph.counts()).toEqual(before);
  });

  it('refuses a version without kaz.md, naming the file, and leaves the store corpus as it was', async () => {
    const manifest = await readFile(join(storeDir, 'manifest.json'), 'utf8');
    const broken = join(work, 'broken', '2024-01-01');
    await mkdir(broken, { recursive: true });
    await cp(adiletPath('law-2021-animals', '2025-01-01', 'meta.yaml'), join(broken, 'meta.yaml'));
    await expect(importAct(join(work, 'broken'), settings, backends)).rejects.toThrow(IngestError);
    await expect(importAct(join(work, 'broken'), settings, backends)).rejects.toThrow(/broken\/2024-01-01\/kaz\.md:1:1: missing kaz\.md/);
    expect(await readFile(join(storeDir, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('refuses an unknown form in meta.yaml with its line, before writing anything', async () => {
    const manifest = await readFile(join(storeDir, 'manifest.json'), 'utf8');
    const odd = join(work, 'odd');
    await cp(adiletPath('law-2021-animals', '2025-01-01'), odd, { recursive: true });
    await writeFile(join(odd, 'meta.yaml'), (await readFile(join(odd, 'meta.yaml'), 'utf8')).replace('form: ЗАК', 'form: ЖАР'));
    await expect(importAct(odd, settings, backends)).rejects.toThrow(/odd\/meta\.yaml:6:7: unknown form `ЖАР`/);
    expect(await readFile(join(storeDir, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('adds the earlier versions of a work the seed corpus holds to its timeline, the seed text staying the newest', async () => {
    const report = await importAct(adiletPath('appc-350-VI'), { ...settings, corpusDir: SEED }, backends);
    expect(report.status).toBe('added');
    expect(report.versionsFound).toEqual(['2022-12-30', '2024-01-01']);
    expect(report.imported).toEqual(['2022-12-30', '2024-01-01']);
    expect(report.document?.document.file).toBe('code-appc-2020-consolidated-2026-01-01.txt');
    expect(await backends.graph.getExpressions(report.workId)).toEqual(report.document?.expressions);
    expect(report.document?.expressions.map((e) => [e.versionDate, e.language, e.format, e.amendingActId])).toEqual([
      ['2022-12-30', 'kk', 'adilet', '/akn/kz/act/law/2022-12-30/177-VII'], // meta.yaml caused_by: law 177-VII of 30 December 2022
      ['2024-01-01', 'kk', 'adilet', '/akn/kz/act/law/2023-12-12/46-VIII'], // law 46-VIII of 12 December 2023
      ['2024-01-01', 'ru', 'adilet', '/akn/kz/act/law/2023-12-12/46-VIII'], // rus.md beside kaz.md: the same version in Russian
      ['2026-01-01', 'kk', 'code', null],
    ]);
    const again = await importAct(adiletPath('appc-350-VI'), { ...settings, corpusDir: SEED }, backends);
    expect(again.status).toBe('unchanged');
    expect(again.log).toEqual([]);
  }, 60_000);
});
