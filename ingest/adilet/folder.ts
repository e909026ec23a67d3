/**
 * One act in the database export layout (docs/formats-adilet.md): either a version folder holding `kaz.md` and
 * `meta.yaml`, or the act's folder holding one such folder per version date. Every version is read and checked
 * (both files present, meta.yaml readable, the folder's date the version's), so that nothing is written from a
 * folder with a bad version in it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Document } from '../../model/index.ts';
import { checkFileSize } from '../decode.ts';
import { IngestError } from '../errors.ts';
import { readAdiletMeta, type AdiletMeta } from './meta.ts';

export const TEXT_FILE = 'kaz.md';
/** The Russian text of the same version, optional (docs/formats-adilet.md). */
export const RUSSIAN_FILE = 'rus.md';
export const META_FILE = 'meta.yaml';
const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

export interface ExportFile {
  /** Path on disk */
  path: string;
  bytes: Buffer;
  sha256: string;
}

export interface ExportVersion {
  /** The version folder on disk */
  dir: string;
  /** `<act folder>/<version date>`: where the version is kept in the store's corpus */
  name: string;
  text: ExportFile;
  /** `rus.md`, the Russian expression of the same version; null when the folder has none */
  russian: ExportFile | null;
  metaFile: ExportFile;
  meta: AdiletMeta;
}

/** Every version of the act at `folder`, oldest first; files above `maxFileBytes` are refused. Throws IngestError naming the file on bad input. */
export async function readActFolder(folder: string, maxFileBytes: number): Promise<ExportVersion[]> {
  const info = await stat(folder).catch((cause: unknown) => {
    throw new IngestError(`cannot read the act folder: ${String(cause)}`, { file: folder, line: 1 }, { cause });
  });
  if (!info.isDirectory())
    throw new IngestError('not a folder: give an act folder (dated sub-folders) or one version folder (kaz.md, meta.yaml)', {
      file: folder,
      line: 1,
    });
  const entries = await readdir(folder, { withFileTypes: true });
  const hasFiles = entries.some((e) => e.isFile() && (e.name === TEXT_FILE || e.name === META_FILE));
  const dated = entries.filter((e) => e.isDirectory() && DATE_FOLDER.test(e.name)).map((e) => join(folder, e.name));
  if (hasFiles) return [await readVersion(folder, basename(join(folder, '..')), maxFileBytes)];
  if (dated.length === 0) {
    throw new IngestError(`no ${TEXT_FILE} here and no dated version folder (YYYY-MM-DD) holding one`, {
      file: join(folder, TEXT_FILE),
      line: 1,
    });
  }
  const act = basename(folder);
  const versions = await Promise.all(dated.sort().map((dir) => readVersion(dir, act, maxFileBytes)));
  return versions.sort((a, b) => a.meta.versionDate.localeCompare(b.meta.versionDate));
}

async function readVersion(dir: string, act: string, maxFileBytes: number): Promise<ExportVersion> {
  const text = await readChecked(join(dir, TEXT_FILE), maxFileBytes);
  const metaFile = await readChecked(join(dir, META_FILE), maxFileBytes);
  const meta = readAdiletMeta(metaFile.bytes.toString('utf8'), metaFile.path);
  const folderDate = basename(dir);
  if (DATE_FOLDER.test(folderDate) && folderDate !== meta.versionDate) {
    throw new IngestError(`the folder is dated ${folderDate} but its meta.yaml says version_date ${meta.versionDate}`, {
      file: metaFile.path,
      line: 1,
    });
  }
  const russian = await readOptional(join(dir, RUSSIAN_FILE), maxFileBytes);
  return { dir, name: `${act}/${meta.versionDate}`, text, russian, metaFile, meta };
}

/** A file the version may lack: null when it is not there, read and checked as the others when it is. */
async function readOptional(path: string, maxFileBytes: number): Promise<ExportFile | null> {
  const there = await stat(path).then(
    () => true,
    (cause: unknown) => {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw new IngestError(`cannot read ${basename(path)}: ${String(cause)}`, { file: path, line: 1 }, { cause });
    },
  );
  return there ? readChecked(path, maxFileBytes) : null;
}

async function readChecked(path: string, maxFileBytes: number): Promise<ExportFile> {
  const missing = (cause: unknown): never => {
    const what =
      (cause as NodeJS.ErrnoException).code === 'ENOENT' ? `missing ${basename(path)}` : `cannot read ${basename(path)}: ${String(cause)}`;
    throw new IngestError(what, { file: path, line: 1 }, { cause });
  };
  checkFileSize((await stat(path).catch(missing)).size, path, maxFileBytes);
  const bytes = await readFile(path).catch(missing);
  return { path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The Document of an export version's text in `language`, kept in the store's corpus at `<act>/<version date>/kaz.md`
 * (`kk`) or `rus.md` (`ru`, the Russian expression of the same work: same id, its own file and title).
 */
export function exportDocument(version: ExportVersion, language: 'kk' | 'ru' = 'kk'): Document {
  const { meta } = version;
  const russian = language === 'ru';
  const file = russian ? version.russian : version.text;
  if (!file) throw new IngestError(`no ${RUSSIAN_FILE} in this version`, { file: join(version.dir, RUSSIAN_FILE), line: 1 });
  return {
    id: meta.workId,
    kind: meta.kind,
    title: russian ? (meta.titleRu ?? meta.titleKk) : meta.titleKk,
    titleEn: null,
    shortNames: [],
    language,
    date: meta.date,
    number: meta.number,
    consolidatedAsOf: meta.versionDate,
    publisher: null,
    authors: [],
    file: `${version.name}/${russian ? RUSSIAN_FILE : TEXT_FILE}`,
    sha256: file.sha256,
    format: 'adilet',
  };
}
