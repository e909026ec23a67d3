/** What the segmenter needs to know about the document it segments, and what it returns. */
import type { Diagnostic, EditorialNote, Provision } from '../../model/index.ts';
import type { HyphenPolicy, Lexicon } from '../normalize.ts';
import type { AmendmentNote, CitationSite, HeaderNote } from '../stages.ts';
import type { TableOfContents } from './toc.ts';

export interface SegmentContext {
  documentId: string;
  /** Id of the Act that is the document itself */
  documentActId: string;
  /** Corpus file name, for provenance and diagnostics */
  file: string;
  /** Corpus words, to read line-end hyphens (normalize.ts lineJoin) */
  lexicon?: Lexicon;
  /** A code's hyphens are real unless the lexicon says otherwise */
  hyphenPolicy?: HyphenPolicy;
}

export interface SegmentResult {
  /** Every node in document order, a parent before its children */
  provisions: Provision[];
  notes: AmendmentNote[];
  headerNotes: HeaderNote[];
  editorialNotes: EditorialNote[];
  /** One site per provision with own text */
  sites: CitationSite[];
  /** The skipped table of contents and the units it lists; null when the text has none */
  toc: TableOfContents | null;
  diagnostics: Diagnostic[];
}
