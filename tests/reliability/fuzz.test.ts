/**
 * Totality of the whole pipeline (`ingestDocument`: normalize → segment → amendments → citations)
 * on thousands of mutated passages of the real seed texts: it returns a document or throws an
 * IngestError naming the file, never anything else; a returned document has unique ids, can be
 * written to a store (no documentProblems), and — for the code — conserves the text in place
 * (tests/ingest/conservation.ts): the passage, its table of contents aside, is spelled by its
 * provisions and notes in the order of their spans, each on the lines of its own span.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document, DocumentRelationType, IngestedDocument } from '../../model/index.ts';
import { documentProblems } from '../../graph/port.ts';
import { IngestError, ingestDocument } from '../../ingest/index.ts';
import { readManifest } from '../../ingest/manifest.ts';
import { normalizeLines } from '../../ingest/normalize.ts';
import { segmentCode } from '../../ingest/segment/code/index.ts';
import { documentPieces, positionalConservation } from '../ingest/conservation.ts';
import { CODE_FILE, CORPUS_DIR, seedText } from './fixture.ts';

const documents = await readManifest(CORPUS_DIR);

/** Strings a damaged extraction or a hostile file could put at the start of a line: labels, note starts, URLs, odd characters. */
const INSERTS = [
  '5-бап. ',
  '2) ',
  '3. ',
  '1-БӨЛІМ. ',
  '12-1-тарау. ',
  '2024.01.07. № 1-VIII ҚР Заңымен ',
  'http://online.zakon.kz/x ',
  '«',
  '» ',
  '(бұр.ред.қара)',
  'осы Кодекстің 5-бабының ',
  '🙂 ',
  'ǅ̈ ',
  '\u00AD',
  '\u200B',
  'Қазақстан Республикасының',
];

type Mutation = { op: 'drop' | 'duplicate' | 'swap' | 'truncate' | 'insert' | 'blank'; at: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('drop', 'duplicate', 'swap', 'truncate', 'insert', 'blank'),
  at: fc.nat(),
  to: fc.nat(),
});

function mutate(lines: string[], m: Mutation): string[] {
  if (lines.length === 0) return lines;
  const at = m.at % lines.length;
  const to = m.to % lines.length;
  const line = lines[at] ?? '';
  const out = [...lines];
  if (m.op === 'drop') out.splice(at, 1);
  if (m.op === 'duplicate') out.splice(to, 0, line);
  if (m.op === 'swap') [out[at], out[to]] = [out[to] ?? '', line];
  if (m.op === 'truncate') out[at] = line.slice(0, m.to % Math.max(1, line.length));
  if (m.op === 'insert') out[at] = `${INSERTS[m.to % INSERTS.length]}${line}`;
  if (m.op === 'blank') out.splice(at, 0, '');
  return out;
}

/** Mutated passages of one seed text: a slice (from its start, or anywhere) of up to `maxLines` lines, then mutations. */
function passages(file: string, maxLines: number): fc.Arbitrary<string> {
  const rawLines = seedText(file).split('\n');
  return fc
    .record({
      start: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: rawLines.length - 1 })),
      length: fc.integer({ min: 0, max: maxLines }),
      mutations: fc.array(mutation, { maxLength: 12 }),
    })
    .map(({ start, length, mutations }) => mutations.reduce(mutate, rawLines.slice(start, start + length)).join('\n'));
}

/** Relations read from header notes; the others (`repeals`, `respondsTo`) are read from provision text, which is counted already. */
const NOTE_RELATIONS: ReadonlySet<DocumentRelationType> = new Set<DocumentRelationType>(['pendingAmendment', 'implementedBy', 'see']);

/** The ingest either yields a document or throws an IngestError naming the file; null for the latter. */
function ingestOrIngestError(document: Document, text: string): IngestedDocument | null {
  try {
    return ingestDocument(document, text);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message.startsWith(`${document.file}:`)).toBe(true);
    return null;
  }
}

function expectWritable(doc: IngestedDocument): void {
  expect(documentProblems(doc)).toEqual([]);
  for (const d of doc.diagnostics) expect(d.file).toBe(doc.document.file);
}

describe('ingestDocument on mutated real passages', () => {
  const code = documents.find((d) => d.file === CODE_FILE);
  if (!code) throw new Error('the manifest has no code');

  it('on 2000 mutated passages of the code: returns a writable document that conserves the text, or throws an IngestError', () => {
    let ingested = 0;
    fc.assert(
      fc.property(passages(CODE_FILE, 160), (text) => {
        const doc = ingestOrIngestError(code, text);
        if (!doc) return;
        ingested++;
        expectWritable(doc);
        const lines = normalizeLines(text);
        const toc = segmentCode(lines, { documentId: code.id, documentActId: code.id, file: code.file }).toc?.source;
        const body = lines.filter((l) => !toc || l.line < toc.startLine || l.line > toc.endLine);
        const notes = [...doc.amendments, ...doc.relations.filter((r) => NOTE_RELATIONS.has(r.type))];
        expect(positionalConservation(body, documentPieces(doc, notes, lines))).toEqual([]);
      }),
      { numRuns: 2000, seed: 20261123 },
    );
    // the property must have exercised the pipeline, not only its errors
    expect(ingested).toBeGreaterThan(1500);
  });

  it.each(documents.filter((d) => d.kind !== 'code').map((d) => [d.kind, d.file, d] as const))(
    'on 300 mutated passages of the %s %s: returns a writable document or throws an IngestError',
    (_, file, document) => {
      let ingested = 0;
      fc.assert(
        fc.property(passages(file, 160), (text) => {
          const doc = ingestOrIngestError(document, text);
          if (doc) {
            ingested++;
            expectWritable(doc);
          }
        }),
        { numRuns: 300, seed: 20261123 },
      );
      expect(ingested).toBeGreaterThan(200);
    },
  );
});
