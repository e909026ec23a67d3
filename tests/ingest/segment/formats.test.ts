import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../ingest/manifest.ts';
import { buildLexicon, normalizeLines } from '../../../ingest/normalize.ts';
import { formatOf, segmentDocument, SEGMENTERS } from '../../../ingest/segment/index.ts';

const corpusDir = new URL('../../../corpus/', import.meta.url);
const documents = await readManifest(fileURLToPath(corpusDir));

describe('the format table', () => {
  it('gives every seed document a format, and every format but the database export reads a seed document', () => {
    // Acts exported from the national legal database come in with `npm run import` (tests/ingest/segment/adilet/).
    const formats = documents.map(formatOf);
    expect(new Set([...formats, 'adilet'])).toEqual(new Set(Object.keys(SEGMENTERS)));
    expect(formats).not.toContain('adilet');
  });

  it("segments each seed document with its format's segmenter, into a tree of the document's own ids", () => {
    for (const document of documents) {
      const lines = normalizeLines(readFileSync(new URL(document.file, corpusDir), 'utf8'));
      const result = segmentDocument(document, lines, buildLexicon(lines));
      expect(result.provisions.length, document.file).toBeGreaterThan(10);
      expect(result.provisions.every((p) => p.documentId === document.id && p.source.file === document.file)).toBe(true);
    }
  });
});
