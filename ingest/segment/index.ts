/**
 * Segmenters: a document's normalized lines → its provision tree (SegmentResult, types.ts), one
 * module per input format, all total (odd input becomes generic nodes and diagnostics).
 *
 * The formats (docs/formats.md describes each):
 * - `code`: a code or law as text extracted from the official PDF (code/: header notes, table of
 *   contents, sections, chapters, articles, parts, subparagraphs, amendment notes);
 * - `adilet`: a code or law exported from the national legal database, markdown or pasted bare (adilet/:
 *   one line per heading, paragraph or note; anchors, notes after their unit, repealed units);
 * - `policy`: a policy paper (policy.ts), `article`: a journal article (article.ts), `textbook`: a
 *   textbook (textbook.ts): passage-sized nodes under headings, built with DocTree (document-tree.ts).
 *
 * To add a format: write its module exporting a `Segmenter` (types.ts), building drafts (draft.ts)
 * with DocTree or a builder of its own and the line tests of lines.ts; add its name to `TextFormat`,
 * its row to `SEGMENTERS`, and the rule that recognises its documents to `formatOf`; describe it in
 * docs/formats.md. Nothing else in the pipeline changes: every stage after this one reads SegmentResult.
 */
import type { Document, DocumentKind, TextFormat } from '../../model/index.ts';
import type { Lexicon, SourceLine } from '../normalize.ts';
import { segmentAdilet } from './adilet/index.ts';
import { segmentArticle } from './article.ts';
import { segmentLegislation } from './code/index.ts';
import { segmentPolicy } from './policy.ts';
import { segmentTextbook } from './textbook.ts';
import type { SegmentResult, Segmenter } from './types.ts';

export { segmentCode, type SegmentContext } from './code/index.ts';
export type { SegmentInput, SegmentResult, Segmenter } from './types.ts';

export type { TextFormat } from '../../model/index.ts';

/** The format table: each format's segmenter. */
export const SEGMENTERS: Readonly<Record<TextFormat, Segmenter>> = {
  code: segmentLegislation,
  adilet: segmentAdilet,
  policy: segmentPolicy,
  article: segmentArticle,
  textbook: segmentTextbook,
};

/** Each kind's format: a law is typeset as a code is. */
const FORMAT_OF_KIND: Readonly<Record<DocumentKind, TextFormat>> = {
  code: 'code',
  law: 'code',
  policy: 'policy',
  article: 'article',
  textbook: 'textbook',
};

/** The format a manifest document is in: as the manifest states it (`"format": "adilet"`), else its kind's. */
export function formatOf(document: Document): TextFormat {
  return document.format ?? FORMAT_OF_KIND[document.kind];
}

/** Segment a document with the segmenter of its format. */
export function segmentDocument(document: Document, lines: readonly SourceLine[], lexicon: Lexicon): SegmentResult {
  return SEGMENTERS[formatOf(document)](lines, { document, lexicon });
}
