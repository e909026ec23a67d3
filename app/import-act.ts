/**
 * Import one act exported from the national legal database (`npm run import -- <folder>`): read and check every
 * version in the folder, keep the newest (versions of one work come with the versions issue), parse it (kaz.md and,
 * when the version has one, rus.md: the Russian expression of the same work and version), copy its
 * files into the store's corpus, and bring the graph store and the search index in line. Bad input throws an
 * IngestError before anything is written; importing the same files again changes nothing.
 */
import {
  corpusDirs,
  exportDocument,
  ingestCorpus,
  IngestError,
  readActFolder,
  readManifest,
  readStoreEntries,
  META_FILE,
  RUSSIAN_FILE,
  type ExportVersion,
  type StoreEntry,
} from '../ingest/index.ts';
import type { Document, IngestedDocument } from '../model/index.ts';
import { syncStores, type CorpusSettings, type Stores } from './corpus-sync.ts';
import { readVersionTexts } from './russian-wordings.ts';
import { putEntry } from './store-corpus.ts';

/** What happened to the act: written anew, replacing an older version, nothing (same files), or the version held kept. */
export type ImportStatus = 'added' | 'replaced' | 'unchanged' | 'held';

export interface ImportReport {
  workId: string;
  title: string;
  status: ImportStatus;
  /** The version date imported or kept */
  versionDate: string;
  /** Every version date found in the folder, oldest first */
  versionsFound: string[];
  /** Versions not imported, each with why */
  skipped: Array<{ versionDate: string; reason: string }>;
  /** The store's corpus files of the kept version, with their SHA-256 */
  files: Array<{ file: string; sha256: string }>;
  /** The parsed act, when this import wrote it */
  document: IngestedDocument | null;
  /** What the store sync did (empty when nothing was written) */
  log: string[];
}

const ONLY_NEWEST = 'only the newest version of an act is kept until versions are supported (issue #15)';

/** The manifest entry of an export version in the store's corpus: its Document, its meta.yaml and its rus.md if any. */
function entryOf(version: ExportVersion): StoreEntry {
  const entry: StoreEntry = { ...exportDocument(version), meta: { file: `${version.name}/${META_FILE}`, sha256: version.metaFile.sha256 } };
  if (version.russian) entry.russian = { file: `${version.name}/${RUSSIAN_FILE}`, sha256: version.russian.sha256 };
  return entry;
}

/**
 * Parse both texts of the version before anything is written: an unusable kaz.md or rus.md throws here, and so does a
 * rus.md that is not the Russian text of this act (its title is not meta.yaml's `title.rus`).
 */
function parseVersion(version: ExportVersion): void {
  const { russian } = readVersionTexts(version);
  const expected = version.meta.titleRu;
  if (!russian || !version.russian || expected === null) return;
  const title = russian.provisions.find((p) => p.type === 'preface');
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!title || fold(title.text) !== fold(expected)) {
    throw new IngestError(
      `${RUSSIAN_FILE} is not the Russian text of this act: its title is \`${title?.text ?? '(none)'}\`, meta.yaml's title.rus \`${expected}\``,
      { file: version.russian.path, line: title?.source.startLine ?? 1 },
    );
  }
}

/** Import the act at `folder` into the store's corpus (`settings.importedDir`) and the stores. */
export async function importAct(folder: string, settings: CorpusSettings, stores: Stores): Promise<ImportReport> {
  const storeDir = settings.importedDir;
  if (storeDir === null) throw new Error('importAct: the configuration names no store corpus to import into');
  const versions = await readActFolder(folder, settings.maxFileBytes);
  const newest = versions[versions.length - 1] as ExportVersion;
  const entry = entryOf(newest);
  const report: ImportReport = {
    workId: entry.id,
    title: entry.title,
    status: 'added',
    versionDate: newest.meta.versionDate,
    versionsFound: versions.map((v) => v.meta.versionDate),
    skipped: versions.slice(0, -1).map((v) => ({ versionDate: v.meta.versionDate, reason: ONLY_NEWEST })),
    files: [
      { file: entry.file, sha256: entry.sha256 },
      { file: entry.meta?.file ?? '', sha256: entry.meta?.sha256 ?? '' },
      ...(entry.russian ? [entry.russian] : []),
    ],
    document: null,
    log: [],
  };

  // The seed corpus is never edited: a work it holds stays its version.
  const seed = (await readManifest(settings.corpusDir)).find((d) => d.id === entry.id);
  if (seed)
    return keep(
      report,
      seed,
      `the seed corpus holds this work (${seed.file}, version ${seed.consolidatedAsOf ?? 'undated'}); ${ONLY_NEWEST}`,
    );

  const held = (await readStoreEntries(storeDir)).find((e) => e.id === entry.id);
  const russianChanged = held?.russian?.sha256 !== entry.russian?.sha256;
  if (held && held.sha256 === entry.sha256 && held.meta?.sha256 === entry.meta?.sha256 && !russianChanged)
    return { ...report, status: 'unchanged' };
  if (held && (held.consolidatedAsOf ?? '') > report.versionDate)
    return keep(report, held, `the store holds a newer version (${held.consolidatedAsOf}); ${ONLY_NEWEST}`);

  // Parse before writing anything: an unusable text throws here and the store stays as it was.
  parseVersion(newest);

  await putEntry(storeDir, entry, [
    { file: entry.file, bytes: newest.text.bytes },
    { file: entry.meta?.file ?? '', bytes: newest.metaFile.bytes },
    ...(entry.russian && newest.russian ? [{ file: entry.russian.file, bytes: newest.russian.bytes }] : []),
  ]);
  const corpus = await ingestCorpus(await corpusDirs(settings.corpusDir, storeDir), { maxFileBytes: settings.maxFileBytes });
  // The stores compare the Kazakh text's SHA-256: a new Russian text alone must be written all the same.
  report.log = (await syncStores(stores, settings, { parsed: corpus, force: held !== undefined && russianChanged })).log;
  report.document = corpus.documents.find((d) => d.document.id === entry.id) ?? null;
  report.status = held ? 'replaced' : 'added';
  return report;
}

/** The report of an import that keeps what is held: the folder's newest version is skipped too. */
function keep(report: ImportReport, held: Pick<Document, 'consolidatedAsOf' | 'file' | 'sha256'>, reason: string): ImportReport {
  return {
    ...report,
    status: 'held',
    versionDate: held.consolidatedAsOf ?? report.versionDate,
    skipped: [...report.skipped, { versionDate: report.versionDate, reason }],
    files: [{ file: held.file, sha256: held.sha256 }],
  };
}
