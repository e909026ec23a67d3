/** What the code segmenter needs to know about the document it segments (it returns a SegmentResult, ../types.ts). */
import type { HyphenPolicy, Lexicon } from '../../normalize.ts';

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
