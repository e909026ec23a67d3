/**
 * The ingest pipeline's public surface: raw text → normalize → segment → amendments →
 * citations → IngestedDocument (model/types.ts).
 *
 * - `ingestDocument` runs the pipeline on one text, resolving citations against that text alone.
 * - `ingestCorpus` reads and checks the manifest, segments every text it has a segmenter for,
 *   then resolves citations across the whole corpus (a CorpusLookup over all provisions), so a
 *   reference in one text to a provision of another resolves.
 *
 * Each input format has its segmenter (segment/index.ts holds the format table): codes and laws
 * (as PDF text, or exported from the national legal database), policy papers, journal articles and textbooks.
 */
import {
  type Act,
  type ActKind,
  type Diagnostic,
  type Document,
  type DocumentKind,
  type EditorialNote,
  type Expression,
  expressionId,
  type IngestedDocument,
  type Provision,
  provisionId,
} from '../model/index.ts';
import { ActSet } from './amendments/acts.ts';
import { parseDocumentNotes } from './amendments/index.ts';
import { extractCitations, relationsOfTitle } from './citations/index.ts';
import { IngestError } from './errors.ts';
import { MANIFEST_FILE, readCorpus, type ReadCorpusOptions, type RussianText } from './manifest.ts';
import { buildTimeline, worksOf } from './versions/index.ts';
import { buildLexicon, normalizeLines, type Lexicon, type SourceLine } from './normalize.ts';
import { formatOf, segmentDocument, type SegmentResult } from './segment/index.ts';
import type { AmendmentsResult, CorpusLookup } from './stages.ts';
import { extractTerms } from './terms.ts';
import { withRussian } from './translation/index.ts';
import { unreadNotes } from './unread-notes.ts';

export { IngestError } from './errors.ts';
export { checkCorpusFiles, readCorpus, readManifest, type CorpusText, type ReadCorpusOptions } from './manifest.ts';
export { decodeText, DEFAULT_MAX_FILE_BYTES, MAX_FILE_BYTES_VARIABLE } from './decode.ts';
export { formatReport, summarizeDocuments, type DocumentSummary } from './report.ts';
// Acts exported from the national legal database: their folders, metadata and the store's corpus they are imported into.
export { exportDocument, readActFolder, META_FILE, RUSSIAN_FILE, type ExportVersion } from './adilet/folder.ts';
export { readGitHistory } from './adilet/git.ts';
// The Russian text beside the Kazakh: alignment of the two texts of a version.
export { alignTranslation, withRussian, type Alignment, type AlignmentFigures, type TranslatedVersion } from './translation/index.ts';
export { MANIFEST_FILE } from './manifest.ts';
export { corpusDirs, readStoreEntries, type StoreEntry } from './store-corpus.ts';
export { pipelineFingerprint } from './fingerprint.ts';
// Versions of one work: provision-by-provision comparison and the reconciliation of the text with its amendment notes.
export {
  compareVersions,
  type ChangeKind,
  type ProvisionChange,
  type VersionComparison,
  type VersionText,
  type VersionUnit,
} from './versions/compare.ts';
export {
  explainChanges,
  reconcileVersions,
  reconcileWork,
  type ExplainedChange,
  type Outcome,
  type PeriodReconciliation,
  type ReconciliationCase,
} from './versions/reconcile.ts';
export type { Cause } from './versions/causes.ts';
export { versionTexts, type Timeline } from './versions/version-texts.ts';
// A work in several dated versions: its timeline, and the manifest's fingerprint of it.
export { buildTimeline, formatBlind, workFingerprints, worksOf } from './versions/index.ts';
// The stages, each runnable alone (the ingest benchmark times them one by one).
export { buildLexicon, normalizeLines, type Lexicon, type SourceLine } from './normalize.ts';
export { segmentCode } from './segment/code/index.ts';
export { parseDocumentNotes } from './amendments/index.ts';
export { extractCitations } from './citations/index.ts';
export { extractTerms } from './terms.ts';
export { pairTerms, type TermTranslation } from './term-pairs.ts';

const ACT_KIND: Record<DocumentKind, ActKind> = { code: 'code', law: 'law', policy: 'other', article: 'other', textbook: 'other' };

export interface IngestOptions {
  /** Words of the corpus, for joining hyphenated lines; defaults to the text's own words */
  lexicon?: Lexicon;
  /** Which provisions exist; defaults to the text's own provisions */
  lookup?: CorpusLookup;
  /** Acts the text's metadata names (a database export's amending act, with its title) */
  known?: readonly Act[];
}

export interface CorpusIngest {
  /** One IngestedDocument per work, in manifest order: a work listed in several dated versions is their timeline (versions/) */
  documents: IngestedDocument[];
}

/** Ingest one text. Throws IngestError when the text is unusable. */
export function ingestDocument(document: Document, raw: string, options: IngestOptions = {}): IngestedDocument {
  const lines = normalizeLines(raw);
  const segmented = segmentStage(document, lines, options.lexicon ?? buildLexicon(lines), [], options.known);
  return citationStage(segmented, options.lookup ?? createCorpusLookup([document], segmented.segment.provisions));
}

/**
 * Ingest every text of one or more corpus directories (the seed corpus, and the store's corpus of imported acts) as
 * one corpus, so a reference from one text to another resolves; see the module comment. `options.manifest` stands for
 * the manifest of a single directory only.
 */
export async function ingestCorpus(corpusDirs: string | readonly string[], options: ReadCorpusOptions = {}): Promise<CorpusIngest> {
  const dirs = typeof corpusDirs === 'string' ? [corpusDirs] : corpusDirs;
  const read = await Promise.all(dirs.map((dir) => readCorpus(dir, dirs.length === 1 ? options : { ...options, manifest: undefined })));
  const texts = read.flat().map((t) => ({ ...t, lines: normalizeLines(t.raw) }));
  const lexicon = buildLexicon(texts.flatMap((t) => t.lines));
  const segmented = texts.map((t) => segmentStage(t.document, t.lines, lexicon, t.diagnostics, t.meta?.causedBy ? [t.meta.causedBy] : []));
  const lookup = createCorpusLookup(
    texts.map((t) => t.document),
    segmented.flatMap((s) => s.segment.provisions),
  );
  const versions = worksOf(
    segmented.map((s, i) => {
      const russian = texts[i]?.russian;
      return { id: s.document.id, doc: citationStage(s, lookup), russian: russian ? ingestRussian(russian, s.known, lookup) : null };
    }),
  );
  return {
    documents: [...versions.values()].map((work) => {
      const timeline = timelineOf(work.map((v) => v.doc));
      const translated = work.flatMap((v) => (v.russian ? [{ kazakh: v.doc, russian: v.russian }] : []));
      // The Russian texts join the work after its Kazakh timeline: each version's Russian aligned with its Kazakh text.
      return translated.length ? withRussian(timeline, translated) : timeline;
    }),
  };
}

/** The Russian text of a corpus document: its own words for hyphens, the corpus's provisions for its citations. */
function ingestRussian(russian: RussianText, known: readonly Act[], lookup: CorpusLookup): IngestedDocument {
  const lines = normalizeLines(russian.raw);
  return citationStage(segmentStage(russian.document, lines, buildLexicon(lines), russian.diagnostics, known), lookup);
}

/** The timeline of a work's versions; a version that does not fit (same date twice, another language) is an IngestError naming its file. */
function timelineOf(versions: IngestedDocument[]): IngestedDocument {
  try {
    return buildTimeline(versions);
  } catch (cause) {
    const file = versions.at(-1)?.document.file ?? MANIFEST_FILE;
    throw new IngestError(
      `the versions of ${versions[0]?.document.id} do not make one timeline: ${(cause as Error).message}`,
      { file, line: 1 },
      { cause },
    );
  }
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
  /** Acts known from the text's metadata (the act that caused this version, with its title): before the notes' own */
  known: readonly Act[];
  /** Warnings from reading the file (decode.ts), reported before the pipeline's own */
  read: readonly Diagnostic[];
  segment: SegmentResult;
  amendments: AmendmentsResult;
  /** Notes that yielded no amendment event or relation, kept as editorial notes (unread-notes.ts) */
  unread: EditorialNote[];
}

function segmentStage(
  document: Document,
  lines: readonly SourceLine[],
  lexicon: Lexicon,
  read: readonly Diagnostic[] = [],
  known: readonly Act[] = [],
): Segmented {
  const segment = segmentDocument(document, lines, lexicon);
  const amendments = parseDocumentNotes(segment.headerNotes, segment.notes);
  const events = [...amendments.amendments, ...amendments.relations];
  return {
    document,
    known,
    read,
    unread: [...unreadNotes(document.id, segment.headerNotes, events), ...unreadNotes(document.id, segment.notes, events)],
    segment,
    amendments,
  };
}

function citationStage({ document, known, read, segment, amendments, unread }: Segmented, lookup: CorpusLookup): IngestedDocument {
  const citations = extractCitations(segment.sites, lookup, document.language);
  // The title block is printed first: the preface (non-legislative texts) or the first node holds it.
  const titleSpan = (segment.provisions.find((p) => p.type === 'preface') ?? segment.provisions[0])?.source;
  const acts = new ActSet();
  // First seen wins: the document itself, then acts its metadata names with their titles, then acts named by number only.
  for (const act of [documentAct(document), ...known, ...amendments.acts, ...citations.acts]) acts.add(act);
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
    expressions: [expressionOf(document, known[0]?.id ?? null)],
    wordings: [],
    terms: extractTerms(document, segment.provisions),
  };
}

/**
 * The one expression a single text is: the document's language at its consolidation date (its own date when it has
 * none), caused by the first act its metadata names (a database export's `caused_by`).
 */
function expressionOf(document: Document, amendingActId: string | null): Expression {
  const versionDate = document.consolidatedAsOf ?? document.date ?? 'undated';
  return {
    id: expressionId(document.id, document.language, versionDate),
    documentId: document.id,
    language: document.language,
    versionDate,
    file: document.file,
    sha256: document.sha256,
    format: formatOf(document),
    amendingActId,
  };
}
