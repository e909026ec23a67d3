/** What every segmenter takes and gives, whatever the format it reads. */
import type { Diagnostic, Document, EditorialNote, Provision } from '../../model/index.ts';
import type { Lexicon, SourceLine } from '../normalize.ts';
import type { AmendmentNote, CitationSite, HeaderNote } from '../stages.ts';
import type { TableOfContents } from './code/toc.ts';

export interface SegmentInput {
  /** The manifest's document: its id, kind, corpus file */
  document: Document;
  /** Corpus-wide words, for reading line-end hyphens (normalize.ts lineJoin) */
  lexicon: Lexicon;
}

export interface SegmentResult {
  /** Every node in document order, a parent before its children */
  provisions: Provision[];
  /** Amendment notes, each at the unit it concerns (formats without them: none) */
  notes: AmendmentNote[];
  /** Notes of the header that concern the whole document */
  headerNotes: HeaderNote[];
  editorialNotes: EditorialNote[];
  /** One site per provision with own text; `place` holds the numbers of the units around it */
  sites: CitationSite[];
  /** The skipped table of contents and the units it lists; null when the text has none */
  toc: TableOfContents | null;
  diagnostics: Diagnostic[];
}

/** A format's segmenter: total (odd input becomes generic nodes and diagnostics); throws IngestError only on unusable text. */
export type Segmenter = (lines: readonly SourceLine[], input: SegmentInput) => SegmentResult;
