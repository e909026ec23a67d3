/**
 * The ingest pipeline's public surface: raw text → normalize → segment → amendments →
 * citations → IngestedDocument (graph/model.ts).
 *
 * - `ingestDocument` runs the pipeline on one text, resolving citations against that text alone.
 * - `ingestCorpus` reads and checks the manifest, segments every text it has a segmenter for,
 *   then resolves citations across the whole corpus (a CorpusLookup over all provisions), so a
 *   reference in one text to a provision of another resolves.
 *
 * Each document kind has its segmenter: codes and laws (`segment/`), policy papers, journal
 * articles and textbooks (`segment-doc/`).
 */
import type { Act, ActKind, Diagnostic, Document, DocumentKind, EditorialNote, IngestedDocument, Provision } from '../graph/model.ts';
import { ActSet } from './amendments/acts.ts';
import { parseDocumentNotes } from './amendments/index.ts';
import { extractCitations, relationsOfTitle } from './citations/index.ts';
import { provisionId } from './ids.ts';
import { readCorpus } from './manifest.ts';
import { buildLexicon, normalizeLines, type Lexicon, type SourceLine } from './normalize.ts';
import { segmentJournalArticle, segmentPolicy, segmentTextbook, type DocContext, type DocSegmentResult } from './segment-doc/index.ts';
import { segmentCode, type SegmentResult } from './segment/index.ts';
import type { AmendmentsResult, CorpusLookup } from './stages.ts';
import { unreadNotes } from './unread-notes.ts';

export { IngestError } from './errors.ts';
export { checkCorpusFiles, readCorpus, readManifest } from './manifest.ts';
export { segmentCode } from './segment/index.ts';
export { formatReport } from './report.ts';

type Segmenter = (document: Document, lines: readonly SourceLine[], lexicon: Lexicon) => SegmentResult;

/** Codes and laws: typeset without word splitting, so line-end hyphens are real (normalize.ts HyphenPolicy). */
const segmentLegislation: Segmenter = (document, lines, lexicon) =>
  segmentCode(lines, { documentId: document.id, documentActId: document.id, file: document.file, lexicon, hyphenPolicy: 'realUnlessAttested' });

/** Non-legislative texts carry no amendment notes and no table of contents. */
const withoutNotes =
  (segment: (lines: readonly SourceLine[], ctx: DocContext) => DocSegmentResult): Segmenter =>
  (document, lines, lexicon) => ({ ...segment(lines, { document, lexicon }), notes: [], headerNotes: [], toc: null });

const SEGMENTERS: Record<DocumentKind, Segmenter> = {
  code: segmentLegislation,
  law: segmentLegislation,
  policy: withoutNotes(segmentPolicy),
  article: withoutNotes(segmentJournalArticle),
  textbook: withoutNotes(segmentTextbook),
};

const ACT_KIND: Record<DocumentKind, ActKind> = { code: 'code', law: 'law', policy: 'other', article: 'other', textbook: 'other' };

export interface IngestOptions {
  /** Words of the corpus, for joining hyphenated lines; defaults to the text's own words */
  lexicon?: Lexicon;
  /** Which provisions exist; defaults to the text's own provisions */
  lookup?: CorpusLookup;
}

export interface CorpusIngest {
  /** One IngestedDocument per manifest entry, in manifest order */
  documents: IngestedDocument[];
}

/** Ingest one text. Throws IngestError when the text is unusable. */
export function ingestDocument(document: Document, raw: string, options: IngestOptions = {}): IngestedDocument {
  const lines = normalizeLines(raw);
  const segmented = segmentStage(document, lines, options.lexicon ?? buildLexicon(lines));
  return citationStage(segmented, options.lookup ?? createCorpusLookup([document], segmented.segment.provisions));
}

/** Ingest every text of a corpus directory; see the module comment. */
export async function ingestCorpus(corpusDir: string): Promise<CorpusIngest> {
  const texts = (await readCorpus(corpusDir)).map((t) => ({ ...t, lines: normalizeLines(t.raw) }));
  const lexicon = buildLexicon(texts.flatMap((t) => t.lines));
  const segmented = texts.map((t) => segmentStage(t.document, t.lines, lexicon, t.diagnostics));
  const lookup = createCorpusLookup(
    texts.map((t) => t.document),
    segmented.flatMap((s) => s.segment.provisions),
  );
  return { documents: segmented.map((s) => citationStage(s, lookup)) };
}

/** A CorpusLookup over the given documents and provisions: an act's text is the document of the same id. */
export function createCorpusLookup(documents: readonly Document[], provisions: Iterable<Provision>): CorpusLookup {
  const ids = new Set<string>();
  for (const p of provisions) ids.add(p.id);
  const documentIds = new Set(documents.map((d) => d.id));
  return {
    provision: (documentId, eId) => {
      const id = provisionId(documentId, eId);
      return ids.has(id) ? id : null;
    },
    documentOfAct: (actId) => (documentIds.has(actId) ? actId : null),
  };
}

/** The Act that a corpus document is: its id is the document's id. */
function documentAct(document: Document): Act {
  return {
    id: document.id,
    kind: ACT_KIND[document.kind],
    number: document.number,
    date: document.date,
    title: document.title,
    documentId: document.id,
  };
}

interface Segmented {
  document: Document;
  /** Warnings from reading the file (decode.ts), reported before the pipeline's own */
  read: readonly Diagnostic[];
  segment: SegmentResult;
  amendments: AmendmentsResult;
  /** Notes that yielded no amendment event or relation, kept as editorial notes (unread-notes.ts) */
  unread: EditorialNote[];
}

function segmentStage(document: Document, lines: readonly SourceLine[], lexicon: Lexicon, read: readonly Diagnostic[] = []): Segmented {
  const segment = SEGMENTERS[document.kind](document, lines, lexicon);
  const amendments = parseDocumentNotes(segment.headerNotes, segment.notes);
  const events = [...amendments.amendments, ...amendments.relations];
  return {
    document,
    read,
    unread: [...unreadNotes(document.id, segment.headerNotes, events), ...unreadNotes(document.id, segment.notes, events)],
    segment,
    amendments,
  };
}

function citationStage({ document, read, segment, amendments, unread }: Segmented, lookup: CorpusLookup): IngestedDocument {
  const citations = extractCitations(segment.sites, lookup);
  // The title block is printed first: the preface (non-legislative texts) or the first node holds it.
  const titleSpan = (segment.provisions.find((p) => p.type === 'preface') ?? segment.provisions[0])?.source;
  const acts = new ActSet();
  for (const act of [documentAct(document), ...amendments.acts, ...citations.acts]) acts.add(act);
  return {
    document,
    provisions: segment.provisions,
    amendments: amendments.amendments,
    citations: citations.citations,
    mentions: citations.mentions,
    relations: [...amendments.relations, ...(citations.relations ?? []), ...(titleSpan ? relationsOfTitle(document, titleSpan) : [])],
    editorialNotes: [...segment.editorialNotes, ...unread].sort((a, b) => a.source.startLine - b.source.startLine),
    acts: acts.list(),
    diagnostics: [...read, ...segment.diagnostics, ...amendments.diagnostics, ...citations.diagnostics],
  };
}
