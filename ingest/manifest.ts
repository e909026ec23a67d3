/**
 * The corpus manifest (`corpus/manifest.json`): one entry per text. Reading it validates every
 * entry and checks that each file exists and has the SHA-256 the manifest states, so a text
 * changed by mistake is caught before anything is ingested. Problems are IngestErrors naming
 * the file and the manifest line.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic, Document, DocumentKind, TextFormat } from '../model/index.ts';
import { readAdiletMeta, type AdiletMeta } from './adilet/meta.ts';
import { checkFileSize, decodeText, DEFAULT_MAX_FILE_BYTES } from './decode.ts';
import { IngestError } from './errors.ts';

export const MANIFEST_FILE = 'manifest.json';

const KINDS: ReadonlySet<string> = new Set<DocumentKind>(['code', 'law', 'policy', 'article', 'textbook']);
const FORMATS: ReadonlySet<string> = new Set<TextFormat>(['code', 'adilet', 'policy', 'article', 'textbook']);

/** A manifest document with its raw text, read once and checked. */
export interface CorpusText {
  document: Document;
  raw: string;
  /** Warnings from reading the file: a converted encoding, a cut last character (decode.ts) */
  diagnostics: Diagnostic[];
  /** The metadata file of a database export (`meta.yaml`), when the manifest lists one */
  meta?: AdiletMeta;
  /** The Russian text of the same work and version (a database export's `rus.md`), when the manifest lists one */
  russian?: RussianText;
}

/** The Russian text beside a manifest document: its Document (same id, language `ru`, its own file) and raw text. */
export interface RussianText {
  document: Document;
  raw: string;
  diagnostics: Diagnostic[];
}

/** What a manifest entry may add to its Document: the metadata file (`meta`) or the Russian text (`russian`) of a database export, checked like the text. */
export interface MetaFile {
  /** `meta.yaml`'s path, relative to the corpus directory */
  file: string;
  sha256: string;
}

export interface ReadCorpusOptions {
  /** Largest text file accepted, in bytes; defaults to 16 MiB (decode.ts DEFAULT_MAX_FILE_BYTES) */
  maxFileBytes?: number;
  /** The manifest's documents when the caller has read it already (readManifest); read from the directory otherwise */
  manifest?: readonly Document[];
}

/** Read the manifest of a corpus directory and the texts it lists, checking every size, checksum and encoding. */
export async function readCorpus(corpusDir: string, options: ReadCorpusOptions = {}): Promise<CorpusText[]> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const documents = options.manifest ?? (await readManifest(corpusDir));
  const extras = await readExtraFiles(corpusDir);
  return Promise.all(
    documents.map(async (document) => {
      const { meta, russian } = extras.get(document.file) ?? {};
      const read = (file: MetaFile) => readChecked(corpusDir, { id: document.id, ...file }, limit);
      return corpusText(document, await readChecked(corpusDir, document, limit), {
        ...(meta ? { meta: { ...meta, bytes: await read(meta) } } : {}),
        ...(russian ? { russian: { ...russian, bytes: await read(russian) } } : {}),
      });
    }),
  );
}

/**
 * A manifest document as read from the bytes of its files (checked already): its text decoded, its meta.yaml and its
 * Russian text when the manifest lists them. readCorpus reads a corpus with it, and an import the versions it is adding.
 */
export function corpusText(
  document: Document,
  bytes: Buffer,
  files: { meta?: MetaFile & { bytes: Buffer }; russian?: MetaFile & { bytes: Buffer } } = {},
): CorpusText {
  const { text, diagnostics } = decodeText(bytes, document.file);
  const read: CorpusText = { document, raw: text, diagnostics };
  if (files.meta) read.meta = readAdiletMeta(files.meta.bytes.toString('utf8'), files.meta.file);
  if (files.russian) {
    const { file, sha256 } = files.russian;
    const ru = decodeText(files.russian.bytes, file);
    const title = read.meta?.titleRu ?? document.title;
    read.russian = { document: { ...document, file, sha256, language: 'ru', title }, raw: ru.text, diagnostics: ru.diagnostics };
  }
  return read;
}

/**
 * Every manifest file that is missing, unreadable or not the one its SHA-256 names, as the error
 * its ingest would raise; empty when every file matches. Hashing is cheap (about 5 ms for 2 MB), so
 * a start-up can check every file, not only those it will parse.
 */
export async function checkCorpusFiles(corpusDir: string, options: ReadCorpusOptions = {}): Promise<IngestError[]> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const documents = options.manifest ?? (await readManifest(corpusDir));
  const results = await Promise.all(
    documents.map((document) =>
      readChecked(corpusDir, document, limit).then(
        () => null,
        (error: unknown) => {
          if (error instanceof IngestError) return error;
          throw error;
        },
      ),
    ),
  );
  return results.filter((e): e is IngestError => e !== null);
}

/** The `meta` and `russian` files of the manifest's entries, by text file (only database exports have them; a work's versions each have theirs). */
async function readExtraFiles(corpusDir: string): Promise<Map<string, { meta?: MetaFile; russian?: MetaFile }>> {
  const json = JSON.parse(await readFile(join(corpusDir, MANIFEST_FILE), 'utf8')) as {
    documents: Array<{ file: string; meta?: MetaFile; russian?: MetaFile }>;
  };
  return new Map(json.documents.flatMap((d) => (d.meta || d.russian ? [[d.file, { meta: d.meta, russian: d.russian }] as const] : [])));
}

/** Parse and validate the manifest (without reading the texts). */
export async function readManifest(corpusDir: string): Promise<Document[]> {
  const path = join(corpusDir, MANIFEST_FILE);
  const text = await readFile(path, 'utf8').catch((cause: unknown) => {
    throw new IngestError(`cannot read the corpus manifest: ${String(cause)}`, { file: MANIFEST_FILE, line: 1 }, { cause });
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new IngestError(
      `the manifest is not valid JSON: ${String(cause)}`,
      { file: MANIFEST_FILE, line: 1, lineText: text.split('\n', 1)[0] },
      { cause },
    );
  }
  const entries = isRecord(json) && Array.isArray(json.documents) ? json.documents : null;
  if (!entries)
    throw new IngestError('the manifest has no `documents` array', { file: MANIFEST_FILE, line: 1, lineText: text.split('\n', 1)[0] });
  return entries.map((entry, i) => toDocument(entry, i, text));
}

function toDocument(entry: unknown, index: number, manifest: string): Document {
  const fail = (reason: string, near?: string): never => {
    const { line, lineText, column } = locate(manifest, near);
    throw new IngestError(`manifest entry ${index}: ${reason}`, { file: MANIFEST_FILE, line, column, lineText });
  };
  if (!isRecord(entry)) return fail('is not an object');
  const near = typeof entry.id === 'string' ? entry.id : undefined;
  const str = (key: string): string => {
    const v = entry[key];
    return typeof v === 'string' && v.trim() ? v : fail(`\`${key}\` must be a non-empty string`, near);
  };
  const optStr = (key: string): string | null => {
    const v = entry[key];
    if (v === null || v === undefined) return null;
    return typeof v === 'string' ? v : fail(`\`${key}\` must be a string or null`, near);
  };
  const strList = (key: string): string[] => {
    const v = entry[key] ?? [];
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : fail(`\`${key}\` must be a list of strings`, near);
  };
  const kind = str('kind');
  if (!KINDS.has(kind)) fail(`unknown kind \`${kind}\``, near);
  const format = optStr('format');
  if (format !== null && !FORMATS.has(format)) fail(`unknown format \`${format}\` (known: ${[...FORMATS].join(', ')})`, near);
  for (const key of ['meta', 'russian']) {
    const file = entry[key];
    if (
      file !== undefined &&
      !(isRecord(file) && typeof file.file === 'string' && typeof file.sha256 === 'string' && /^[0-9a-f]{64}$/.test(file.sha256))
    ) {
      fail(`\`${key}\` must be \`{ "file": …, "sha256": 64 hex digits }\``, near);
    }
  }
  const sha256 = str('sha256').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(sha256)) fail('`sha256` must be 64 hex digits', near);
  return {
    id: str('id'),
    kind: kind as DocumentKind,
    title: str('title'),
    titleEn: optStr('titleEn'),
    shortNames: strList('shortNames'),
    language: str('language'),
    date: optStr('date'),
    number: optStr('number'),
    consolidatedAsOf: optStr('consolidatedAsOf'),
    publisher: optStr('publisher'),
    authors: strList('authors'),
    file: str('file'),
    sha256,
    ...(format ? { format: format as TextFormat } : {}),
  };
}

async function readChecked(corpusDir: string, document: Pick<Document, 'id' | 'file' | 'sha256'>, limit: number): Promise<Buffer> {
  const path = join(corpusDir, document.file);
  const unreadable = async (cause: unknown): Promise<never> => {
    const entry = await manifestLine(corpusDir, document.file);
    throw new IngestError(
      `the manifest lists a file that cannot be read (${entry}): ${String(cause)}`,
      { file: document.file, line: 1 },
      { cause },
    );
  };
  checkFileSize((await stat(path).catch(unreadable)).size, document.file, limit);
  const bytes = await readFile(path).catch(unreadable);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== document.sha256) {
    const entry = await manifestLine(corpusDir, document.sha256);
    throw new IngestError(
      `SHA-256 mismatch: the manifest says ${document.sha256} (${entry}), the file has ${actual} (texts are never edited)`,
      { file: document.file, line: 1 },
    );
  }
  return bytes;
}

/** `manifest.json line N`, the line where a value of an entry stands, for messages about the entry's file. */
async function manifestLine(corpusDir: string, value: string): Promise<string> {
  const text = await readFile(join(corpusDir, MANIFEST_FILE), 'utf8');
  return `${MANIFEST_FILE} line ${locate(text, value).line}`;
}

function locate(text: string, near: string | undefined): { line: number; column: number; lineText: string } {
  const lines = text.split('\n');
  const at = near ? lines.findIndex((l) => l.includes(near)) : -1;
  const i = Math.max(0, at);
  const lineText = lines[i] ?? '';
  return { line: i + 1, column: near && at >= 0 ? lineText.indexOf(near) + 1 : 1, lineText };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
