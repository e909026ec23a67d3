/**
 * Import an act exported from the national legal database (`npm run import -- <folder>`, or `--git` for a version
 * history): read and check every version, parse each new one, copy its files into the store's corpus beside the
 * versions held, and bring the graph store and the search index in line (the work's versions become one timeline,
 * ingest/versions). A version already held with the same files, or one the seed corpus holds, is skipped; a new
 * version is added without rewriting the files of the others. A version's rus.md beside its kaz.md is the Russian
 * expression of the same work and version, imported with it. Versions newer than every one the store holds of the work
 * are parsed alone and added to the stored timeline (add-versions.ts); any other change, with the whole corpus, as the
 * result must be the same. Bad input throws an IngestError before anything is written; importing the same files again
 * changes nothing.
 */
import {
  corpusDirs,
  corpusText,
  exportDocument,
  ingestCorpus,
  IngestError,
  readActFolder,
  readGitHistory,
  readManifest,
  readStoreEntries,
  META_FILE,
  RUSSIAN_FILE,
  type ExportVersion,
  type CorpusText,
  type StoreEntry,
} from '../ingest/index.ts';
import type { IngestedDocument } from '../model/index.ts';
import { addedVersions } from './add-versions.ts';
import { syncStores, type CorpusSettings, type Stores } from './corpus-sync.ts';
import { readVersionTexts } from './russian-wordings.ts';
import { putEntries, type StoreFile } from './store-corpus.ts';

/** What happened to the act: new versions written, a held version replaced by other files, or nothing (all held). */
export type ImportStatus = 'added' | 'replaced' | 'unchanged';

export interface ImportReport {
  workId: string;
  title: string;
  status: ImportStatus;
  /** The newest version date found */
  versionDate: string;
  /** Every version date found, oldest first */
  versionsFound: string[];
  /** The version dates this import wrote, oldest first */
  imported: string[];
  /** Versions not imported, each with why */
  skipped: Array<{ versionDate: string; reason: string }>;
  /** The store's corpus files this import wrote, with their SHA-256 */
  files: Array<{ file: string; sha256: string }>;
  /** The work as parsed after the import (every version held, as one timeline), when this import wrote anything */
  document: IngestedDocument | null;
  /** What the store sync did (empty when nothing was written) */
  log: string[];
}

/** The manifest entry of an export version in the store's corpus: its Document, its meta.yaml and its rus.md if any. */
function entryOf(version: ExportVersion): StoreEntry {
  const entry: StoreEntry = { ...exportDocument(version), meta: { file: `${version.name}/${META_FILE}`, sha256: version.metaFile.sha256 } };
  if (version.russian) entry.russian = { file: `${version.name}/${RUSSIAN_FILE}`, sha256: version.russian.sha256 };
  return entry;
}

/** The version as its store corpus entry reads (readCorpus): the files' bytes under their names in the store's corpus. */
function textOf(version: ExportVersion, entry: StoreEntry): CorpusText {
  const { meta, russian } = entry;
  return corpusText(exportDocument(version), version.text.bytes, {
    ...(meta ? { meta: { ...meta, bytes: version.metaFile.bytes } } : {}),
    ...(russian && version.russian ? { russian: { ...russian, bytes: version.russian.bytes } } : {}),
  });
}

/**
 * Parse both texts of the version before anything is written: an unusable kaz.md or rus.md throws here, naming the
 * file given, and so does a rus.md that is not the Russian text of this act (checkRussian).
 */
function parseVersion(version: ExportVersion): void {
  checkRussian(version, readVersionTexts(version).russian);
}

/** A rus.md whose title is not meta.yaml's `title.rus` is not the Russian text of this act: an IngestError. */
function checkRussian(version: ExportVersion, russian: IngestedDocument | null): void {
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

/** Import every version of the act at `folder` (an act folder of dated versions, or one version folder). */
export async function importAct(folder: string, settings: CorpusSettings, stores: Stores): Promise<ImportReport> {
  return importVersions(await readActFolder(folder, settings.maxFileBytes), settings, stores);
}

/** Import every version of the act at `folder` inside a git clone, one per commit of its files (ingest/adilet/git.ts). */
export async function importActHistory(
  folder: string,
  settings: CorpusSettings,
  stores: Stores,
  onRead?: (done: number, total: number, versionDate: string) => void,
): Promise<ImportReport> {
  return importVersions(await readGitHistory(folder, settings.maxFileBytes, onRead), settings, stores);
}

/** Import `versions` (checked, oldest first, all of one work) into the store's corpus (`settings.importedDir`) and the stores. */
export async function importVersions(versions: readonly ExportVersion[], settings: CorpusSettings, stores: Stores): Promise<ImportReport> {
  const storeDir = settings.importedDir;
  if (storeDir === null) throw new Error('importVersions: the configuration names no store corpus to import into');
  const entries = versions.map(entryOf);
  const newest = entries.at(-1);
  if (!newest) throw new Error('importVersions: no version given');
  const report: ImportReport = {
    workId: newest.id,
    title: newest.title,
    status: 'unchanged',
    versionDate: newest.consolidatedAsOf ?? '',
    versionsFound: entries.map((e) => e.consolidatedAsOf ?? ''),
    imported: [],
    skipped: [],
    files: [],
    document: null,
    log: [],
  };

  // The seed corpus is never edited: a version it holds stays its own; the work takes the others into its timeline.
  const seed = (await readManifest(settings.corpusDir)).filter((d) => d.id === newest.id);
  const held = (await readStoreEntries(storeDir)).filter((e) => e.id === newest.id);
  const written: StoreEntry[] = [];
  const fresh: ExportVersion[] = [];
  const files: StoreFile[] = [];
  let replaced = false;
  let russianChanged = false;
  for (const [i, entry] of entries.entries()) {
    const date = entry.consolidatedAsOf ?? '';
    const inSeed = seed.find((d) => d.consolidatedAsOf === date);
    if (inSeed) {
      report.skipped.push({ versionDate: date, reason: `the seed corpus holds this version (${inSeed.file})` });
      continue;
    }
    const same = held.find((e) => e.consolidatedAsOf === date);
    if (
      same &&
      same.sha256 === entry.sha256 &&
      same.meta?.sha256 === entry.meta?.sha256 &&
      same.russian?.sha256 === entry.russian?.sha256
    ) {
      report.skipped.push({ versionDate: date, reason: 'already imported with the same files' });
      continue;
    }
    const version = versions[i] as ExportVersion;
    replaced ||= same !== undefined;
    // The stores compare the Kazakh texts' SHA-256: a changed Russian text alone must be written all the same.
    russianChanged ||= same !== undefined && same.russian?.sha256 !== entry.russian?.sha256;
    written.push(entry);
    fresh.push(version);
    files.push({ file: entry.file, bytes: version.text.bytes }, { file: entry.meta?.file ?? '', bytes: version.metaFile.bytes });
    report.imported.push(date);
    report.files.push({ file: entry.file, sha256: entry.sha256 }, { file: entry.meta?.file ?? '', sha256: entry.meta?.sha256 ?? '' });
    if (entry.russian && version.russian) {
      files.push({ file: entry.russian.file, bytes: version.russian.bytes });
      report.files.push(entry.russian);
    }
  }
  if (written.length === 0) return report;

  // Parse before writing anything: an unusable text throws here and the store stays as it was.
  const added = replaced ? null : await parsedAlone(stores, settings, fresh, written);
  if (added) added.versions.forEach((v, i) => checkRussian(fresh[i] as ExportVersion, v.russian));
  else fresh.forEach(parseVersion);
  await putEntries(storeDir, written, files);
  const corpus = added
    ? { documents: [added.work] }
    : await ingestCorpus(await corpusDirs(settings.corpusDir, storeDir), { maxFileBytes: settings.maxFileBytes });
  const parse = added ? `parsed ${report.imported.join(', ')} alone, added to the timeline the store holds` : 'parsed the whole corpus';
  report.log = [parse, ...(await syncStores(stores, settings, { parsed: corpus, force: russianChanged })).log];
  report.document = corpus.documents.find((d) => d.document.id === newest.id) ?? null;
  report.status = replaced ? 'replaced' : 'added';
  return report;
}

/** The versions added to the work the store holds, parsed alone (add-versions.ts); an unusable text throws naming the file given. */
async function parsedAlone(stores: Stores, settings: CorpusSettings, versions: readonly ExportVersion[], entries: readonly StoreEntry[]) {
  try {
    const texts = versions.map((v, i) => textOf(v, entries[i] as StoreEntry));
    return await addedVersions(stores.graph, settings, entries[0]?.id ?? '', texts);
  } catch (error) {
    // Parsed alone, a text is named by its place in the store's corpus: parsed again as given, it is named by its own path.
    if (error instanceof IngestError) versions.forEach(parseVersion);
    throw error;
  }
}
