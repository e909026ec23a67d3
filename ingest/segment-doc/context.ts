/** What the segmenters of policy papers, articles and textbooks take and give. */
import type { Diagnostic, Document, EditorialNote, Provision } from '../../model/index.ts';
import type { Lexicon } from '../normalize.ts';
import type { CitationSite } from '../stages.ts';

export interface DocContext {
  document: Document;
  /** Corpus-wide words, for reading line-end hyphens (these texts hyphenate by syllable) */
  lexicon: Lexicon;
}

export interface DocSegmentResult {
  /** Every node in document order, a parent before its children */
  provisions: Provision[];
  editorialNotes: EditorialNote[];
  /** One site per provision with own text; `place` holds the section/topic and numbered paragraph */
  sites: CitationSite[];
  diagnostics: Diagnostic[];
}
