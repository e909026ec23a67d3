/**
 * Importing the versions of one act: a newer version joins those held without rewriting their files, the same again
 * changes nothing, and `npm run import -- --git` reads every version from a git history this test commits from the
 * shared exports of the code 350-VI (2022-12-30, then 2024-01-01 with its rus.md), one commit per version as the public
 * mirror does.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAct, importActHistory, storedReconciliation, type CorpusSettings } from '../../app/index.ts';
import { readHeldTimeline } from '../../app/versions.ts';
import { createBackends, type Backends } from '../../scripts/backends.ts';
import { loadConfig } from '../../scripts/config.ts';
import { provisionId } from '../../model/index.ts';
import { CODE_ID } from '../acts.ts';
import { runScript } from '../run-script.ts';
import { adiletPath } from '../shared-dir.ts';

const VERSIONS = ['2022-12-30', '2024-01-01'];
/** The law on the responsible treatment of animals, 97-VII of 30 December 2021 */
const ANIMALS_ID = '/akn/kz/act/law/2021-12-30/97-VII';
const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('importing the versions of one act', () => {
  let work: string;
  let emptySeed: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'zangraph-versions-import-'));
    // A seed corpus with no texts keeps the timeline to the two exports.
    emptySeed = join(work, 'seed');
    await mkdir(emptySeed);
    await writeFile(join(emptySeed, 'manifest.json'), '{ "documents": [] }');
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  async function storeIn(name: string): Promise<{ backends: Backends; settings: CorpusSettings }> {
    const config = loadConfig({ ZANGRAPH_DATA_DIR: join(work, name) });
    return { backends: await createBackends(config), settings: { ...config.corpus, corpusDir: emptySeed } };
  }

  it('adds a newer version beside the one held without rewriting its files, and changes nothing the second time', async () => {
    const { backends, settings } = await storeIn('data-folder');
    try {
      const folder = join(work, 'appc-350-VI');
      await cp(adiletPath('appc-350-VI', '2022-12-30'), join(folder, '2022-12-30'), { recursive: true });
      expect((await importAct(folder, settings, backends)).imported).toEqual(['2022-12-30']);
      const held = join(settings.importedDir ?? '', 'appc-350-VI', '2022-12-30', 'kaz.md');
      const before = await stat(held);

      await cp(adiletPath('appc-350-VI', '2024-01-01'), join(folder, '2024-01-01'), { recursive: true });
      const newer = await importAct(folder, settings, backends);
      expect([newer.status, newer.imported, newer.skipped]).toEqual([
        'added',
        ['2024-01-01'],
        [{ versionDate: '2022-12-30', reason: 'already imported with the same files' }],
      ]);
      const after = await stat(held);
      expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
      // The Kazakh texts; the 2024 version's rus.md is its Russian expression beside them.
      const expressions = await backends.graph.getExpressions(CODE_ID);
      expect(expressions.filter((e) => e.language === 'kk').map((e) => e.versionDate)).toEqual(VERSIONS);
      expect(expressions.filter((e) => e.language === 'ru').map((e) => e.versionDate)).toEqual(['2024-01-01']);
      // The 26 provisions the 2024 version words differently (tests/ingest/versions: the 2023 laws' changes)
      expect(newer.document?.wordings.filter((w) => w.language === 'kk')).toHaveLength(26);

      const counts = await backends.graph.counts();
      const again = await importAct(folder, settings, backends);
      expect([again.status, again.imported, again.log]).toEqual(['unchanged', [], []]);
      expect(await backends.graph.counts()).toEqual(counts);
    } finally {
      await backends.close();
    }
  }, 120_000);

  /** Everything a store holds of the code, read through the ports, and of the other act beside it. */
  async function held({ graph, search }: Backends) {
    const ids = [CODE_ID];
    const [citations, mentions, relations, notes, terms] = await Promise.all([
      graph.citationsOfDocuments(ids),
      graph.mentionsOfDocuments(ids),
      graph.relationsOfDocuments(ids),
      graph.editorialNotesOfDocuments(ids),
      graph.termsOfDocuments(ids),
    ]);
    return {
      timeline: await readHeldTimeline(graph, CODE_ID),
      citations,
      mentions,
      relations,
      notes,
      terms,
      reconciliation: await storedReconciliation(graph, CODE_ID),
      acts: await graph.listActs(),
      counts: await graph.counts(),
      other: await graph.getDocuments([ANIMALS_ID]),
      indexed: await search.indexedVersions(),
      // A Russian word of the 2024 text, a Kazakh word of both
      hits: await Promise.all(['административного', 'әкімшілік рәсім'].map(async (query) => (await search.search({ query })).hits)),
    };
  }

  it('stores the same work when the versions come one at a time, the newer parsed alone, as when they come at once', async () => {
    const one = await storeIn('data-one-by-one');
    const all = await storeIn('data-at-once');
    try {
      // Another act in each store: adding a version of the code leaves it as it was.
      for (const { backends, settings } of [one, all]) await importAct(adiletPath('law-2021-animals'), settings, backends);
      const otherBefore = await one.backends.graph.getDocuments([ANIMALS_ID]);
      expect((await importAct(adiletPath('appc-350-VI', '2022-12-30'), one.settings, one.backends)).log[0]).toBe('parsed the whole corpus');
      const newer = await importAct(adiletPath('appc-350-VI', '2024-01-01'), one.settings, one.backends);
      expect(newer.log.slice(0, 2)).toEqual([
        'parsed 2024-01-01 alone, added to the timeline the store holds',
        `store held 2 documents; ingested corpus (1 stale): replaced ${CODE_ID}`,
      ]);
      expect(await one.backends.graph.getDocuments([ANIMALS_ID])).toEqual(otherBefore);
      expect((await importAct(adiletPath('appc-350-VI'), all.settings, all.backends)).imported).toEqual(VERSIONS);

      const [oneByOne, atOnce] = [await held(one.backends), await held(all.backends)];
      expect(oneByOne.timeline?.expressions.map((e) => `${e.language}@${e.versionDate}`)).toEqual([
        'kk@2022-12-30',
        'kk@2024-01-01',
        'ru@2024-01-01',
      ]);
      expect(oneByOne.timeline?.wordings.filter((w) => w.language === 'ru').length).toBeGreaterThan(1000);
      expect(oneByOne).toEqual(atOnce);
    } finally {
      await one.backends.close();
      await all.backends.close();
    }
  }, 240_000);

  it('refuses a newer version with an unusable text, naming the file given, and leaves the store as it was', async () => {
    const { backends, settings } = await storeIn('data-refused');
    try {
      const folder = join(work, 'appc-350-VI-empty-russian');
      await cp(adiletPath('appc-350-VI', '2022-12-30'), join(folder, '2022-12-30'), { recursive: true });
      await importAct(folder, settings, backends);
      const [counts, manifest] = [await backends.graph.counts(), await readFile(join(settings.importedDir ?? '', 'manifest.json'), 'utf8')];
      await cp(adiletPath('appc-350-VI', '2024-01-01'), join(folder, '2024-01-01'), { recursive: true });
      await writeFile(join(folder, '2024-01-01', 'rus.md'), '');
      await expect(importAct(folder, settings, backends)).rejects.toThrow(`${folder}/2024-01-01/rus.md:1:1: the file is empty`);
      expect(await backends.graph.counts()).toEqual(counts);
      expect(await readFile(join(settings.importedDir ?? '', 'manifest.json'), 'utf8')).toBe(manifest);
    } finally {
      await backends.close();
    }
  }, 120_000);

  describe('from a git history, one commit per version', () => {
    let repo: string;

    beforeAll(async () => {
      repo = join(work, 'codes');
      const act = join(repo, 'appc-350-VI');
      await mkdir(act, { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.kz', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q');
      for (const version of VERSIONS) {
        for (const file of ['kaz.md', 'meta.yaml', 'rus.md']) {
          const shared = adiletPath('appc-350-VI', version, file);
          // Only the 2024 export has a Russian text: the 2022 commit has no rus.md.
          if (
            await access(shared).then(
              () => true,
              () => false,
            )
          )
            await cp(shared, join(act, file));
        }
        git('add', '-A');
        git('commit', '-q', '-m', `appc-350-VI ${version}`);
      }
    });

    it('imports every version, oldest first, reporting each read', async () => {
      const { backends, settings } = await storeIn('data-git');
      try {
        const read: string[] = [];
        const report = await importActHistory(join(repo, 'appc-350-VI'), settings, backends, (done, total, date) =>
          read.push(`${done}/${total} ${date}`),
        );
        expect(read).toEqual(['1/2 2022-12-30', '2/2 2024-01-01']);
        expect(report.imported).toEqual(VERSIONS);
        for (const version of VERSIONS) {
          const file = `appc-350-VI/${version}/kaz.md`;
          expect(report.files).toContainEqual({ file, sha256: await sha(adiletPath('appc-350-VI', version, 'kaz.md')) });
          expect(await sha(join(settings.importedDir ?? '', file))).toBe(await sha(adiletPath('appc-350-VI', version, 'kaz.md')));
        }
        expect(report.document?.wordings.filter((w) => w.language === 'kk')).toHaveLength(26);
        // The 2024 commit's rus.md: the Russian expression of that version, kept beside its kaz.md.
        const russian = 'appc-350-VI/2024-01-01/rus.md';
        expect(report.files).toContainEqual({ file: russian, sha256: await sha(adiletPath('appc-350-VI', '2024-01-01', 'rus.md')) });
        const expressions = await backends.graph.getExpressions(CODE_ID);
        expect(expressions.filter((e) => e.language === 'ru').map((e) => [e.versionDate, e.file])).toEqual([['2024-01-01', russian]]);
        const [article4 = []] = await backends.graph.getWordings([provisionId(CODE_ID, 'art_4')]);
        expect(article4.filter((w) => w.language === 'ru').map((w) => [w.validFrom, w.validTo, w.heading])).toEqual([
          ['2024-01-01', null, 'Основные понятия, используемые в настоящем Кодексе'],
        ]);
      } finally {
        await backends.close();
      }
    }, 120_000);

    it('runs as npm run import -- --git, quiet when the output is no terminal', async () => {
      const env = { ZANGRAPH_DATA_DIR: join(work, 'data-cli'), ZANGRAPH_CORPUS_DIR: emptySeed };
      const run = await runScript('import', ['--git', join(repo, 'appc-350-VI')], env);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`(${CODE_ID}): imported 2022-12-30, 2024-01-01`);
      expect(run.stderr).not.toContain('reading versions');
      const again = await runScript('import', ['--git', join(repo, 'appc-350-VI')], env);
      expect(again.stdout).toContain('every version already held: nothing changed');
    }, 120_000);

    it('refuses a folder outside any git history, naming it', async () => {
      const { backends, settings } = await storeIn('data-none');
      try {
        await expect(importActHistory(emptySeed, settings, backends)).rejects.toThrow(
          /seed\/kaz\.md:1:1: git log failed: fatal: not a git repository/,
        );
      } finally {
        await backends.close();
      }
    });
  });
});
