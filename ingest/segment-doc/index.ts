/**
 * Segmenters of the corpus's non-legislative documents: policy papers, the journal article and the
 * textbook. Each takes a document's normalized lines and returns passage-sized provisions (a
 * paragraph, a bullet, a footnote) under heading containers, editorial notes, one citation site per
 * provision with text, and diagnostics. All three are total: they never throw on odd input.
 */
export type { DocContext, DocSegmentResult } from './context.ts';
export { segmentJournalArticle } from './journal-article.ts';
export { segmentPolicy } from './policy.ts';
export { segmentTextbook } from './textbook.ts';
