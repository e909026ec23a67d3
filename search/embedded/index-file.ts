/**
 * The embedded index's file (`<dataDir>/search-index.json`): a header line naming the format and
 * the analysis it was written under, then one JSON line per document with its search documents.
 * Line by line, so neither writing nor reading ever holds the whole corpus as one string (a
 * 100× corpus is hundreds of megabytes of JSON). Written durably (files/durable-write.ts: temporary
 * file, fsync, rename), so a crash leaves the previous file whole.
 */
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { writeDurably } from '../../files/index.ts';
import type { Document } from '../../model/index.ts';
import type { SearchDocument } from '../documents.ts';
import { SearchIndexError } from '../port.ts';

const BACKEND = 'embedded';

export interface StoredDocument {
  document: Document;
  searchDocuments: SearchDocument[];
}

/** The file's first line: what the document lines below it were written under. */
export interface IndexFileHeader {
  version: number;
  analysis: string;
}

export async function writeIndexFile(path: string, header: IndexFileHeader, documents: Iterable<StoredDocument>): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeDurably(path, async (file) => {
      await file.write(`${JSON.stringify(header)}\n`);
      for (const entry of documents) await file.write(`${JSON.stringify(entry)}\n`);
    });
  } catch (cause) {
    throw new SearchIndexError(BACKEND, `cannot write ${path}`, { cause });
  }
}

/**
 * The documents of an index file written under `expected` (none when there is no file, or when
 * it was written under another format or analysis: the caller then indexes again).
 */
export async function readIndexFile(path: string, expected: IndexFileHeader): Promise<StoredDocument[]> {
  const documents: StoredDocument[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (cause) {
        throw new SearchIndexError(BACKEND, `${path}:${lineNo} is not valid JSON (delete the file to rebuild the index)`, { cause });
      }
      if (lineNo > 1) {
        documents.push(value as StoredDocument);
        continue;
      }
      const header = value as Partial<IndexFileHeader>;
      if (header.version !== expected.version || header.analysis !== expected.analysis) return [];
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(BACKEND, `cannot read ${path}`, { cause: error });
  } finally {
    lines.close();
  }
  return documents;
}
